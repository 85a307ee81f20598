"""A local model folder through Hugging Face ``transformers`` (optional extra ``local-llm``).

Install: ``pip install 'commerce-studio[local-llm]'`` — it pins ``torch==2.13.0`` so pip does not pull several
GB of CUDA packages. ``transformers``/``torch`` are imported lazily, on first use, with a clear error when
they are missing. Nothing is downloaded: ``model_path`` must be a folder with ``config.json``, the weights and
the tokenizer (``save_pretrained`` output). The chat template is used when the tokenizer has one; otherwise
the system and user text are joined. Calls are serialised (one model instance; ``concurrency`` is ignored),
structured output is prompt-stated JSON, and streaming uses ``TextIteratorStreamer``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from studio.domain import StudioError
from studio.ports import CompletionRequest, CompletionResult, LLMProvider

NAME = "transformers_local"
INSTALL_HINT = ("the local-model provider needs the optional extra: pip install 'commerce-studio[local-llm]' "
                "(installs transformers with the CPU pin torch==2.13.0)")


class TransformersProvider(LLMProvider):
    name = NAME
    ai_generated = True
    supports_followups = True

    def __init__(self, *, model_path: str | None = None, model: str | None = None, device: str = "cpu",
                 **_ignored: Any) -> None:
        path = model_path or model
        if not path:
            raise ValueError("no local model folder configured (Settings › LLM › model folder)")
        self.path = Path(path).expanduser()
        if not (self.path / "config.json").is_file():
            raise ValueError(f"{self.path} is not a model folder (no config.json); use a folder written by "
                             "save_pretrained()")
        self.model = self.path.name
        self.device = device
        self._lock = threading.Lock()
        # (tokenizer, model): Any, because transformers types its Auto* factories as unions of backends and
        # torch types a Module's attributes as Tensor | Module; the code uses the documented interface
        self._loaded: tuple[Any, Any] | None = None
        self._tls = threading.local()

    def _load(self) -> tuple[Any, Any]:
        """The tokenizer and model, loaded on first use."""
        if self._loaded is not None:
            return self._loaded
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise StudioError(f"{INSTALL_HINT} ({exc})") from None
        tok: Any = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
        model: Any = AutoModelForCausalLM.from_pretrained(str(self.path), local_files_only=True)
        model.to(self.device)
        model.eval()
        self._loaded = (tok, model)
        return self._loaded

    def _inputs(self, tok: Any, req: CompletionRequest) -> Any:
        if getattr(tok, "chat_template", None):
            msgs = ([{"role": "system", "content": req.system}] if req.system else []) + \
                   [{"role": "user", "content": req.user}]
            ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt", return_dict=True)
        else:
            text = f"{req.system}\n\n{req.user}\n\n" if req.system else f"{req.user}\n\n"
            ids = tok(text, return_tensors="pt")
        return {k: v.to(self.device) for k, v in ids.items()}

    def _gen_kwargs(self, tok: Any, req: CompletionRequest, inputs: dict) -> dict[str, Any]:
        kw: dict[str, Any] = dict(inputs, max_new_tokens=int(req.max_tokens),
                                  pad_token_id=tok.pad_token_id if tok.pad_token_id is not None
                                  else tok.eos_token_id)
        if req.temperature and req.temperature > 0:
            kw.update(do_sample=True, temperature=float(req.temperature))
        else:
            kw.update(do_sample=False)
        return kw

    def complete(self, request: CompletionRequest) -> CompletionResult:
        import torch

        with self._lock:
            tok, model = self._load()
            inputs = self._inputs(tok, request)
            n_in = int(inputs["input_ids"].shape[-1])
            with torch.no_grad():
                out = model.generate(**self._gen_kwargs(tok, request, inputs))
            new = out[0][n_in:]
            text = tok.decode(new, skip_special_tokens=True)
        return CompletionResult(text=text, provider=NAME, model=self.model, tokens_in=n_in, tokens_out=int(len(new)),
                                cost=0.0, ai_generated=True, raw={"path": str(self.path)})

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        with self._lock:
            tok, model = self._load()
            inputs = self._inputs(tok, request)
            n_in = int(inputs["input_ids"].shape[-1])
            streamer = TextIteratorStreamer(tok, skip_prompt=True, skip_special_tokens=True)
            kw = self._gen_kwargs(tok, request, inputs)
            kw["streamer"] = streamer
            result: dict[str, Any] = {}

            def run() -> None:
                with torch.no_grad():
                    result["out"] = model.generate(**kw)

            t = threading.Thread(target=run, name="studio-local-llm", daemon=True)
            t.start()
            parts = []
            for piece in streamer:
                if piece:
                    parts.append(piece)
                    yield piece
            t.join()
            n_out = int(result["out"].shape[-1]) - n_in if "out" in result else 0
        self._tls.last = CompletionResult(text="".join(parts), provider=NAME, model=self.model, tokens_in=n_in,
                                          tokens_out=n_out, ai_generated=True, raw={"path": str(self.path)})

    @property
    def last_stream_result(self) -> CompletionResult | None:
        return getattr(self._tls, "last", None)

    def list_models(self) -> list[str]:
        return [self.model]

    def test_connection(self) -> dict[str, Any]:
        try:
            res = self.complete(CompletionRequest(system="", user="Say OK.", max_tokens=4, temperature=0.0))
        except StudioError as exc:
            return {"ok": False, "message": str(exc), "models": []}
        return {"ok": True, "message": f"loaded {self.path} ({res.tokens_in} prompt tokens)", "models": [self.model]}

    def close(self) -> None:
        self._loaded = None


def create(**config: Any) -> TransformersProvider:
    return TransformersProvider(**config)


ADAPTER = create

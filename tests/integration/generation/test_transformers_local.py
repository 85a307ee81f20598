"""The transformers provider on a tiny GPT-2 the test builds and saves locally (no download)."""

from __future__ import annotations

import importlib.util

import pytest

from studio.domain import StudioError
from studio.ports import CompletionRequest
from studio.services import generation, providers
from tests.support.gen_products import add_product

MISSING = [m for m in ("transformers", "torch", "tokenizers") if importlib.util.find_spec(m) is None]
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"optional extra local-llm not installed: {MISSING} "
                                                      "(pip install 'commerce-studio[local-llm]')")

CORPUS = ["write the title of a linen tee", "a tee made from linen in portugal", '{"title": "linen tee"}',
          "json with title bullets description search terms", "white linen summer shirt", "OK"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-gpt2")
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(CORPUS, trainers.WordLevelTrainer(special_tokens=["[UNK]", "[PAD]", "[EOS]"]))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", eos_token="[EOS]")
    fast.save_pretrained(folder)
    cfg = GPT2Config(vocab_size=fast.vocab_size, n_positions=2048, n_embd=16, n_layer=2, n_head=2,
                     eos_token_id=fast.eos_token_id, bos_token_id=fast.eos_token_id)
    GPT2LMHeadModel(cfg).save_pretrained(folder)
    return folder


def test_complete_and_stream_on_a_local_folder(tiny_model):
    prov = providers.get_provider("transformers", model_path=str(tiny_model))
    assert prov.name == "transformers_local" and prov.model == tiny_model.name
    req = CompletionRequest(system="You write titles.", user="write the title of a linen tee", max_tokens=6,
                            temperature=0.0)
    res = prov.complete(req)
    assert res.provider == "transformers_local" and res.ai_generated is True
    assert res.tokens_in > 3 and 1 <= res.tokens_out <= 6 and isinstance(res.text, str)
    pieces = list(prov.stream(req))
    assert "".join(pieces) == prov.last_stream_result.text == res.text  # greedy: same text both ways
    assert providers.test_connection("transformers", model_path=str(tiny_model))["ok"] is True


def test_random_model_output_fails_clearly_after_one_repair(sqlite_db, tiny_model):
    db = sqlite_db
    """A model that cannot write JSON gets exactly one repair round, then a one-line error."""
    pid = add_product(db)
    prov = providers.get_provider("transformers", model_path=str(tiny_model))
    with pytest.raises(StudioError, match=r"transformers_local did not return a valid listing/amazon .* after "
                                          r"one repair round"):
        generation.generate_one(db, pid, "en-US", "listing", "amazon", provider=prov)


def test_bad_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StudioError, match="not a model folder"):
        providers.get_provider("transformers", model_path=str(tmp_path))

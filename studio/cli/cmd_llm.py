"""``studio llm`` — set up a real model in one step.

    studio llm discover [--port N …] [--json]        OpenAI-compatible servers running on this machine + models
    studio llm test [--base-url URL] [--model M]      one short chat completion, timed (default: the configured
                                                      endpoint, else the first server found)
    studio llm use BASE_URL MODEL                     make it the writer (e.g. after discover)
    studio llm key [--base-url URL] [--model M]       read an API key from stdin into the OS keyring
"""

from __future__ import annotations

import argparse
import sys

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "llm", "find local model servers (Ollama, LM Studio, llama.cpp, vLLM), test one, use it; "
                                "or store an API key", run_status)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    d = actions.add_parser("discover", help="find OpenAI-compatible servers on 127.0.0.1 and list their models")
    d.add_argument("--port", type=int, action="append", metavar="N",
                   help="probe this port instead of the usual ones (repeatable)")
    d.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    d.set_defaults(func=run_discover)
    t = actions.add_parser("test", help="send one short chat completion and time it")
    t.add_argument("--base-url", metavar="URL", help="e.g. http://127.0.0.1:11434/v1 (default: configured, else "
                                                     "the first server found)")
    t.add_argument("--model", metavar="M", help="default: configured, else the server's first model")
    t.add_argument("--timeout", type=float, default=60.0)
    t.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    t.set_defaults(func=run_test)
    u = actions.add_parser("use", help="make BASE_URL + MODEL the writer for generation")
    u.add_argument("base_url", metavar="BASE_URL")
    u.add_argument("model", metavar="MODEL")
    u.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    u.set_defaults(func=run_use)
    k = actions.add_parser("key", help="store an API key (read from stdin) in the OS keyring")
    k.add_argument("--base-url", metavar="URL", help="also use this hosted endpoint (default OpenAI's when "
                                                     "--model is given)")
    k.add_argument("--model", metavar="M")
    k.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    k.set_defaults(func=run_key)


def run_status(args) -> int:
    from studio.services import providers

    cur = providers.current_settings()
    emit(args, cur, lambda: print(
        f"Writer: {cur['provider']}" + (f" — {cur['model']} at {cur['base_url']}" if cur["base_url"] else "")
        + ("  (API key stored)" if cur["has_key"] else "")
        + "\nFind a local model server: studio llm discover · store an API key: studio llm key"))
    return 0


def run_discover(args) -> int:
    from studio.services import llm_setup

    found = llm_setup.discover(args.port)

    def human() -> None:
        if not found:
            ports = ", ".join(str(p) for _, p in llm_setup.candidates(args.port))
            print(f"No model server answers on 127.0.0.1 (ports {ports}). Start one (e.g. `ollama serve`, LM Studio's "
                  "server tab) or store an API key with `studio llm key`.")
            return
        for s in found:
            print(f"{s.label}  ({s.seconds * 1000:.0f} ms)  {s.base_url}")
            for name in s.models[:20]:
                print(f"    {name}")
            if len(s.models) > 20:
                print(f"    … {len(s.models) - 20} more")
        first = next((s for s in found if s.models), None)
        if first:
            print(f"Test one: studio llm test --base-url {first.base_url} --model {first.models[0]}")
            print(f"Use it:   studio llm use {first.base_url} {first.models[0]}")

    emit(args, found, human)
    return 0


def run_test(args) -> int:
    from studio.services import llm_setup, providers

    cfg = providers.config()
    base, model = args.base_url, args.model
    if not base and cfg["provider"] == "openai_compat":
        base = cfg["base_url"]
    if not base:
        found = [s for s in llm_setup.discover() if s.models]
        if not found:
            from studio.domain import StudioError

            raise StudioError("no endpoint configured and no local model server found; give --base-url and "
                              "--model, or run `studio llm discover`")
        base, model = found[0].base_url, model or found[0].models[0]
    if not model:
        model = cfg["model"] if cfg["base_url"] and cfg["base_url"].rstrip("/") == base.rstrip("/") else None
    if not model:
        server = next((s for s in llm_setup.discover() if s.base_url.rstrip("/") == base.rstrip("/")), None)
        model = server.models[0] if server and server.models else None
    key = cfg["api_key"] if cfg["base_url"] and cfg["base_url"].rstrip("/") == base.rstrip("/") else None
    res = llm_setup.test_model(base, model or "", key, timeout=args.timeout)
    emit(args, res, lambda: print(("✔ " if res.ok else "✘ ") + res.message))
    return 0 if res.ok else 1


def run_use(args) -> int:
    from studio.services import llm_setup

    llm_setup.use(args.base_url, args.model)
    emit(args, {"ok": True, "base_url": args.base_url, "model": args.model},
         f"Generation now uses {args.model} at {args.base_url}.")
    return 0


def run_key(args) -> int:
    from studio.services import llm_setup

    if sys.stdin.isatty():
        import getpass

        key = getpass.getpass("API key: ")
    else:
        key = sys.stdin.readline()
    llm_setup.save_api_key(key, base_url=args.base_url, model=args.model)
    emit(args, {"ok": True}, "API key stored in the OS keyring." + (
        f" Generation now uses {args.model}." if args.model else ""))
    return 0

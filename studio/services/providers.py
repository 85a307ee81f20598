"""LLM provider choice, configuration and connection tests — a Qt-free facade for the UI and CLI.

Providers live in ``generators/llm/<name>.py`` (each exposing ``ADAPTER``, a factory taking keyword config)
and are found through ``studio.registry``. Choice, in order: an explicit name; ``STUDIO_LLM_BASE_URL`` /
``STUDIO_LLM_MODEL`` in the environment (→ the OpenAI-compatible provider); the ``llm.provider`` setting;
otherwise the built-in offline writer. The API key comes from ``STUDIO_LLM_API_KEY`` or the OS keyring
(``studio.secrets``, name ``llm.api_key``) — never from settings or the database.

Prices (per 1M tokens, USD) for cost figures: ``assets/llm/prices.json`` merged with the user's
``<STUDIO_HOME>/llm_prices.json`` (edit that file to add or change models).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from studio import registry, secrets
from studio.domain import StudioError
from studio.ports import LLMProvider
from studio.settings import Settings, data_dir

KEY_NAME = "llm.api_key"
ALIASES = {"openai": "openai_compat", "openai-compat": "openai_compat", "openai_compatible": "openai_compat",
           "transformers": "transformers_local", "local": "transformers_local", "hf": "transformers_local"}
TITLES = {"offline": "Built-in offline writer (rule-based, no AI)",
          "openai_compat": "OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, LM Studio, llama.cpp, OpenRouter…)",
          "transformers_local": "Local model folder (transformers)"}


def canonical_name(name: str | None) -> str | None:
    if not name:
        return None
    n = name.strip().lower()
    return ALIASES.get(n, n.replace("-", "_"))


def prices_path() -> Path:
    return data_dir() / "llm_prices.json"


def load_prices() -> dict[str, dict[str, float]]:
    base = json.loads((Path(__file__).resolve().parents[2] / "assets" / "llm" / "prices.json").read_text(encoding="utf-8"))
    prices = dict(base.get("models", {}))
    p = prices_path()
    if p.is_file():
        try:
            user = json.loads(p.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise StudioError(f"{p}: not valid JSON ({exc}); fix or delete the file") from None
        prices.update(user.get("models", user) if isinstance(user, dict) else {})
    return prices


def config(settings: Settings | None = None, **overrides: Any) -> dict[str, Any]:
    """The effective provider configuration (the API key is included for the provider, never persisted)."""
    s = settings or Settings()
    env_base = os.environ.get("STUDIO_LLM_BASE_URL") or None
    env_model = os.environ.get("STUDIO_LLM_MODEL") or None
    env_key = os.environ.get("STUDIO_LLM_API_KEY") or None
    name = canonical_name(overrides.pop("provider", None))
    if name is None and (env_base or env_model):
        name = "openai_compat"
    llm = s.model.llm  # the typed section (studio.settings.LLMSettings)
    if name is None:
        name = canonical_name(llm.provider) or "offline"
    cfg: dict[str, Any] = {
        "provider": name,
        "base_url": env_base or llm.base_url or None,
        "model": env_model or llm.model or None,
        "api_key": env_key or _keyring_key(),
        "timeout": llm.timeout if llm.timeout is not None else 60.0,
        "max_retries": llm.max_retries if llm.max_retries is not None else 4,
        "model_path": llm.local_path or None,
        "structured_output": llm.structured_output if llm.structured_output is not None else "auto",
    }
    cfg.update({k: v for k, v in overrides.items() if v is not None})
    return cfg


def _keyring_key() -> str | None:
    try:
        return secrets.get_secret(KEY_NAME)
    except Exception:  # noqa: BLE001 - a broken keyring must not stop offline use
        return None


def get_provider(name: str | None = None, *, concurrency: int = 4, settings: Settings | None = None,
                 **overrides: Any) -> LLMProvider:
    """An LLMProvider instance: ``name`` (or the configured/default one) with bounded concurrency."""
    cfg = config(settings, provider=name, **overrides)
    pname = cfg.pop("provider")
    factory = registry.llm(pname)
    if pname != "offline":
        cfg["prices"] = load_prices()
    cfg["concurrency"] = max(1, int(concurrency))
    try:
        return factory(**cfg)
    except (ValueError, ImportError, RuntimeError) as exc:
        raise StudioError(f"LLM provider '{pname}': {exc}") from None


def list_providers(settings: Settings | None = None) -> list[dict[str, Any]]:
    active = config(settings)["provider"]
    out = []
    for n in registry.names("llm"):
        out.append({"name": n, "title": TITLES.get(n, n), "active": n == active,
                    "available": _available(n)})
    return out


def _available(name: str) -> bool | str:
    if name == "transformers_local":
        import importlib.util

        if importlib.util.find_spec("transformers") is None or importlib.util.find_spec("torch") is None:
            return "needs the optional extra: pip install 'commerce-studio[local-llm]' (torch==2.13.0)"
    return True


def test_connection(name: str | None = None, **overrides: Any) -> dict[str, Any]:
    """Try the provider once; returns ``{"ok", "message", "models"}`` (never raises for network errors)."""
    try:
        provider = get_provider(name, concurrency=1, **overrides)
    except StudioError as exc:
        return {"ok": False, "message": str(exc), "models": []}
    try:
        return provider.test_connection()
    except Exception as exc:  # noqa: BLE001 - reported to the user
        return {"ok": False, "message": f"{exc.__class__.__name__}: {exc}", "models": []}
    finally:
        provider.close()


def list_models(name: str | None = None, **overrides: Any) -> list[str]:
    provider = get_provider(name, concurrency=1, **overrides)
    try:
        return list(provider.list_models())
    finally:
        provider.close()


def save_settings(*, provider: str, base_url: str | None = None, model: str | None = None,
                  api_key: str | None = None, local_path: str | None = None,
                  settings: Settings | None = None) -> None:
    """Persist the choice (non-secrets to settings, the key to the keyring only)."""
    s = settings or Settings()
    name = canonical_name(provider) or "offline"
    registry.llm(name)  # unknown names fail here
    if api_key:
        secrets.require_store(KEY_NAME, "the API key")  # refuse before anything is saved: never lose a key
    s.set("llm.provider", name)
    s.set("llm.base_url", base_url or "")
    s.set("llm.model", model or "")
    s.set("llm.local_path", local_path or "")
    if api_key:
        secrets.set_secret(KEY_NAME, api_key, "the API key")


def current_settings(settings: Settings | None = None) -> dict[str, Any]:
    """What the settings page shows (without the key itself)."""
    cfg = config(settings)
    return {"provider": cfg["provider"], "base_url": cfg["base_url"] or "", "model": cfg["model"] or "",
            "local_path": cfg["model_path"] or "", "has_key": bool(cfg["api_key"]),
            "keyring_available": secrets.keyring_available(),
            "env": {k: bool(os.environ.get(k)) for k in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_API_KEY",
                                                          "STUDIO_LLM_MODEL")}}

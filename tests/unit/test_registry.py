"""Adapters are entry points: the built-ins are declared in pyproject.toml like any plug-in, each offers what
its port (studio.ports) declares, and a third-party distribution on sys.path adds one."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from studio import ports, registry
from studio.domain import StudioError
from studio.ports import CompletionRequest, CompletionResult, LLMProvider

ROOT = Path(__file__).resolve().parents[2]

PORTS = {"llm": ports.LLMProvider, "copy": ports.CopyEngine, "video": ports.VideoRenderer,
         "mockup": ports.MockupEngine, "kit": ports.KitBuilder, "channel": ports.ChannelAdapter,
         "signin": ports.ChannelSignIn, "emulators": ports.PlatformEmulators}


def _members(protocol: type) -> set[str]:
    names: set[str] = set()
    for klass in protocol.__mro__:
        if klass in (object,) or klass.__name__ in ("Protocol", "Generic"):
            continue
        names |= set(getattr(klass, "__annotations__", {}))
        names |= {n for n, v in vars(klass).items() if callable(v) and not n.startswith("_")}
    return names


def test_every_group_of_pyproject_is_found_and_nothing_else():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    groups = {g.removeprefix("commerce_studio."): sorted(eps) for g, eps in declared.items()
              if g.startswith("commerce_studio.")}
    assert set(groups) == set(registry.GROUPS) == set(PORTS)
    for group, names in groups.items():
        assert registry.names(group) == names, group  # the installed metadata is the declared one


@pytest.mark.parametrize("group", ["copy", "video", "mockup", "kit", "signin", "emulators"])
def test_each_builtin_offers_what_its_port_declares(group):
    for name in registry.names(group):
        adapter = registry.find(group, name)
        if group == "emulators":
            adapter = adapter()  # the entry point is the class; the port is what an instance offers
        missing = sorted(m for m in _members(PORTS[group]) if not hasattr(adapter, m))
        assert missing == [], f"{group}/{name} lacks {missing}"


def test_builtin_providers_and_channels_implement_their_ports():
    for name in registry.names("llm"):
        if name == "transformers_local":
            assert LLMProvider in registry.llm(name).__globals__["TransformersProvider"].__mro__
            continue
        provider = registry.llm(name)(concurrency=1, base_url="http://127.0.0.1:9/v1", model="m", api_key="k")
        try:
            assert isinstance(provider, LLMProvider)
            assert isinstance(provider.supports_followups, bool) and isinstance(provider.ai_generated, bool)
        finally:
            provider.close()
    for platform in registry.names("channel"):
        assert ports.ChannelAdapter in registry.channel(platform).__mro__, platform


def test_unknown_names_fail_with_the_known_ones():
    with pytest.raises(StudioError, match="known: offline, openai_compat"):
        registry.find("llm", "no-such-model")
    assert registry.find("llm", "openai-compat") is registry.find("llm", "openai_compat")


PLUGIN = '''
from studio.ports import CompletionResult, LLMProvider


class Echo(LLMProvider):
    name = "echo"
    model = "echo-1"
    supports_followups = False

    def complete(self, request):
        return CompletionResult(text=request.user, provider=self.name, model=self.model)

    def stream(self, request):
        yield request.user


def create(**config):
    return Echo()
'''


@pytest.fixture
def echo_plugin(tmp_path, monkeypatch):
    """A third-party distribution (just its installed metadata and one module) registering an LLM provider."""
    (tmp_path / "studio_echo_plugin.py").write_text(PLUGIN, encoding="utf-8")
    dist = tmp_path / "studio_echo_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: studio-echo-plugin\nVersion: 1.0\n",
                                   encoding="utf-8")
    (dist / "entry_points.txt").write_text("[commerce_studio.llm]\necho = studio_echo_plugin:create\n",
                                           encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.refresh()
    yield
    monkeypatch.delitem(sys.modules, "studio_echo_plugin", raising=False)
    monkeypatch.undo()
    registry.refresh()


def test_a_third_party_distribution_adds_a_provider(echo_plugin):
    from studio.services import providers

    assert "echo" in registry.names("llm") and "offline" in registry.names("llm")
    assert any(p["name"] == "echo" for p in providers.list_providers())
    provider = providers.get_provider("echo")
    assert isinstance(provider, LLMProvider)
    # the capabilities it does not declare have the port's defaults
    assert provider.ai_generated is True and provider.last_stream_result is None and provider.languages() is None
    res = provider.complete(CompletionRequest(system="", user="hello"))
    assert isinstance(res, CompletionResult) and res.text == "hello"


def test_without_the_plugin_it_is_gone():
    registry.refresh()
    assert "echo" not in registry.names("llm")

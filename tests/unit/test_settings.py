"""Settings are typed and versioned: an older file is migrated, a newer one is refused and left untouched."""

from __future__ import annotations

import json

import pytest

from studio.domain import StudioError
from studio.settings import SCHEMA_VERSION, Settings, SettingsVersionError

# what a version before schema_version wrote: one flat JSON object with dotted keys
OLD_FORMAT = {
    "llm.provider": "openai_compat",
    "llm.base_url": "http://127.0.0.1:11434/v1",
    "llm.model": "qwen2.5:7b",
    "llm.timeout": 30,
    "channels.redirect_port": 8765,
    "drafts.approval_required": False,
    "video.brand": {"primary": "#112233", "logo": "/tmp/logo.png"},
    "import.mapping_presets": {"My shop": {"Title": "title"}},
    "ui.language": "de",
    "ui.geometry": "AdnQywADAAA=",
    "ui.catalog.splitter": [300, 700],
    "ui.import.last_dir": "/home/me/exports",
    "someone.elses.key": "kept",
}


def test_a_version_1_file_is_migrated_and_nothing_is_lost(tmp_path):
    path = tmp_path / "settings.json"
    original = json.dumps(OLD_FORMAT, indent=2)
    path.write_text(original, encoding="utf-8")

    s = Settings(path)

    for key, value in OLD_FORMAT.items():
        assert s.get(key) == value, key
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schema_version"] == SCHEMA_VERSION
    assert written["llm"]["model"] == "qwen2.5:7b" and "llm.model" not in written
    assert written["ui"]["catalog"]["splitter"] == [300, 700]
    # the typed view reads the migrated values
    assert s.model.llm.provider == "openai_compat" and s.model.llm.timeout == 30.0
    assert s.model.channels.redirect_port == 8765 and s.model.drafts.approval_required is False
    assert s.model.import_.mapping_presets == {"My shop": {"Title": "title"}}
    # the original is kept beside it
    assert (tmp_path / "settings.v1.json").read_text(encoding="utf-8") == original
    # a second load reads version 2 as it is
    again = Settings(path)
    assert again.as_dict() == s.as_dict()


def test_a_file_from_a_newer_version_is_refused_in_one_line_and_left_untouched(tmp_path):
    folder = tmp_path / "conf"
    folder.mkdir()
    path = folder / "settings.json"
    future = json.dumps({"schema_version": SCHEMA_VERSION + 1, "llm": {"model": "x"}, "new_section": {"a": 1}})
    path.write_text(future, encoding="utf-8")

    with pytest.raises(SettingsVersionError) as info:
        Settings(path)

    message = str(info.value)
    assert "\n" not in message and f"schema_version {SCHEMA_VERSION + 1}" in message and "newer" in message
    assert isinstance(info.value, StudioError)  # the CLI prints it as its one-line reason
    assert path.read_text(encoding="utf-8") == future
    assert sorted(p.name for p in folder.iterdir()) == ["settings.json"]


def test_a_typed_value_of_the_wrong_type_is_refused_and_not_written(tmp_path):
    s = Settings(tmp_path / "settings.json")
    s.set("llm.timeout", 45)
    with pytest.raises(StudioError, match="llm.timeout"):
        s.set("llm.timeout", "soon")
    assert Settings(tmp_path / "settings.json").get("llm.timeout") == 45
    # keys the model does not know are stored as they are
    s.set("llm.extra_header", {"X-Team": "a"})
    assert Settings(tmp_path / "settings.json").get("llm.extra_header") == {"X-Team": "a"}


def test_a_new_file_is_written_at_the_current_version(tmp_path):
    s = Settings(tmp_path / "settings.json")
    assert s.get("ui.language", "en") == "en"
    s.set("ui.language", "ar")
    written = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert written == {"schema_version": SCHEMA_VERSION, "ui": {"language": "ar"}}

"""The typed settings document (pydantic models), imported only when a typed value is read or a setting is
written — start-up reads ``settings.json`` as plain JSON (``studio.settings.Settings.get``), so the app paints
its first window without importing pydantic."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from studio.settings import SCHEMA_VERSION


class _Section(BaseModel):
    """A settings section: known keys are typed, unknown keys are kept as they are (nothing is lost)."""

    model_config = ConfigDict(extra="allow")


class LLMSettings(_Section):
    provider: str | None = None
    base_url: str | None = None
    model: str | None = None
    local_path: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    structured_output: bool | str | None = None


class ChannelSettings(_Section):
    redirect_port: int | None = None
    media_url_prefix: str | None = None
    media_sync_dir: str | None = None
    grace_minutes: int | None = None
    app_worker: bool | None = None


class VideoSettings(_Section):
    market: str | None = None
    render_scale: float | None = None
    brand: dict[str, Any] | None = None
    voice: dict[str, Any] | None = None


class LivestreamSettings(_Section):
    market: str | None = None
    host: str | None = None
    store_url: str | None = None
    shipping_policy: str | None = None
    returns_policy: str | None = None
    short_link_endpoint: str | None = None


class DraftSettings(_Section):
    approval_required: bool | None = None


class ImportSettings(_Section):
    mapping_presets: dict[str, Any] | None = None


class QualitySettings(_Section):
    user_rules: dict[str, Any] | None = None
    # the second opinion beside the rules (studio.services.claims_review): local classifier, language model, off
    second_opinion: Literal["local", "llm", "off"] | None = None


class UISettings(_Section):
    language: str | None = None
    # window geometry, splitter sizes and the last section live in QSettings (ui/startup.py, view-state.ini);
    # a version-1 file's values stay here and are read once as the starting point
    last_section: str | None = None
    geometry: str | None = None
    # "system" (follow the OS light/dark scheme), "light" or "dark" — Settings › General › Appearance
    theme: Literal["system", "light", "dark"] | None = None
    # system notifications for failed posts and finished batch jobs (None = on)
    notifications: bool | None = None


class StudioSettings(_Section):
    """The typed settings document (``settings.json``); ``Settings.get("llm.model")`` reads ``llm.model``."""

    schema_version: int = SCHEMA_VERSION
    llm: LLMSettings = Field(default_factory=LLMSettings)
    channels: ChannelSettings = Field(default_factory=ChannelSettings)
    video: VideoSettings = Field(default_factory=VideoSettings)
    livestream: LivestreamSettings = Field(default_factory=LivestreamSettings)
    drafts: DraftSettings = Field(default_factory=DraftSettings)
    import_: ImportSettings = Field(default_factory=ImportSettings, alias="import")
    quality: QualitySettings = Field(default_factory=QualitySettings)
    ui: UISettings = Field(default_factory=UISettings)


_SECTIONS: dict[str, type[_Section]] = {}
for _name, _field in StudioSettings.model_fields.items():
    if isinstance(_field.annotation, type) and issubclass(_field.annotation, _Section):
        _SECTIONS[_field.alias or _name] = _field.annotation


def _valid_section(name: str, value: Any) -> bool:
    model = _SECTIONS.get(name)
    if model is None:
        return name != "schema_version" or isinstance(value, int)
    try:
        model.model_validate(value)
    except ValidationError:
        return False
    return True


def one_line_errors(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])

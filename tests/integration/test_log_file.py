"""Named loggers per subsystem write one rotating log file in the data folder; ``studio logs`` prints its path."""

from __future__ import annotations

import json
import logging
import logging.handlers

from studio import logs


def test_a_service_log_line_lands_in_the_log_file_under_studio_home(studio_home, tmp_path, capsys):
    from studio.cli.main import main

    catalog = tmp_path / "shop.csv"
    catalog.write_text("Title,SKU,Price\nLinen shirt,LS-1,39.90\n", encoding="utf-8")

    assert main(["import", "--no-download", str(catalog)]) == 0
    capsys.readouterr()

    path = studio_home / "logs" / "studio.log"
    assert logs.configured_path().resolve() == path.resolve()
    for h in logging.getLogger("studio").handlers:
        h.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    done = [line for line in lines if " studio.import " in line and "shop.csv" in line and "1 created" in line]
    assert done, lines
    assert any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger("studio").handlers)

    assert main(["logs", "--json", "--tail", "5"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["path"] == str(logs.configured_path()) and any("studio.import" in line for line in out["lines"])


def test_configure_follows_studio_home_and_keeps_one_handler(studio_home, tmp_path, monkeypatch):
    first = logs.configure()
    logs.get("publish").info("first home")
    other = tmp_path / "other-home"
    other.mkdir()
    monkeypatch.setenv("STUDIO_HOME", str(other))
    second = logs.configure()
    assert logs.configure() == second and second.parent.parent == other
    logs.get("render").warning("second home")
    files = [h for h in logging.getLogger("studio").handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(files) == 1
    files[0].flush()
    assert "studio.publish" in first.read_text(encoding="utf-8")
    assert "second home" in second.read_text(encoding="utf-8") and "first home" not in second.read_text("utf-8")

"""`studio queue` in text mode keeps a failed post's fixing action after its error, as `--json`, `studio home` and
the app's Calendar show it (s21: the text line dropped it)."""

from __future__ import annotations

import json

from studio.cli.main import main
from studio.services import worker
from studio.services.scheduling import queue
from tests.integration.channels.test_worker_queue import _due, _opts, _x_account, xemu  # noqa: F401 - fixture


def test_queue_text_keeps_the_fixing_action(db, xemu, capsys):  # noqa: F811 - the fixture
    acc = _x_account(db, xemu)
    xemu.reject_duplicates = True
    xemu.record_publish("dup text")
    p = _due(db, acc, "dup text")
    worker.run_once(db, options=_opts())
    action = queue.get_post(db, p.id).error_action
    assert action and "change the text" in action
    assert main(["queue", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert action in json.dumps(data, ensure_ascii=False)
    assert main(["queue"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if "↳" in ln)
    assert line.rstrip().endswith(f"— fix: {action}"), line

"""bench import's RSS sampler: it samples this process and its children, and it measures its own thread's CPU so
that the bench can take it off the import's CPU (the sampler is the bench's work, not the import's)."""

from __future__ import annotations

import subprocess
import sys
import threading

from bench.bench_import import RssSampler


class _Counted(RssSampler):
    """Says when enough samples were taken (an event, not a clock)."""

    def __init__(self, want: int) -> None:
        super().__init__(interval=0.001)
        self.want, self.enough = want, threading.Event()

    def _sampled(self) -> None:
        if self.samples >= self.want:
            self.enough.set()


def test_sampler_sees_a_child_and_reports_its_own_cpu():
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        s = _Counted(want=25)  # the child list is refreshed at samples 0, 10 and 20
        s.start()
        assert s.enough.wait(120)
        s.stop()
    finally:
        child.communicate(b"")
    assert s.samples >= 25 and s.peak > 0
    assert child.pid in s.pids  # this process and its children are summed
    assert s.cpu > 0.0  # its own thread's CPU, which _child_ours takes off "ours"

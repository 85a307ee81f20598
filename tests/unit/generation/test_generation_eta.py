"""Walkthrough s14 finding 26: `campaign generate` showed 'ETA 252s' for a run that took 11.7 s — the first item
(which loads the writer, the packs and the glossaries) set the pace. No ETA until a few items are finished, and
the pace is measured from the first one finished."""

from __future__ import annotations

from studio.services.generation import ETA_AFTER, eta_seconds


def test_no_eta_before_a_few_items_are_finished():
    assert all(eta_seconds(n, 100, 5.0) is None for n in range(ETA_AFTER))


def test_the_warm_up_of_the_first_item_does_not_set_the_pace():
    # first item after 10 s of warm-up, then one item every 0.1 s: 3 finished 0.2 s after the first
    assert abs(eta_seconds(3, 70, 0.2) - 7.0) < 1e-9
    assert eta_seconds(ETA_AFTER, 0, 1.0) == 0


"""Copy hold-out 8's readers (stop 18): a power bank "158 x 74 x 28 mm" was written "15,800 × 7,400 × 2,800 cm" in
every market. The last number's optional own unit took "mm", the required closing unit then backtracked to "m" +
"m": every size ending in "mm" was read in metres. A number's own unit now counts only before the next "x"."""

from __future__ import annotations

import pytest

from studio.importers.facts_prose import extract_prose


def _dims(text: str):
    found = [f for f in extract_prose(text) if f.key == "dimensions"]
    assert found, text
    return found[0].data["unit"], found[0].data["cm"]


@pytest.mark.parametrize(("text", "unit", "cm"), [
    ("<tr><th>Dimensions</th><td>158 x 74 x 28 mm</td></tr>", "mm", [15.8, 7.4, 2.8]),
    ("Size: 12 x 8 mm", "mm", [1.2, 0.8]),
    ("Abmessungen: 158 × 74 × 28mm", "mm", [15.8, 7.4, 2.8]),
    ("尺寸：158×74×28毫米", "mm", [15.8, 7.4, 2.8]),
    ("Size: 30 x 20 x 5 cm", "cm", [30, 20, 5]),
    ("Maße: 30cm x 20cm x 5cm", "cm", [30, 20, 5]),
    ("A rug of 2 x 1.5 m", "m", [200, 150]),
])
def test_sizes_keep_their_unit(text, unit, cm):
    assert _dims(text) == (unit, cm)

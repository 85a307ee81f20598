"""A Latin name in right-to-left text is ONE isolate (FSI…PDI), so its words keep their order.

Isolating each word ("⁨Kiln⁩ & ⁨Clay⁩") lets a right-to-left paragraph show "Clay & Kiln" (walkthrough defect 5).
"""

from __future__ import annotations

import pytest

from localization.text import FSI, PDI, isolate_ltr_runs
from studio.quality import rules_language

NAMES = ["Kiln & Clay", "Dr. Bronner's Magic Soap", "100% Cotton T-Shirt", "Salt + Pepper / Black — White"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("template", ["إعلان: نقدّم لكم {}.", "{} منتج رائع", "جرّبوا {}"])
def test_one_isolate_per_latin_run_in_arabic(name, template):
    out = isolate_ltr_runs(template.format(name))
    assert out.count(FSI) == 1 and out.count(PDI) == 1, out
    inner = out[out.index(FSI) + 1:out.index(PDI)]
    assert inner == name  # logical order kept, nothing left outside the isolate
    assert isolate_ltr_runs(out) == out  # idempotent


def test_two_names_are_two_isolates_and_arabic_stays_outside():
    out = isolate_ltr_runs("من Kiln & Clay و Dr. Bronner's Magic Soap")
    assert out == f"من {FSI}Kiln & Clay{PDI} و {FSI}Dr. Bronner's Magic Soap{PDI}"


def test_a_joiner_next_to_arabic_is_not_pulled_in():
    assert isolate_ltr_runs("اختر Kiln & مع") == f"اختر {FSI}Kiln{PDI} & مع"


@pytest.mark.parametrize("name", NAMES)
def test_quality_rule_suggests_one_isolate_for_the_whole_name(name):
    runs = [m.group(0).rstrip(".,:;/-") for m in rules_language._LTR_RUN.finditer(f"نقدّم لكم {name} الآن")]
    assert runs == [name]


def test_a_dash_before_a_number_does_not_join_the_name_to_the_arabic_phrase():
    """The spaced dash after a product name separates it from the phrase the number belongs to (a Content test
    caught 'Nordhem Linen Tee – ١٠٠' underlined as one run)."""
    out = isolate_ltr_runs("Nordhem Linen Tee – 100% قطن")
    assert out.startswith(f"{FSI}Nordhem Linen Tee{PDI} – ")

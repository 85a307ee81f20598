"""Values read from the wrong field (stop 19, copy hold-out 9's native readers): a use's or a timer's duration read
as battery life, a size table's row read as a capacity, "2-pin" read as the material pine, a built-in charger's or
a port's output read as the product's power and voltage. Own sentences in several languages plus the hold-out's;
each test fails without its fix."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts
from studio.importers.facts_prose import extract_prose
from studio.importers.html import html_to_text


def _facts(text: str, title: str = "Product") -> dict:
    return {f.key: f for f in extract_facts(html_to_text(text), title)}


def _prose(text: str) -> dict:
    return {f.key: f for f in extract_prose(text)}


# --------------------------------------------------------------------------- battery life
@pytest.mark.parametrize("text", [
    "Battery-powered, with a 2 min timer that pauses every 30 seconds",
    "Batterie rechargeable, minuteur de 2 min",
    "Akku mit Timer (2 Min.)",
])
def test_a_use_or_timer_duration_is_no_battery_life(text):
    assert "battery_life" not in _facts(text)


# stop 20: battery lives in days and weeks are read (``facts_prose._DUR_UNIT``) — these texts' battery life is the
# days', never the use's minutes (these cases asserted "no battery life" while days were not read at all)
@pytest.mark.parametrize("text, hours", [
    ("<table><tr><td>Battery</td><td>Li-ion 800mAh, up to 40 days per charge (2 x 2 min per day)</td></tr></table>",
     960),
    ("Battery: lasts 6 weeks at 2 x 2 min a day", 1008),
    ("Akku: hält 40 Tage bei 2 Min. pro Tag", 960),
    ("Batería: 40 días con 2 min al día", 960),
    ("Batterie : 30 jours à raison de 2 min par jour", 720),
])
def test_a_use_duration_beside_the_days_is_no_battery_life(text, hours):
    assert _facts(text)["battery_life"].data["hours"] == hours


@pytest.mark.parametrize("text,hours", [
    ("Battery life: up to 90 minutes", 1.5),
    ("Akku-Laufzeit: 45 Min.", 0.75),
    ("Autonomie de la batterie : 8 h", 8),
])
def test_a_battery_runtime_is_still_read(text, hours):
    assert _prose(text)["battery_life"].data["hours"] == hours


# --------------------------------------------------------------------------- capacity
@pytest.mark.parametrize("text", [
    "<table><tr><th>Size</th><th>Bust (cm)</th><th>Waist (cm)</th><th>Hip (cm)</th><th>Length (cm)</th></tr>"
    "<tr><td>M</td><td>92</td><td>74</td><td>104</td><td>118</td></tr>"
    "<tr><td>L</td><td>98</td><td>80</td><td>110</td><td>119.5</td></tr></table>",
    "Talla M 92 74 104 118\nL 98 80 110 119",
    "Größe S: 88 70 100 116 L",
    "Taille XS 84 66\nL 98 80",
])
def test_a_row_of_bare_numbers_is_no_capacity(text):
    assert "capacity" not in _facts(text)


@pytest.mark.parametrize("text,ml", [
    ("Capacity: 1.5 L", 1500), ("Fassungsvermögen: 10 000 ml", 10000), ("Contenance : 750 ml", 750),
    ("Capacidad 2 l", 2000),
])
def test_a_volume_with_its_unit_is_still_a_capacity(text, ml):
    assert _prose(text)["capacity"].data["ml"] == ml


# --------------------------------------------------------------------------- material
@pytest.mark.parametrize("text", [
    "<ul><li>Charging: magnetic 2-pin, about 2 hours</li><li>Strap: TPU</li></ul>",
    "Charger with a pin connector, strap made of silicone",
    "Cargador magnético de 2-pin, correa de silicona",
    "Chargeur magnétique 2-pin, bracelet en silicone",
])
def test_pin_in_a_compound_or_in_english_is_no_pine(text):
    f = _facts(text)
    assert "pin" not in (f["material"].value.casefold() if "material" in f else "")
    assert "pine" not in (f["material"].data or {}).get("materials", []) if "material" in f else True


@pytest.mark.parametrize("text", ["Table basse en pin massif.", "Mesa de centro de pin macizo."])
def test_pin_is_still_pine_in_french_and_spanish(text):
    assert "pin" in _prose(text)["material"].value.casefold()


# --------------------------------------------------------------------------- power and voltage
LAMP = ("<p>Put a Qi-compatible phone on the base to charge it wirelessly (up to 10W), or plug a cable into the "
        "USB-A port (5V/1A) at the back.</p><table><tr><td>Lamp power</td><td>8 W</td></tr>"
        "<tr><td>Power supply</td><td>12 V / 2 A adapter included (EU or UK plug)</td></tr></table>")


@pytest.mark.parametrize("text,watts,volts", [
    (LAMP, 8, 12),
    ("Lampe de bureau avec chargeur sans fil 15 W et port USB 5 V. Puissance de la lampe : 6 W", 6, None),
    ("Lámpara con carga inalámbrica de 10 W; potencia de la lámpara 7 W, adaptador 12 V", 7, 12),
    ("Schreibtischleuchte mit kabelloser Ladestation (10 W) und USB-Anschluss 5 V, Leistung 9 W", 9, None),
    ("Bedside lamp with a wireless charging pad (15 W) and a USB port (5 V)", None, None),
])
def test_a_charger_or_port_output_is_not_the_products(text, watts, volts):
    f = _facts(text)
    assert (f["power"].data["watts"] if "power" in f else None) == watts
    assert (f["voltage"].data["volts"] if "voltage" in f else None) == volts


def test_the_products_own_power_and_voltage_are_still_read():
    f = _prose("Kettle: 2200 W, 230 V, 1.7 l")
    assert f["power"].data["watts"] == 2200 and f["voltage"].data["volts"] == 230

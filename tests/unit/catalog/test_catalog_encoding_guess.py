"""Encoding guesses prefer what sellers' tools write, and say how sure they are (issue 14 item 3)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.importers.detect import LOW_CONFIDENCE, guess_encoding

WESTERN = {
    "excel": "Product;Price;Notes\nFlowState™ Chair;£64.95;Don’t miss it\nErgo Desk;£120.00;“Best” seller\n",
    "pound": "Product;Price\nChair;£64.95\nDesk;£120\n",
    "trademark": "Product;Price\nFlowState™ Chair;64.95\n",
    "french": "Nom;Prix\nTasse à café;12 €\nThé glacé – 3 €\n",
    "german": "Produktname;Preis;Material\nKaffeebecher „Grün“;12,50;Steinzeug\nGröße XL;5;Baumwolle\n",
    "spanish": "Nombre;Precio\nTaza de cerámica pequeña;12\nAño nuevo;3\n",
}


@pytest.mark.parametrize("name", sorted(WESTERN))
def test_windows_1252_files_read_right_and_sure(name):
    text = WESTERN[name]
    g = guess_encoding(text.encode("cp1252"))
    assert text.encode("cp1252").decode(g.encoding) == text, (g.encoding, g.evidence)
    assert g.confidence >= LOW_CONFIDENCE, (g.confidence, g.evidence)


def test_the_excel_file_is_not_cp1125_and_the_evidence_quotes_both_readings():
    g = guess_encoding(WESTERN["excel"].encode("cp1252"))
    assert g.encoding == "cp1252" and "cp1125" not in g.encoding
    assert g.evidence.startswith("read as Windows-1252 (Western): 'FlowState™', '£64', 'Don’t'; as ")


@pytest.mark.parametrize(("text", "encoding"), [
    ("Nazwa;Cena\nŻółta łódka;12\nŚwięta księga;30\n", "cp1250"),
    ("Όνομα;Τιμή\nΚούπα καφέ;12\n", "cp1253"),
    ("Название;Цена\nКружка 300 мл;250\nТарелка 300 мл;300\nЧайник;1200\n", "cp1251"),
    ("Название;Цена\nКружка 300 мл;250\nТарелка 300 мл;300\nЧайник;1200\n", "koi8_r"),
    ("名前,価格\n陶器のマグカップ,1200\n" * 5, "shift_jis"),
    ("名称,价格\n陶瓷杯子,120\n" * 5, "gb18030"),
])
def test_other_scripts_when_the_evidence_is_strong(text, encoding):
    data = text.encode(encoding)
    g = guess_encoding(data)
    assert data.decode(g.encoding) == text, (g.encoding, g.evidence)


def test_boms_utf16_and_utf8_are_certain():
    text = "Title,Price\nCafé,1\n"
    assert (guess_encoding(text.encode("utf-8")).encoding, guess_encoding(text.encode("utf-8")).confidence) == \
        ("utf-8", 1.0)
    assert guess_encoding(b"\xef\xbb\xbf" + text.encode()).encoding == "utf-8-sig"
    assert guess_encoding(text.encode("utf-16")).encoding == "utf-16"


def test_utf8_with_a_stray_byte_stays_utf8():
    g = guess_encoding("Title\nCafé crème\nÜber\n".encode() + b"Th\xe9\n")
    assert g.encoding == "utf-8" and "1 byte(s) are not" in g.evidence


def test_an_ambiguous_file_is_low_confidence_with_alternatives():
    g = guess_encoding("Product;Price\nKahve fincanı;12\nŞeker;3\n".encode("cp1254"))
    assert g.confidence < LOW_CONFIDENCE and g.alternatives


ascii_word = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGH")), min_size=2, max_size=9)
accent = st.sampled_from(list("éèàüöäßñçâêîôûëïÉÜÖÄ"))


@st.composite
def western_token(draw):
    kind = draw(st.integers(0, 6))
    if kind <= 2:  # a word, maybe with an accented letter inside or at the end
        w = draw(ascii_word)
        if kind:
            i = draw(st.integers(1, len(w)))
            w = w[:i] + draw(accent) + w[i:]
        return w
    if kind == 3:
        return draw(st.sampled_from(["£", "€", "$"])) + str(draw(st.integers(1, 999))) + ".95"
    if kind == 4:
        return draw(ascii_word) + draw(st.sampled_from(["™", "®", "’s", "’t"]))
    if kind == 5:
        return "“" + draw(ascii_word) + "”"
    return draw(st.sampled_from(["–", "—", "…", "12 €", "25°C", "½"]))


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.lists(western_token(), min_size=1, max_size=6), min_size=1, max_size=8))
def test_property_western_text_in_windows_1252_never_becomes_mojibake(lines):
    """Western catalog text that Excel writes as Windows-1252 reads back exactly (maybe under an equivalent
    name) — the DOS, KOI8, Mac and East Asian code pages need evidence such text cannot give."""
    text = "Title;Price\n" + "\n".join(" ".join(words) + ";1" for words in lines) + "\n"
    data = text.encode("cp1252")
    g = guess_encoding(data)
    assert data.decode(g.encoding) == text, (g.encoding, g.evidence)

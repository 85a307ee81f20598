"""studio.safepath: names from data become one safe path component; every written path is proven to lie
inside its folder after resolving symbolic links; private modes on POSIX (issue 13, items 1 and 11)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studio.domain import StudioError
from studio.safepath import (
    MAX_COMPONENT_BYTES,
    UnsafePath,
    confined,
    confined_dir,
    create_private_file,
    make_private,
    private_dir,
    safe_component,
    safe_suffix,
)

PROPS = settings(max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

# arbitrary text, weighted towards what attacks paths: separators, dots, NUL and control characters,
# bidi overrides, Windows device names, and letters of many scripts
hostile = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(["..", ".", "/", "\\", "\x00", "\n", "\u202e", "\ufeff", " ", "CON", "nul", "COM1",
                              "lpt9", ":", "*", "?", "<", ">", "|", '"', "~", "-", "тест", "مج", "杯子", "ไทย",
                              "é", "e\u0301", "\u200d", "a" * 90, "\udcff", "etc", "passwd"]),
             max_size=20).map("".join),
)
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
            *(f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³")}


def assert_safe(name: str) -> None:
    assert name and name not in (".", "..")
    assert not set(name) & set('/\\:*?"<>|\x00')
    assert all(ord(c) >= 32 and c not in "\u202e\u202d\u2066\u2067\u2068\u2069\ufeff\x7f" for c in name)
    assert len(name.encode("utf-8")) <= MAX_COMPONENT_BYTES
    assert name[-1] not in ". " and name[0] not in ".-"
    assert name.split(".")[0].rstrip(" ").upper() not in RESERVED


@PROPS
@given(hostile)
@example("../../victimdir/victim")
@example("..")
@example("")
@example("CON")
@example("nul.txt")
@example("x\x00y")
@example("gpj.\u202eexe")
def test_safe_component_is_one_harmless_name_that_stays_inside(name):
    safe = safe_component(name)
    assert_safe(safe)
    assert safe_component(safe) == safe  # already safe: unchanged
    with tempfile.TemporaryDirectory() as d:
        path = confined(d, safe)
        assert path.parent == Path(d).resolve()
        path.write_bytes(b"x")  # the file system takes the name as it is
        assert [p.name for p in Path(d).iterdir()] == [safe]


@PROPS
@given(st.lists(hostile, min_size=1, max_size=4))
def test_confined_never_returns_a_path_outside_base(parts):
    with tempfile.TemporaryDirectory() as d:
        base = Path(d) / "out"
        base.mkdir()
        (base / "sub").mkdir()
        (base / "escape").symlink_to(d)  # a link inside the folder pointing at its parent
        try:
            path = confined(base, *parts)
        except UnsafePath as exc:
            assert str(exc).startswith("refusing to write")
        else:
            assert path == base.resolve() or base.resolve() in path.parents


def test_script_letters_are_kept_and_spaces_become_dashes():
    assert safe_component("тест кружка") == "тест-кружка"
    assert safe_component("كوب قهوة") == "كوب-قهوة"
    assert safe_component("咖啡杯") == "咖啡杯"
    assert safe_component("ถ้วยกาแฟ") == "ถ้วยกาแฟ"
    assert safe_component("می\u200cخواهم") == "می\u200cخواهم"  # ZWNJ is spelling, not an attack
    assert safe_component("enamel-mug") == "enamel-mug" and safe_component("MUG-1") == "MUG-1"
    assert safe_component("v1.5 mug") == "v1.5-mug"


def test_dangerous_names_are_changed_and_marked_with_a_hash_of_the_original():
    assert safe_component("../../etc/passwd") == "etc-passwd-3754d6cb"  # the example in the README
    assert safe_component("etc/passwd") != safe_component("etc-passwd") == "etc-passwd"
    assert safe_component("CON").startswith("_CON-") and safe_component("nul.txt").startswith("_nul.txt-")
    assert safe_component("..").startswith("unnamed-") and safe_component("", fallback="kit").startswith("kit-")
    assert safe_component("name. ").startswith("name-")
    long = safe_component("ж" * 500)
    assert len(long.encode()) <= MAX_COMPONENT_BYTES and long != safe_component("ж" * 499)


def test_safe_suffix():
    assert safe_suffix(".PNG") == ".png" and safe_suffix(".jpeg") == ".jpeg"
    assert safe_suffix("./../x") == "" and safe_suffix(".p\x00g", ".img") == ".img" and safe_suffix("") == ""
    assert safe_suffix("." + "a" * 40) == ""


def test_confined_refuses_dot_dot_absolute_and_links_out(tmp_path):
    base = tmp_path / "out"
    base.mkdir()
    outside = tmp_path / "victim.txt"
    outside.write_text("keep")
    with pytest.raises(UnsafePath, match="outside the folder"):
        confined(base, "../victim.txt")
    with pytest.raises(UnsafePath):
        confined(base, str(outside))
    with pytest.raises(UnsafePath, match="embedded null"):
        confined(base, "a\x00b")
    (base / "kit.json").symlink_to(outside)  # a pre-existing link named like an output file
    with pytest.raises(UnsafePath, match="symbolic link"):
        confined(base, "kit.json")
    (base / "qr").symlink_to(tmp_path)  # a sub-folder that is a link out
    with pytest.raises(UnsafePath, match="symbolic link"):
        confined(base, "qr", "x.png", make_parents=True)
    (base / "loop").symlink_to(base / "loop")
    with pytest.raises(UnsafePath):
        confined(base, "loop", "x")
    assert outside.read_text() == "keep"
    # a link that stays inside is fine; so is the user's folder itself being a link
    (base / "real").mkdir()
    (base / "inside").symlink_to(base / "real")
    assert confined(base, "inside", "f.txt") == (base / "real" / "f.txt").resolve()
    (tmp_path / "alias").symlink_to(base)
    assert confined(tmp_path / "alias", "a", "b.txt", make_parents=True) == (base / "a" / "b.txt").resolve()
    assert (base / "a").is_dir()
    assert confined_dir(base, "x", "y").is_dir()
    assert issubclass(UnsafePath, StudioError)  # the CLI prints it as one line


@posix_only
def test_private_modes_ignore_the_umask(tmp_path):
    old = os.umask(0)
    try:
        d = private_dir(tmp_path / "home" / "data")
        f = d / "studio.db"
        create_private_file(f)
        g = d / "other.bin"
        g.write_bytes(b"x")
        make_private(g)
    finally:
        os.umask(old)
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    assert stat.S_IMODE(f.stat().st_mode) == 0o600 and stat.S_IMODE(g.stat().st_mode) == 0o600
    old = os.umask(0o277)  # even a umask that would drop the owner's write bit
    try:
        h = d / "settings.json"
        create_private_file(h)
    finally:
        os.umask(old)
    assert stat.S_IMODE(h.stat().st_mode) == 0o600
    # links are not followed: a link's target keeps its mode
    target = tmp_path / "shared.txt"
    target.write_text("x")
    target.chmod(0o644)
    (d / "link").symlink_to(target)
    make_private(d / "link")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644

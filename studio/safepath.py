"""Where the app's files go, and who may read them. Qt-free, a leaf (imports only ``studio.domain``).

Every file the app writes is named by :func:`safe_component` when any part of the name comes from data
(a handle, SKU, product or account name, a file suffix) and is placed with :func:`confined`, which proves
after resolving symbolic links that the file lies inside the folder it belongs to::

    png = confined(out, "qr", safe_component(product.handle) + ".png", make_parents=True)

``generators`` and ``channels`` may import this module (it is not ``studio.services``/``storage``/``cli``).

On POSIX the data folder is private to its owner: :func:`private_dir` makes a folder 0700 and
:func:`make_private` a file 0600, whatever the umask, and only for files the current user owns.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from studio.domain import StudioError

#: Longest name :func:`safe_component` returns, in UTF-8 bytes. File systems allow 255; the rest is left for
#: what callers add around it (``card-01-<name>-1080x1920.html``, ``.part`` temporaries).
MAX_COMPONENT_BYTES = 120

# Windows device names: reserved with any extension ("nul.txt") and with trailing spaces ("CON .txt").
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"}
)
# separators on any OS, and what Windows refuses in a name (":" also opens an NTFS alternate data stream)
_REPLACED = frozenset('/\\:*?"<>|')
# zero-width (non-)joiners are part of how Persian, Indic and other scripts are spelled: kept
_KEPT_FORMAT = frozenset("\u200c\u200d")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


class UnsafePath(StudioError, PermissionError):
    """A file would land outside the folder it belongs to (``..``, an absolute part or a symbolic link).

    A :class:`StudioError` (the CLI prints one line, the app shows it) and a ``PermissionError``, so code
    that already handles a failed write (an image the import could not store) handles this refusal too."""


def _benign(text: str) -> str:
    """The changes that make nothing safer, only tidier: NFC, whitespace runs to one ``-``."""
    return "-".join(unicodedata.normalize("NFC", text).split())


def _dropped(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs"):  # control characters (NUL, newlines, ESC…) and lone surrogates
        return True
    # bidi overrides and isolates (U+202E spoofs extensions: "gpj.exe"), BOM, soft hyphen, invisible marks
    return cat == "Cf" and ch not in _KEPT_FORMAT


def _truncate(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore")


def _tidy_ends(text: str) -> str:
    # no leading dot (hidden files, "." and ".."), no leading dash (read as an option by command-line tools),
    # no trailing dot or space (Windows drops them, so "a." and "a" would be one file)
    return text.strip("-. ")


def safe_component(name: object, *, fallback: str = "unnamed", max_bytes: int = MAX_COMPONENT_BYTES) -> str:
    """One path component made from ``name``: never empty, ``.`` or ``..``; no separators, control or bidi
    characters, nothing Windows refuses (``<>:"|?*``, device names such as ``CON``/``NUL``/``COM1``, trailing
    dots or spaces); at most ``max_bytes`` UTF-8 bytes. Letters of every script are kept (``тест``, ``مج``,
    ``杯子``); whitespace becomes ``-``.

    A name that is already safe comes back unchanged apart from that. A name that had to be changed gets a
    short hash of the original (``../../etc/passwd`` → ``etc-passwd-3754d6cb``), so a hostile name can never
    take over the file of a real one."""
    original = "" if name is None else str(name)
    benign = _benign(original)
    chars = []
    for ch in benign:
        if _dropped(ch):
            continue
        chars.append("-" if ch in _REPLACED else ch)
    text = _tidy_ends("".join(chars))
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = "_" + text
    max_bytes = max(max_bytes, 24)
    if text and text == benign and len(text.encode("utf-8")) <= max_bytes:
        return text
    digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head = _tidy_ends(_truncate(text, max_bytes - len(digest) - 1)) or _tidy_ends(_truncate(fallback, 40)) or "unnamed"
    return f"{head}-{digest}"


def safe_suffix(suffix: object, default: str = "") -> str:
    """A file extension from data (``Path(src).suffix``, a URL's): ``.`` plus 1–10 ASCII letters/digits,
    lower-cased; anything else becomes ``default``."""
    text = "" if suffix is None else str(suffix)
    return text.lower() if _SUFFIX.fullmatch(text) else default


def _describe(path: Path) -> str:
    """Why a path resolves elsewhere: the first symbolic link on the way, if any."""
    probe = Path(path.anchor)
    for part in path.parts[1:]:
        probe = probe / part
        try:
            if probe.is_symlink():
                return f"{probe} is a symbolic link to {os.readlink(probe)}"
        except OSError:
            break
    return ""


def confined(base: str | os.PathLike, *parts: str | os.PathLike, make_parents: bool = False) -> Path:
    """``base/parts…`` with every symbolic link resolved, after proving it lies inside ``base`` (itself
    resolved: the folder the user chose may be a link). Raises :class:`UnsafePath` otherwise — for ``..``
    that climbs out, an absolute part, or a link inside ``base`` (an existing file, a sub-folder) that
    points outside it, so nothing is ever written through such a link. ``make_parents`` creates the folders
    between ``base`` and the file (and checks again afterwards)."""
    try:
        root = Path(base).expanduser().resolve()
        joined = root.joinpath(*parts)
        target = joined.resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # NUL in a name, a symlink loop
        raise UnsafePath(f"refusing to write {Path(base).joinpath(*map(str, parts))!r}: {exc}") from None
    if not target.is_relative_to(root):
        link = _describe(joined)
        why = f" ({link})" if link else ""
        raise UnsafePath(f"refusing to write {joined}: it resolves to {target}, outside the folder {root}{why}")
    if make_parents and target != root:
        target.parent.mkdir(parents=True, exist_ok=True)
        return confined(root, target.relative_to(root))
    return target


def user_file(path: str | os.PathLike, *, make_parents: bool = False) -> Path:
    """A file the user named (``--out FILE``, an export path): proven to lie in its own folder, so a
    symbolic link at that name that points elsewhere is refused rather than written through."""
    p = Path(path).expanduser()
    return confined(p.parent, p.name, make_parents=make_parents)


def confined_dir(base: str | os.PathLike, *parts: str | os.PathLike) -> Path:
    """The folder ``base/parts…``, created if missing, proven to lie inside ``base`` (see :func:`confined`)."""
    path = confined(base, *parts)
    path.mkdir(parents=True, exist_ok=True)
    return confined(base, *parts)


# --------------------------------------------------------------------------- private files (POSIX)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _posix() -> bool:
    return os.name == "posix"


def make_private(path: str | os.PathLike) -> None:
    """chmod an existing file 0600 (a folder 0700) on POSIX, whatever the umask. Links are not followed,
    files of other users are left alone (a shared STUDIO_HOME) and errors are ignored: privacy is a best
    effort that never stops the app."""
    if not _posix():
        return
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
            return
        mode = PRIVATE_DIR_MODE if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(st.st_mode) != mode:
            os.chmod(path, mode)
    except OSError:
        pass


def private_dir(path: str | os.PathLike) -> Path:
    """Create ``path`` (and its parents) and make the folder itself 0700 on POSIX."""
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True)
    make_private(p)
    return p


def create_private_file(path: str | os.PathLike) -> None:
    """Create an empty file 0600 if it does not exist (so a program that opens it later, SQLite for one,
    never makes it readable by others); fix the mode of an existing one."""
    if _posix():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                         PRIVATE_FILE_MODE)
        except FileExistsError:
            pass
        except OSError:
            return
        else:
            os.close(fd)
    make_private(path)

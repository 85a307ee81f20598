"""Paths of the content-addressed stores in the data folder (``media/`` for imported images, ``assets/`` for
generated files): ``<store>/<sha256[:2]>/<sha256><suffix>``.

The suffix comes from data (a file or URL name), so it is reduced to a plain extension; the path is proven
to stay inside the store after resolving symbolic links; folders are 0700 and files 0600 on POSIX.
"""

from __future__ import annotations

import os
from pathlib import Path

from studio.safepath import UnsafePath, confined, make_private, private_dir, safe_suffix


def store_path(store: Path, digest: str, suffix: str, default_suffix: str = "") -> Path:
    """Where the file with ``digest`` goes in ``store`` (its two-letter folder created, private)."""
    if len(digest) < 16 or not all(c in "0123456789abcdef" for c in digest):
        raise UnsafePath(f"refusing to store a file named by {digest!r}: not a content hash (hex digest)")
    folder = private_dir(confined(store, digest[:2]))
    return confined(folder, f"{digest}{safe_suffix(suffix, default_suffix)}")


def commit(tmp: Path, dest: Path) -> None:
    """Make the finished temporary file private and move it into place atomically."""
    make_private(tmp)
    os.replace(tmp, dest)

"""The in-file checks of pass 1, shared by the importing process and the parse child (no SQLAlchemy here).

A product's handle claimed unique within the file (``claim``), one SKU per product within the file
(``check_skus``), the parts of a product written in several places counted (``count_part``) and what the catalog
could still refuse noted (``RefusalNotes``). ``pipeline._Writer`` runs them for the in-process path; for a large
file the parse child runs them (``ChildChecks``, see ``importers.parallel``) and sends their outcome with each
batch — the warnings and rejections in the order the importing process would have produced them, and at the
end of the file the state pass 2 needs (claimed handles, the file's SKUs, the flagged SKUs, the parts still to
come, the refusal notes) — so the importing process no longer decodes every batch to check it.
"""

from __future__ import annotations

from typing import Any

from studio.importers.records import ImportIssue, ProductRecord, check_values

_FREE = object()


def _identity(rec: ProductRecord):
    """What a made-up handle stands for: the reader's identity for the product (its title by default)."""
    d = rec.extra.get("_derived_handle")
    return d if isinstance(d, str) else rec.title


class InFileChecks:
    """Mixin: the file's own handle and SKU checks (state kept for pass 2: ``claimed``, ``file_skus``,
    ``dup_skus``, ``parts_left``)."""

    fname: str
    options: Any

    def _init_checks(self) -> None:
        self.claimed: dict[str, str | None] = {}  # handle → title it was made from (None: given in the file)
        self.file_skus: dict[str, str | None] = {}  # SKU → handle of the first product using it in the file
        self.dup_skus: set[str] = set()  # SKUs flagged as shared by two products: never used to match products
        # a product written in several places of the file: pass 1 counts its parts (``count_part``) and pass 2
        # keeps the batch holding its first part open until the last one was merged into it (``add``), so it is
        # written once, as one batch of the whole file would write it — never as a create plus an update
        self.part_seen: set[str] = set()
        self.first_body: dict[str, int | None] = {}  # handle → hash of its first part's description (see claim)
        self.parts_left: dict[str, int] = {}  # handle → parts still to come (only products in several parts)

    def _warn(self, issue: ImportIssue) -> None:
        raise NotImplementedError

    def count_part(self, handle: str) -> None:
        """Pass 1: one more valid record of ``handle`` will be written (see ``add``)."""
        if handle in self.part_seen:
            self.parts_left[handle] = self.parts_left.get(handle, 1) + 1
        else:
            self.part_seen.add(handle)

    def claim(self, rec: ProductRecord) -> None:
        """Give ``rec`` a handle no other product of this file has: a handle made from a title that another
        title already made becomes ``handle-2`` (``-3``…) with a warning — two products never merge."""
        h = rec.handle
        derived = bool(rec.extra.get("_derived_handle"))
        ident = _identity(rec) if derived else None
        owner = self.claimed.get(h, _FREE)
        if owner is _FREE:
            self.claimed[h] = ident
            self.first_body[h] = hash(rec.body_html) if rec.body_html else None
            return
        if not derived or owner == ident:  # the same product again (rows apart): merged as before
            first = self.first_body.get(h)
            if rec.body_html and first is not None and first != hash(rec.body_html):
                self._warn(ImportIssue(self.fname, rec.line, None, f"{rec.handle!r} appears again here with another "
                                       "description; its rows are imported as one product, with the description "
                                       "written first", "if they are different products, give each its own handle; "
                                       "if one, give it one description", "warning", rec.handle,
                                       kind="merged-description"))
            return
        n = 2
        while True:
            cand = f"{h}-{n}"[:255]
            other = self.claimed.get(cand, _FREE)
            if other is _FREE or other == ident:
                break
            n += 1
        if other is _FREE:
            self.claimed[cand] = ident
            self.first_body[cand] = hash(rec.body_html) if rec.body_html else None
            self._warn(ImportIssue(self.fname, rec.line, None, f"{rec.title!r} makes the handle {h!r}, already used by "
                                   f"{owner if owner is not None else 'a product given that handle'!r} in this file; "
                                   f"imported as {cand!r}", "give each product its own handle", "warning", cand,
                                   kind="handle-collision"))
        rec.handle = cand

    def check_skus(self, rec: ProductRecord) -> None:
        """One SKU, one product: a SKU already used by another product of the file is flagged (kept, listed in
        the report), suffixed (``--dedupe-skus suffix``) or an error (``--dedupe-skus error``)."""
        mode = self.options.dedupe_skus
        owners = self.file_skus
        for v in rec.variants:
            sku = v.sku
            if not sku:
                continue
            owner = owners.get(sku, _FREE)
            if owner is _FREE:
                owners[sku] = rec.handle
                continue
            if owner == rec.handle:
                continue
            if mode == "error":
                rec.issues.append(ImportIssue(self.fname, v.line, "SKU", f"SKU {sku!r} is used by {owner!r} and "
                                              f"{rec.handle!r}", "give every variant its own SKU (or import with "
                                              "--dedupe-skus flag)", "error", rec.handle, kind="duplicate-sku"))
            elif mode == "suffix":
                n = 2
                while owners.get(f"{sku}-{n}", _FREE) not in (_FREE, rec.handle):
                    n += 1
                new = f"{sku}-{n}"
                owners[new] = rec.handle
                v.sku = new
                self._warn(ImportIssue(self.fname, v.line, "SKU", f"SKU {sku!r} of {rec.handle!r} is also used by "
                                       f"{owner!r}; imported as {new!r}", "give every variant its own SKU", "warning",
                                       rec.handle, kind="duplicate-sku"))
            else:
                self.dup_skus.add(sku)
                self._warn(ImportIssue(self.fname, v.line, "SKU", f"SKU {sku!r} of {rec.handle!r} is also used by "
                                       f"{owner!r}; imported as written and flagged", "give every variant its own SKU "
                                       "(or import with --dedupe-skus suffix)", "warning", rec.handle,
                                       kind="duplicate-sku"))


class RefusalNotes:
    """What pass 1 notes for ``pipeline._CatalogRefusals`` (which asks the catalog)."""

    def __init__(self, options) -> None:
        self.check_skus = options.dedupe_skus == "error"
        self.skus: set[str] = set()
        self.titled: set[str] = set()  # handles of products this file creates or updates with a Title
        self.unknown: list[str] = []  # handles of Title-less products no earlier product of the file made

    def note(self, rec: ProductRecord) -> None:
        if "_needs_existing" in rec.extra:
            if rec.handle not in self.titled:
                self.unknown.append(rec.handle)
        elif not rec.extra.get("_derived_handle"):  # a made-up handle may still move to handle-2 in pass 2
            self.titled.add(rec.handle)
        if self.check_skus:
            self.skus.update(v.sku for v in rec.variants if v.sku)


class ChildChecks(InFileChecks):
    """The parse child's pass-1 checks: what ``pipeline._run_pipeline``'s ``check`` does for one record, with
    the warnings and rejections it would report recorded in order (``events``) for the importing process to
    replay: ("w", issue) as ``_Writer._warn``, ("i", issue) as ``warn``, or ("r", handle, title, line,
    issues) as ``reject``."""

    def __init__(self, fname: str, values_fname: str, options) -> None:
        self.fname = fname  # as ``pipeline._Writer.fname`` (the detected path's name)
        self.values_fname = values_fname  # as ``check_values`` is called in ``pipeline`` (the path's name)
        self.options = options
        self._init_checks()
        self.notes = RefusalNotes(options)
        self.events: list[tuple] = []

    def _warn(self, issue: ImportIssue) -> None:
        self.events.append(("w", issue))

    def check(self, rec: ProductRecord) -> int:
        """0 invalid (rejected), 1 valid as read, 2 valid but changed (as ``pipeline``'s ``check``)."""
        handle = rec.handle
        self.claim(rec)
        self.check_skus(rec)
        check_values(rec, self.values_fname)
        if not rec.valid:
            self.events.append(("r", rec.handle, rec.title, rec.line, list(rec.issues)))
            return 0
        if rec.issues:  # warnings the reader attached to the product (``pipeline``'s ``warn``, not ``_warn``)
            for issue in rec.issues:
                self.events.append(("i", issue))
        self.notes.note(rec)
        self.count_part(rec.handle)
        return 1 if rec.handle == handle else 2

    def state(self) -> tuple:
        """What pass 2 needs once the whole file was checked (see ``pipeline``)."""
        n = self.notes
        return (self.claimed, self.file_skus, self.dup_skus, self.parts_left, n.skus, n.titled, n.unknown)

"""Parse in a second process while the importing process writes: the two halves of a large import overlap.

The child (multiprocessing, ``spawn`` context — no inherited DB connections, threads or Qt) opens the file,
runs the same reader/parser as the in-process path and sends the product records in batches through a
bounded queue (``QUEUE_BATCHES`` batches of ``BATCH_PRODUCTS`` products), so memory stays flat whatever the
file size. With ``check`` (the import pipeline) the child also runs pass 1's in-file checks
(``filechecks.ChildChecks``) and sends only the valid records, checked, with the warnings and rejections the
checks reported; the parent replays those, spools the batches without decoding them and writes them once the
whole file was read (``pipeline._run_pipeline``: pass 1, then short transactions). The descriptions' facts (labelled lines and
prose, ≈0.1–0.4 ms a description) are read by the child after it parsed the whole file, while the parent
writes: the records come without them, and ``finish`` completes each one in pass 2 exactly as the in-process
readers would have (same facts, order, spans; the title's material decided on the finished facts).

The child imports only ``studio.importers`` reading modules (no SQLAlchemy, no Qt). The parent's
``__main__`` is hidden while the child starts so a GUI entry script is not re-imported in the child.
Errors in the child come back as ``CatalogImportError`` (with its issues) or, for other exceptions,
as ``CatalogImportError`` naming the exception; a child that dies without a word is reported with its exit code.
"""

from __future__ import annotations

import marshal
import os
import queue as _queue
import sys
import tempfile
import threading
import types
from collections.abc import Callable, Iterator
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import cast

from studio.importers.records import (
    CatalogImportError,
    FactRecord,
    ImageRecord,
    ImportIssue,
    ProductRecord,
    VariantRecord,
)

PARALLEL_MIN_BYTES = 1_000_000  # smaller files keep the in-process path (no process start-up cost)
BATCH_PRODUCTS = 1000
QUEUE_BATCHES = 4
AHEAD = 4  # chunks of descriptions the importing process may read ahead of the one it waits for
TEST_EXIT_ENV = "STUDIO_IMPORT_READER_TEST_EXIT"  # tests only: the child exits hard after N batches
TEST_NO_FACTS_ENV = "STUDIO_IMPORT_READER_TEST_NO_FACTS"  # tests only: the child claims no chunk of descriptions
_POLL = 0.2  # seconds between liveness checks while waiting for the child

_START_LOCK = threading.Lock()

PN = [k for k in ProductRecord.__dataclass_fields__]
VN = [k for k in VariantRecord.__dataclass_fields__]
IN = [k for k in ImageRecord.__dataclass_fields__]
FN = [k for k in FactRecord.__dataclass_fields__]
XN = [k for k in ImportIssue.__dataclass_fields__]
SUB = {"variants", "images", "facts", "issues", "provided"}
PI = [i for i, k in enumerate(PN) if k not in SUB]
PK = [PN[i] for i in PI]
DEC = (  # Decimal fields of VariantRecord travel as str
    "price", "compare_at_price", "grams")
DEC_IDX = [VN.index(k) for k in DEC]


def _variant_encoder():
    """VariantRecord → tuple (Decimal fields as str), generated once: one C ``attrgetter`` call per record."""
    args = [f"a{i}" for i in range(len(VN))]
    items = ", ".join(f"None if {a} is None else str({a})" if k in DEC else a for k, a in zip(VN, args, strict=True))
    src = f"def enc(v, get=get):\n    {', '.join(args)}, = get(v)\n    return ({items},)\n"
    ns: dict = {"get": attrgetter(*VN)}
    exec(src, ns)
    return ns["enc"]


_EV = _variant_encoder()
_GP, _GI, _GF, _GX = attrgetter(*PK), attrgetter(*IN), attrgetter(*FN), attrgetter(*XN)


def _encode(recs: list[ProductRecord]) -> bytes:
    """Records → one marshal blob of plain tuples (much cheaper than pickling ~300k dataclass objects)."""
    ev, gp, gi, gf, gx = _EV, _GP, _GI, _GF, _GX
    out = [(gp(r), [ev(v) for v in r.variants], [gi(i) for i in r.images], [gf(f) for f in r.facts],
            [gx(x) for x in r.issues], list(r.provided)) for r in recs]
    return marshal.dumps(out)


def _builder(cls, names: list[str], decimals: tuple[str, ...] = ()):
    """A function tuple → ``cls`` instance (``__dict__`` set directly, no __init__), generated once: one dict
    display per record instead of ``dict(zip(...))`` plus a per-field loop (the parent rebuilds ~300k records)."""
    args = [f"a{i}" for i in range(len(names))]
    items = ", ".join(f"{k!r}: (None if {a} is None else D({a}))" if k in decimals else f"{k!r}: {a}"
                      for k, a in zip(names, args, strict=True))
    unpack = ", ".join(args) + ("," if len(args) == 1 else "")
    src = (f"def build(t, new=new, cls=cls, D=D):\n    {unpack} = t\n    o = new(cls)\n"
           f"    o.__dict__ = {{{items}}}\n    return o\n")
    ns: dict = {"new": object.__new__, "cls": cls, "D": Decimal}
    exec(src, ns)
    return ns["build"]


_BV = _builder(VariantRecord, VN, DEC)
_BI = _builder(ImageRecord, IN)
_BF = _builder(FactRecord, FN)


def _decode(blob: bytes) -> list[ProductRecord]:
    """The inverse of ``_encode``: the same dataclass records, built without running their __init__."""
    new = object.__new__
    bv, bi, bf = _BV, _BI, _BF
    res = []
    for pv, vs, ims, fs, iss, prov in marshal.loads(blob):
        p = new(ProductRecord)
        d = dict(zip(PK, pv, strict=True))
        d["variants"] = [bv(t) for t in vs]
        d["images"] = [bi(t) for t in ims]
        d["facts"] = [bf(t) for t in fs]
        d["issues"] = [ImportIssue(*t) for t in iss]
        d["provided"] = set(prov)
        p.__dict__ = d
        res.append(p)
    return res


def _enc(batch: list[ProductRecord]):
    try:
        return _encode(batch)
    except ValueError:  # a value marshal cannot carry (e.g. a Decimal inside ``extra``): pickle this batch
        return batch


def _dec(blob) -> list[ProductRecord]:
    return blob if isinstance(blob, list) else _decode(blob)


def chunk_entries(blob: bytes) -> list[tuple]:
    """The description's and title's facts of one chunk of records the parse child kept (``_child``'s
    ``keep_bodies``): per record (place or None, description facts, title facts) — see ``finish``. Run by the
    child, or by the importing process for a chunk the child has not claimed yet (``ParallelReader.body_facts``):
    the same code on the same bytes, so either gives the same entries."""
    from studio.importers import facts as facts_mod

    facts_of, title_facts = facts_mod.body_fact_tuples, facts_mod.title_facts
    out = []
    for at, text, title, keys in marshal.loads(blob):
        body = facts_of(text, title) if at is not None else []  # the name tells a part's material (facts_parts)
        # the title's material when neither the record's facts nor its description name one
        # (``facts.add_title_facts`` on the finished record: its keys are these keys and the body's)
        tf = title_facts(title, keys + [b[0] for b in body]) if title else []
        out.append((at, body, [(f.key, f.value, f.type, f.unit, f.data) for f in tf]))
    return out


def _claim(counter, limit: int) -> int | None:
    """The next chunk of descriptions nobody has read yet (the child and the importing process share it)."""
    with counter.get_lock():
        k = counter.value
        if k >= limit:
            return None
        counter.value = k + 1
        return k


def _child(path: str, det, options, q, stop, batch_products: int, bodies_path: str | None = None,
           counter=None, check: tuple[str, str] | None = None) -> None:
    """Child process: read + parse, send ("batch", records, warnings, fraction) … ("parsed", resolved_mapping);
    then read the descriptions' facts and send ("facts", entries) … ("done",) — see ``ParallelReader.body_facts``.

    The descriptions' facts (``facts.extract_facts``: labelled lines and prose, the costly part of parsing) are
    read after the whole file was parsed, so the importing process gets every record early, finishes its checks
    (pass 1) and writes (pass 2) while this process reads the descriptions. Their bodies wait in an anonymous
    temporary file, so memory stays flat."""
    import gc

    from studio.importers import facts as facts_mod

    facts_mod.DEFER_BODY_FACTS = True  # readers note where the description's facts go (``add_body_facts``)
    body_at = facts_mod.BODY_AT
    gc.set_threshold(50_000, 10, 10)  # like pipeline._fewer_gc_passes: millions of short-lived acyclic objects
    checker = None
    if check is not None:  # pass 1's in-file checks run here (``filechecks.ChildChecks``), see ``send``
        from studio.importers.filechecks import ChildChecks

        checker = ChildChecks(check[0], check[1], options)
    warnings: list[ImportIssue] = []  # one list for the whole run (the readers hold its ``append``); each
    # batch message carries a copy and the list is emptied — a fresh list per batch would leave the readers
    # appending to one that was already sent, and the rows they refused would never reach the parent
    try:
        if det.container == "json":
            from studio.importers.jsonfmt import JsonArrayStream, parse_stream

            stream = JsonArrayStream(Path(path), det.encoding)
            records, fraction, close = parse_stream(stream, options, warnings.append), stream.fraction, stream.close
        else:
            from studio.importers.sources import open_table

            source = open_table(Path(path), det, warnings.append)
            if det.format == "shopify":
                from studio.importers.shopify import parse
            elif det.format == "woocommerce":
                from studio.importers.woocommerce import parse
            elif det.format == "magento":
                from studio.importers.magento import parse
            else:
                from studio.importers.generic import parse
            records, fraction, close = parse(source, options, warnings.append), source.fraction, source.close
        # the bodies go to the file the importing process made (it reads chunks the child has not claimed)
        bodies = open(bodies_path, "r+b") if bodies_path else tempfile.TemporaryFile(prefix="studio-import-bodies-")
        chunks: list[tuple[int, int]] = []  # (offset, length) of each batch's bodies in that file
        try:
            batch: list[ProductRecord] = []
            crash_after = os.environ.get(TEST_EXIT_ENV)  # tests: a reader process that dies without a word

            def keep_bodies() -> None:  # per record: place of the body facts (or None), description, title, keys
                pending = []
                for r in batch:
                    at = getattr(r, body_at, None)
                    pending.append((at, r.body_text if at is not None else None, r.title or "",
                                    [f.key for f in r.facts]))
                blob = marshal.dumps(pending)
                chunks.append((bodies.tell(), len(blob)))
                bodies.write(blob)
                bodies.flush()  # before the batch is sent: the importing process may read this chunk

            def send() -> None:
                """One batch to the importing process: as parsed, or (``check``) its valid records once checked,
                with what the checks reported — (products, last line, 1/0 per record kept, events)."""
                if checker is None:
                    q.put(("batch", _enc(batch), warnings[:], fraction(), chunks[-1]))
                    return
                states = [checker.check(r) for r in batch]
                events, checker.events = checker.events, []
                last = max([r.last_line or r.line or 0 for r in batch], default=0)
                valid = [r for r, x in zip(batch, states, strict=True) if x]
                q.put(("batch", _enc(valid), warnings[:], fraction(), chunks[-1],
                       (len(batch), last, bytes(1 if x else 0 for x in states), events)))

            for rec in records:
                if crash_after is not None and int(crash_after) <= 0:
                    os._exit(3)
                batch.append(rec)
                if len(batch) >= batch_products:
                    if stop.is_set():
                        q.cancel_join_thread()
                        return
                    keep_bodies()
                    send()
                    batch = []
                    warnings.clear()
                    if crash_after is not None:
                        crash_after = str(int(crash_after) - 1)
            if stop.is_set():
                return
            keep_bodies()
            send()
            batch = []
            q.put(("parsed", getattr(options, "resolved_mapping", None),
                   checker.state() if checker is not None else None))
            checker = None  # its maps went to the importing process: not held while the descriptions are read
        finally:
            close()
        # the descriptions' facts, chunk by chunk in record order, while the importing process checks and writes;
        # a chunk the importing process claimed first (it had nothing else to do) is its to read
        n = 0 if os.environ.get(TEST_NO_FACTS_ENV) else len(chunks)
        claim = (lambda: _claim(counter, n)) if counter is not None else iter(range(n)).__next__
        while True:
            try:
                k = claim()
            except StopIteration:
                k = None
            if k is None:
                break
            if stop.is_set():
                q.cancel_join_thread()
                return
            off, length = chunks[k]
            bodies.seek(off)
            out = chunk_entries(bodies.read(length))
            blob: bytes | list[tuple]
            try:
                blob = marshal.dumps(out)
            except ValueError:  # a value marshal cannot carry inside a fact's data: the queue pickles it
                blob = out
            q.put(("facts", k, blob))
        bodies.close()
        q.put(("done",))
    except CatalogImportError as exc:
        q.put(("error", str(exc), list(getattr(exc, "issues", None) or []), None))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent as a clear error
        plain = isinstance(exc, UnicodeError | ValueError | OSError)  # the in-process path's "<file>: <exc>"
        q.put(("error", str(exc) if plain else f"reading failed ({type(exc).__name__}: {exc})", [],
               type(exc).__name__))


def finish(rec: ProductRecord, entry) -> None:
    """Complete a record the child sent: its description's facts where the reader would have put them, then
    the title's facts (``entry`` = (place or None, description facts, title facts) from
    ``ParallelReader.body_facts``) — what the in-process reader and ``facts.add_title_facts`` give."""
    from studio.importers.certainty import record_doubt
    from studio.importers.facts import merge_body_facts

    at, body, title = entry
    if at is not None:
        merge_body_facts(rec, at, body)
    for key, value, ftype, unit, data in title:
        rec.add_fact(key, value, ftype, unit, record_doubt(key, data, rec, value), source="html", replace=False)


class ParallelReader:
    """Parent side: ``records()`` yields the child's ProductRecords in file order; ``close()`` stops the child."""

    def __init__(self, path: Path, det, options, warn: Callable[[ImportIssue], None],
                 check: tuple[str, str] | None = None) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        self.warn = warn
        self.fname = Path(path).name
        self.options = options
        self.frac = 0.0
        self.stolen = 0  # chunks of descriptions this process read itself (see body_facts)
        self.ready: dict[int, list] = {}  # chunk → its entries, read here ahead of their turn
        self.q = ctx.Queue(maxsize=QUEUE_BATCHES)
        self.stop = ctx.Event()
        self.counter = ctx.Value("i", 0)  # the next chunk of descriptions nobody has claimed (see body_facts)
        self.chunks: list[tuple[int, int]] = []  # (offset, length) of each batch's descriptions in the file below
        fd, self.bodies_path = tempfile.mkstemp(prefix="studio-import-bodies-")
        self.bodies_fd: int | None = fd
        opts = types.SimpleNamespace(**vars(options))
        self.check_state: tuple | None = None  # ``check``: what pass 2 needs from the child's checks (``checked``)
        self.proc = ctx.Process(target=_child, args=(str(path), det, opts, self.q, self.stop, BATCH_PRODUCTS,
                                                     self.bodies_path, self.counter, check),
                                name="studio-import-reader", daemon=True)
        with _START_LOCK:  # do not re-import the host's __main__ (e.g. a Qt entry script) in the child
            main = sys.modules.get("__main__")
            sys.modules["__main__"] = types.ModuleType("__main__")
            try:
                self.proc.start()
            except BaseException:  # no child (the caller reads in-process): leave no file behind
                self._unlink()
                os.close(fd)
                self.bodies_fd = None
                raise
            finally:
                if main is not None:
                    sys.modules["__main__"] = main

    def fraction(self) -> float:
        return self.frac

    def _get(self):
        while True:
            try:
                return self.q.get(timeout=_POLL)
            except _queue.Empty:
                if not self.proc.is_alive():
                    try:  # it may have sent its last message just before exiting
                        return self.q.get(timeout=_POLL)
                    except _queue.Empty:
                        raise CatalogImportError(
                            f"the import's reader process stopped unexpectedly (exit code {self.proc.exitcode}); "
                            "nothing was imported — try again, or report this file") from None

    def records(self) -> Iterator[ProductRecord]:
        """Every record, complete: its description's facts merged (``finish``) — for callers that do not write
        while the child reads the descriptions."""
        pending: list[list[ProductRecord]] = []
        for _blob, recs in self.batches():
            pending.append(recs)
        facts = self.body_facts()
        for recs in pending:
            for rec in recs:
                finish(rec, next(facts))
            yield from recs
        for _rest in facts:
            pass

    def _messages(self) -> Iterator[tuple[bytes | list, tuple | None]]:
        """The child's batch messages until the whole file is parsed: (blob, the checks' outcome or None)."""
        while True:
            try:
                msg = self.q.get_nowait()
            except _queue.Empty:  # the child is still parsing: read a chunk of descriptions meanwhile
                if len(self.ready) < AHEAD and self._steal(len(self.chunks)):
                    continue
                msg = self._get()
            kind = msg[0]
            if kind == "batch":
                blob, warnings, self.frac, chunk = msg[1:5]
                self.chunks.append(chunk)
                if len(self.chunks) == 1:
                    self._unlink()  # the child has it open: nothing is left behind whatever happens next
                for w in warnings:
                    self.warn(w)
                yield blob, (msg[5] if len(msg) > 5 else None)
            elif kind == "parsed":
                if msg[1] is not None:
                    self.options.resolved_mapping = msg[1]
                self.check_state = msg[2]
                return
            else:
                self._raise(msg)

    def checked(self) -> Iterator[tuple[bytes | list, tuple]]:
        """With ``check`` (the file names ``pipeline``'s checks use): per batch, in file order, (its valid records
        as the child encoded them after checking them, (products read, last line, 1/0 per product kept, the
        checks' events — see ``filechecks.ChildChecks``)) — nothing is decoded here. Then ``check_state``."""
        for blob, info in self._messages():
            yield blob, cast(tuple, info)

    def batches(self) -> Iterator[tuple[bytes | list, list[ProductRecord]]]:
        """(the batch as the child encoded it, its records) in file order, until the whole file is parsed. The
        records lack their description's facts and title facts: ``body_facts`` yields them afterwards, one entry
        per record in the same order, to be applied with ``finish`` — so a batch the checks did not change can
        be kept as it came (see ``pipeline._Spool.add_blob``)."""
        for blob, _info in self._messages():
            yield blob, _dec(blob)

    def body_facts(self) -> Iterator[tuple]:
        """After ``batches``: per record, in file order, (place or None, description facts, title facts) — see
        ``finish``.

        The child reads the descriptions chunk by chunk (one chunk per batch it sent), claiming each from a
        shared counter. When the next chunk this process needs is not here yet, it does not wait idle: it claims
        the next unclaimed chunk and reads it itself (``chunk_entries``, from the file the child wrote), at most
        ``AHEAD`` chunks ahead of the one it waits for — so on two cores both processes read descriptions at the
        end of an import instead of one reading while the other waits. The entries are the same either way."""
        n = len(self.chunks)
        ready = self.ready
        done = False

        def take(msg) -> None:
            nonlocal done
            kind = msg[0]
            if kind == "facts":
                blob = msg[2]
                ready[msg[1]] = blob if isinstance(blob, list) else marshal.loads(blob)
            elif kind == "done":
                done = True
            else:
                self._raise(msg)

        for k in range(n):
            while k not in ready:
                try:
                    take(self.q.get_nowait())
                    continue
                except _queue.Empty:
                    pass
                if self._steal(min(n, k + 1 + AHEAD)):
                    continue
                take(self._get())
            yield from ready.pop(k)
        while not done:
            take(self._get())

    def _raise(self, msg) -> None:
        _k, message, issues, exc_name = msg
        if exc_name is None:
            raise CatalogImportError(message, issues)
        raise CatalogImportError(f"{self.fname}: {message}", issues)

    def _steal(self, limit: int) -> bool:
        """Claim the next chunk of descriptions below ``limit`` that nobody claimed, and read it here."""
        if self.bodies_fd is None:
            return False
        j = _claim(self.counter, limit)
        if j is None:
            return False
        off, length = self.chunks[j]
        self.ready[j] = chunk_entries(os.pread(self.bodies_fd, length, off))
        self.stolen += 1
        return True

    def _unlink(self) -> None:
        try:
            os.unlink(self.bodies_path)
        except OSError:
            pass

    def close(self) -> None:
        self._unlink()
        if self.bodies_fd is not None:
            os.close(self.bodies_fd)
            self.bodies_fd = None
        self.stop.set()
        try:  # unblock a child waiting on a full queue
            while True:
                self.q.get_nowait()
        except (_queue.Empty, OSError, ValueError):
            pass
        self.proc.join(timeout=2.0)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(timeout=2.0)
        if self.proc.is_alive():  # pragma: no cover - terminate is not honoured
            self.proc.kill()
            self.proc.join()
        self.q.close()
        self.q.join_thread()

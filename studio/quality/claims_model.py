"""An offline second opinion on claims and disclosure: a small text classifier (issue 17, build 2).

Character n-grams (1–4, inside word boundaries, so it reads every script the same way, CJK and Thai included)
weighted by TF-IDF (sublinear term frequency, L2-normalised), and one logistic regression per engine family
(``claims``, ``disclosure``). Two marker features carry what the text alone does not: the target group
(marketplace / social / prose) and whether the post is marked sponsored.

Training needs scikit-learn (``train``; done by ``tools/train_claims_model.py`` and the tests, never at run
time). Scoring is pure Python over the exported weights (``Model.score``), so the app and the CLI need no
scikit-learn: the model is one gzip'd JSON file (``assets/models/claims-model.json``, one n-gram a line) of the vocabulary with
each n-gram's IDF and weights, plus the per-family threshold chosen on training folds.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

FAMILIES = ("claims", "disclosure")
NGRAMS = (1, 4)
FORMAT = 1
_WS = regex.compile(r"\s+")
_MARKETPLACES = ("amazon-", "ebay-", "etsy-", "shopify-", "tiktok-shop-", "mercadolibre-", "shopee-", "lazada-")


def target_group(target: str) -> str:
    if any(target.startswith(p) for p in _MARKETPLACES):
        return "market"
    if target in ("generic", "faq", "script"):
        return "prose"
    return "social"


def analyze(text: str, target: str = "generic", sponsored: bool = False) -> list[str]:
    """The features of one text: character 1–4-grams of each whitespace-separated word padded with spaces
    (NFKC, casefolded), plus ``\\x00t:<group>`` and ``\\x00sponsored`` markers."""
    text = _WS.sub(" ", unicodedata.normalize("NFKC", text or "").casefold())
    out: list[str] = []
    lo, hi = NGRAMS
    for w in text.split():
        w = f" {w} "
        n_w = len(w)
        for n in range(lo, hi + 1):
            if n > n_w:
                break
            out.extend(w[i:i + n] for i in range(n_w - n + 1))
    out.append(f"\x00t:{target_group(target)}")
    if sponsored:
        out.append("\x00sponsored")
    return out


def entry_features(e: dict) -> list[str]:
    return analyze(e["text"], e.get("target", "generic"), bool((e.get("context") or {}).get("sponsored")))


@dataclass
class Model:
    """Exported weights: ``vocab[ngram] = (idf, {family: weight})``, ``bias[family]``, ``threshold[family]``."""
    idf: dict[str, float]
    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: dict[str, float]
    meta: dict

    def __post_init__(self) -> None:
        # one lookup per n-gram: (idf, weight of each family)
        self._table = {g: (i, *(self.weights[f].get(g, 0.0) for f in FAMILIES)) for g, i in self.idf.items()}

    def scores(self, text: str, target: str = "generic", sponsored: bool = False) -> dict[str, float]:
        """Probability per family that the text violates it (the logistic regression's output)."""
        table = self._table
        norm2 = 0.0
        z = [0.0] * len(FAMILIES)
        for g, c in Counter(analyze(text, target, sponsored)).items():
            row = table.get(g)
            if row is None:
                continue
            v = (1.0 + math.log(c)) * row[0]
            norm2 += v * v
            for k in range(len(FAMILIES)):
                z[k] += v * row[k + 1]
        norm = math.sqrt(norm2) or 1.0
        return {fam: 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, self.bias[fam] + z[k] / norm))))
                for k, fam in enumerate(FAMILIES)}

    def flags(self, text: str, target: str = "generic", sponsored: bool = False) -> dict[str, float]:
        """The families whose probability reaches the model's threshold, with the probability."""
        return {f: p for f, p in self.scores(text, target, sponsored).items() if p >= self.threshold[f]}

    # ---------------------------------------------------------------- file

    def to_bytes(self) -> bytes:
        vocab = sorted(self.idf)
        doc = {"format": FORMAT, "meta": self.meta, "ngrams": list(NGRAMS), "families": list(FAMILIES),
               "bias": {f: _r(self.bias[f]) for f in FAMILIES},
               "threshold": {f: _r(self.threshold[f]) for f in FAMILIES}}
        table = [[g, _r(self.idf[g]), *[_r(self.weights[f].get(g, 0.0)) for f in FAMILIES]] for g in vocab]
        rows = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in table)
        head = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return (head[:-1] + ',"vocab":[\n' + rows + "\n]}\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Model:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != FORMAT or tuple(doc.get("ngrams", ())) != NGRAMS or \
                tuple(doc.get("families", ())) != FAMILIES:
            raise ValueError("claims model file has another format; regenerate it with tools/train_claims_model.py")
        idf: dict[str, float] = {}
        weights: dict[str, dict[str, float]] = {f: {} for f in FAMILIES}
        for row in doc["vocab"]:
            g, i, *ws = row
            idf[str(g)] = float(i)
            for f, w in zip(FAMILIES, ws, strict=True):
                if w:
                    weights[f][str(g)] = float(w)
        return cls(idf=idf, weights=weights, bias={f: float(doc["bias"][f]) for f in FAMILIES},
                   threshold={f: float(doc["threshold"][f]) for f in FAMILIES}, meta=dict(doc.get("meta") or {}))


def _r(x: float) -> float:
    return float(f"{x:.6g}")


# --------------------------------------------------------------------------- training (scikit-learn)

def _labels(entries: list[dict], fam: str) -> list[int]:
    return [int(fam in e.get("labels", ())) for e in entries]


def train(entries: list[dict], *, threshold: dict[str, float] | None = None, c: float = 10.0,
          min_df: int = 2, meta: dict | None = None) -> Model:
    """Fit TF-IDF + one logistic regression per family on ``entries`` (corpus rows with ``text``, ``target``,
    ``context``, ``labels``). Deterministic (liblinear, fixed order). Needs scikit-learn."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    vec = TfidfVectorizer(analyzer=lambda feats: feats, sublinear_tf=True, min_df=min_df, norm="l2",
                          dtype=np.float64)
    x = vec.fit_transform([entry_features(e) for e in entries])
    vocab = vec.get_feature_names_out()
    idf = {str(g): float(v) for g, v in zip(vocab, vec.idf_, strict=True)}
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for fam in FAMILIES:
        y = _labels(entries, fam)
        clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=0, max_iter=1000)
        clf.fit(x, y)
        weights[fam] = {str(g): float(w) for g, w in zip(vocab, clf.coef_[0], strict=True) if abs(w) >= 1e-6}
        bias[fam] = float(clf.intercept_[0])
    return Model(idf=idf, weights=weights, bias=bias, threshold=dict(threshold or dict.fromkeys(FAMILIES, 0.5)),
                 meta=dict(meta or {}))


def choose_threshold(probs: list[float], labels: list[int], *, precision: float = 0.95) -> float:
    """The lowest threshold at which rules OR classifier keep ``precision`` on these out-of-fold training texts,
    counting the rules as catching every violation and flagging no clean text (what they do on the texts they
    were tuned on): the classifier's false positives may be at most (1/precision - 1) × the violations. Independent
    of the rules of the day, so the shipped model regenerates byte-identically from the corpus. 0.99 when no
    threshold keeps it."""
    positives = sum(labels)
    budget = positives * (1.0 / precision - 1.0)
    best = 0.99
    for t in sorted({round(p, 3) for p in probs}, reverse=True):
        fp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and not y)
        if fp > budget:
            break
        if t >= 0.05:
            best = t
    return best


def digest(entries: Iterable[dict]) -> str:
    h = hashlib.sha256()
    for e in entries:
        h.update(json.dumps([e["id"], e["text"], e.get("target"), e.get("labels")], ensure_ascii=False).encode())
    return h.hexdigest()[:16]


def load(path: Path) -> Model:
    return Model.from_bytes(Path(path).read_bytes())

"""Body HTML → clean plain text with the stdlib ``html.parser`` (no scripts, styles or markup kept).

Block elements become line breaks, list items become "• " lines, entities are decoded and runs of
white space collapse. The text is what the generators and the catalog view see; the HTML is kept as
imported.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_PARA = {
    "p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "blockquote", "dl",
    "pre", "figure",
}
_LINE = {"div", "br", "li", "tr", "header", "footer", "dt", "dd", "hr", "figcaption"}
_SKIP = {"script", "style", "template", "noscript", "head", "iframe", "svg", "object"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in _SKIP:
            self._skip += 1
            return
        if tag in _PARA:
            self.parts.append("\n\n")
        elif tag in _LINE:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        if tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag.lower() in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _PARA:
            self.parts.append("\n\n")
        elif tag in ("div", "tr", "dd"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*?)?(/?)>")
_SIMPLE_TAGS = _PARA | _LINE | {"b", "strong", "i", "em", "u", "span", "a", "small", "sup", "sub", "td", "th", "tbody",
                                "thead", "code", "s", "mark", "abbr", "cite", "q", "font", "center", "img"}


class _StepAside(Exception):
    """The markup is not plain: let html.parser handle it."""


_STEP_ASIDE = "\x00"  # cached verdict for a tag the fast path does not handle
_TAG_CACHE: dict[str, str] = {}  # tag text → its text replacement (tags repeat across a catalog)
_TAG_CACHE_MAX = 4096


def _tag_text(mt: re.Match) -> str:
    attrs = mt.group(0)
    if ("'" in attrs or '"' in attrs) and (attrs.count("'") % 2 or attrs.count('"') % 2):
        return _STEP_ASIDE  # a quoted attribute holding '>': let html.parser handle it
    closing, tag, selfclose = mt.group(1), mt.group(2).lower(), mt.group(3)
    if tag not in _SIMPLE_TAGS:
        return _STEP_ASIDE
    if closing:
        if tag in _PARA:
            return "\n\n"
        return "\n" if tag in ("div", "tr", "dd") else ""
    if selfclose:
        return "\n" if tag in ("br", "hr") else ""
    out = ""
    if tag in _PARA:
        out = "\n\n"
    elif tag in _LINE:
        out = "\n"
    if tag == "li":
        out += "• "
    if tag in ("td", "th"):
        out += " "
    return out


def _replace_tag(mt: re.Match) -> str:
    key = mt.group(0)
    out = _TAG_CACHE.get(key)
    if out is None:
        out = _tag_text(mt)
        if len(_TAG_CACHE) < _TAG_CACHE_MAX:
            _TAG_CACHE[key] = out
    if out is _STEP_ASIDE or out == _STEP_ASIDE:
        raise _StepAside
    return out


def _fast_text(html: str) -> str | None:
    """The same text as the html.parser path for plain markup (no comments, scripts, odd '<'); else None.

    One ``re.sub`` over the tags; each distinct tag's replacement is computed once and cached.
    """
    try:
        raw = _TAG.sub(_replace_tag, html)
    except _StepAside:
        return None
    if "<" in raw:  # a '<' outside a recognised tag (comment, stray '<'…)
        return None
    return unescape(raw) if "&" in raw else raw


_ROW = re.compile(r"(<tr\b[^>]*>)(.*?)(</tr\s*>)", re.I | re.S)
_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t[hd]\s*>", re.I | re.S)
_ANY_TAG = re.compile(r"<[^>]*>")


def _label_row(mt: re.Match) -> str:
    """A two-cell spec row — ``<th>Capacity</th><td>500 ml</td>`` or ``<td><strong>Body</strong></td><td>…`` — is a
    labelled line: its label gets the colon a seller would have typed ("Capacity: 500 ml"), so the labelled-line
    readers see it as they see a pasted ``Capacity: 500 ml``. Rows of one or of 3+ cells (a size chart) are left."""
    body = mt.group(2)
    cells = list(_CELL.finditer(body))
    if len(cells) != 2 or _CELL.sub("", body).strip():
        return mt.group(0)
    label = unescape(_ANY_TAG.sub("", cells[0].group(2))).strip()
    if not label or len(label) > 60 or label[-1] in ":：" or not _ANY_TAG.sub("", cells[1].group(2)).strip():
        return mt.group(0)
    first = cells[0]
    end = first.start(2) + len(first.group(2).rstrip())
    return mt.group(1) + body[:end] + ":" + body[end:] + mt.group(3)


def html_to_text(html: str | None) -> str:
    """Clean text of an HTML fragment; plain text passes through with white space tidied."""
    if not html:
        return ""
    if "<t" in html or "<T" in html:
        html = _ROW.sub(_label_row, html)
    if "<" not in html and "&" not in html:
        raw = html
    elif (fast := _fast_text(html)) is not None:
        raw = fast
    else:
        p = _TextExtractor()
        try:
            p.feed(html)
            p.close()
        except Exception:  # noqa: BLE001 - html.parser is lenient; never fail an import on odd markup
            return _tidy(re.sub(r"<[^>]*>", " ", html))
        raw = "".join(p.parts)
    return _tidy(raw)


_HTMLISH = re.compile(r"<(p|br|ul|ol|li|div|span|strong|b|em|i|h[1-6]|table|a)\b[^>]*>|&(#\d+|[a-z]+);", re.I)


def looks_like_html(text: str | None) -> bool:
    """Whether a description holds HTML (tags or entities) rather than plain text."""
    if not text:
        return False
    return ("<" in text or "&" in text) and _HTMLISH.search(text) is not None


_BULLET_BREAK = re.compile(r"• [ \t\u00a0]*(?:\n[ \t\u00a0]*)+")


def _tidy(raw: str) -> str:
    if "• " in raw:  # <li><p>x</p></li>: the paragraph inside a list item stays on the bullet's line
        raw = _BULLET_BREAK.sub("• ", raw)
    lines = [line.strip() for line in _SPACES.sub(" ", raw).split("\n")]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        if line.startswith("• ") and len(out) > 1 and out[-1] == "" and out[-2].startswith("• "):
            out.pop()  # list items hold together even when each is a paragraph
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)

"""Content's live output box: what the model writes, as text a person reads (no JSON, no Python dict repr).

A model (and the offline writer) streams the draft as a JSON object, a piece at a time; a cached draft arrived
as the ``str()`` of its content dict. ``live_text`` turns either — complete or cut off mid-string — into one
field per line (``title: …``, list items as ``• …``), the way the field editors show the draft afterwards.
Anything else (a plain-text answer) is shown as it is.
"""

from __future__ import annotations

import ast
import json
from json.decoder import scanstring
from typing import Any

from ui.fields import field_label

_HIDDEN = ("language",)


def live_text(text: str) -> str:
    s = text.lstrip()
    if not s.startswith("{"):
        return text
    try:
        whole = json.loads(s)
    except ValueError:
        whole = None
        if s.startswith("{'"):  # the str() of a dict (a cached draft)
            try:
                whole = ast.literal_eval(s)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                whole = None
    if isinstance(whole, dict):
        return "\n".join(_lines(whole))
    return _partial(s)


def _lines(obj: dict[str, Any], indent: str = "") -> list[str]:
    out: list[str] = []
    for key, value in obj.items():
        if key in _HIDDEN:
            continue
        if isinstance(value, list):
            out.append(f"{indent}{field_label(key)}:")
            for item in value:
                if isinstance(item, dict):
                    sub = _lines(item, indent + "  ")
                    if sub:
                        out.append(f"{indent}• {sub[0].strip()}")
                        out += sub[1:]
                else:
                    out.append(f"{indent}• {_scalar(item)}")
        elif isinstance(value, dict):
            out.append(f"{indent}{field_label(key)}:")
            out += _lines(value, indent + "  ")
        else:
            out.append(f"{indent}{field_label(key)}: {_scalar(value)}")
    return out


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _partial(s: str) -> str:
    """A JSON object cut off anywhere: keys become ``key:``, strings are unescaped, list items get bullets."""
    lines: list[str] = []
    cur = ""
    stack: list[str] = []  # "{" or "["
    last = ""  # the last structural character: "{", "[", ",", ":"
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        depth = "  " * max(0, stack.count("{") - 1)
        if ch == '"':
            complete = True
            try:
                value, end = scanstring(s, i + 1)
            except ValueError:  # the string is still being written
                value, end, complete = _unterminated(s[i + 1:]), n, False
            if stack and stack[-1] == "{" and last in ("{", ","):  # a key, written or still being written
                if cur:
                    lines.append(cur)
                cur = f"{depth}{field_label(value) if complete else value}:"
                last = "key"
                i = end
                continue
            last = "value"
            if stack and stack[-1] == "[":
                if cur:
                    lines.append(cur)
                cur = f"{depth}• {value}"
            else:
                cur = f"{cur} {value}" if cur else value
            i = end
            continue
        if ch in "{[":
            stack.append(ch)
            last = ch
        elif ch in "}]":
            if stack:
                stack.pop()
            last = "value"
        elif ch in ",:":
            last = ch
        elif ch not in " \t\r\n":
            j = i
            while j < n and s[j] not in ",}] \t\r\n":
                j += 1
            token = s[i:j]
            last = "value"
            if stack and stack[-1] == "[":
                if cur:
                    lines.append(cur)
                cur = f"{depth}• {token}"
            else:
                cur = f"{cur} {token}" if cur else token
            i = j
            continue
        i += 1
    if cur:
        lines.append(cur)
    return "\n".join(line for line in lines if line.strip())


def _unterminated(rest: str) -> str:
    """The part of a JSON string written so far (a trailing half escape is dropped)."""
    if rest.endswith("\\") and not rest.endswith("\\\\"):
        rest = rest[:-1]
    for cut in range(len(rest), max(-1, len(rest) - 6), -1):
        try:
            return str(json.loads(f'"{rest[:cut]}"'))
        except ValueError:
            continue
    return rest.replace('\\"', '"').replace("\\n", "\n")

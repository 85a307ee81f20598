"""Error mapping shared by Meta's Graph APIs (Instagram, Facebook Pages, Threads).

platform-specs.md A: Instagram / Errors — ``{error:{code,error_subcode,type,is_transient,error_user_msg}}``;
9/2207042 publishing limit, 4/2207051 spam, 190 token, 9007/2207027 not ready, 24/2207008 container
expired, 9004/2207052 media URL not fetchable, 352/2207026 unsupported video.
A: Meta (FB/IG) / Rate-limit signals — throttling codes 4, 17, 32, 613, 80001–80014; usage headers.
"""

from __future__ import annotations

from typing import Any

from channels._http import retry_after_from
from studio import clock
from studio.ports import AuthExpired, ChannelError, QuotaReached, Rejected, TransientError

ACTIONS = {
    2207042: "wait: the account reached its 24 h publishing limit (the post is deferred, not lost)",
    2207051: "the platform flagged this as spam; change the text/media and post less often",
    2207052: "the platform could not fetch the media URL: check the media host prefix and that the file is synced",
    2207026: "re-encode the video (H.264/HEVC, AAC ≤48 kHz, moov atom first, 23–60 fps, ≤15 min)",
    2207004: "use a JPEG ≤8 MB",
    2207009: "crop the image to an aspect between 4:5 and 1.91:1",
    2207010: "shorten the caption: ≤2200 chars, ≤30 hashtags, ≤20 @tags",
    2207040: "use at most 20 @tags",
    2207028: "a carousel needs 2–10 items",
}
THROTTLE = {4, 17, 32, 613} | set(range(80001, 80015))

# Graph API versions and the date each stops working (developers.facebook.com/docs/graph-api/changelog/versions,
# copy of 2026-11; v27.0 introduced 2026-11-04: developers.facebook.com/blog/post/2026/11/04/
# introducing-graph-api-v27-and-marketing-api-v27/). None = not announced yet. Facebook Pages and Instagram
# use GRAPH_VERSION unless the user sets another (Settings › Accounts, or ``accounts set NAME api_version=…``).
GRAPH_VERSION = "v27.0"
GRAPH_VERSIONS: dict[str, str | None] = {
    "v27.0": None, "v26.0": None, "v25.0": "2028-07-29", "v24.0": "2028-02-18", "v23.0": "2027-10-08",
    "v22.0": "2027-05-20", "v21.0": "2027-01-21", "v20.0": "2026-09-24", "v19.0": "2026-05-21",
}
WARN_DAYS = 90  # warn this long before a version expires


def graph_version_warning(version: str, today=None) -> str | None:
    """A sentence to show when ``version`` has expired or expires within WARN_DAYS, else None."""
    from datetime import date

    today = today or clock.today()
    if version not in GRAPH_VERSIONS:
        try:
            major = int(version.lstrip("v").split(".")[0])
        except ValueError:
            return f"'{version}' is not a Graph API version (they look like {GRAPH_VERSION})"
        if major < 19:
            return f"Graph API {version} has expired; switch to {GRAPH_VERSION}"
        return None
    until = GRAPH_VERSIONS[version]
    if until is None:
        return None
    days = (date.fromisoformat(until) - today).days
    if days < 0:
        return (f"Graph API {version} expired on {until}: Meta now answers with its oldest available version; "
                f"switch to {GRAPH_VERSION}")
    if days <= WARN_DAYS:
        return f"Graph API {version} expires on {until} (in {days} days): switch to {GRAPH_VERSION}"
    return None


def graph_version_of(settings: dict) -> str:
    v = str(settings.get("api_version") or GRAPH_VERSION).strip()
    return v if v.startswith("v") else f"v{v}"


def meta_error(platform: str, resp, body: Any) -> ChannelError | None:
    if not isinstance(body, dict) or not isinstance(body.get("error"), dict):
        return None
    e = body["error"]
    code = int(e.get("code") or 0)
    sub = int(e.get("error_subcode") or 0)
    msg = e.get("error_user_msg") or e.get("message") or "error"
    tag = f"{code}/{sub}" if sub else str(code)
    if code == 190 or resp.status_code == 401:
        return AuthExpired(f"{platform}: token expired or revoked: {msg}", platform=platform, code=tag,
                           action="reconnect the account")
    if sub == 2207042 or (code == 9 and not sub):
        return QuotaReached(f"{platform}: publishing limit reached: {msg}", platform=platform, code=tag,
                            action=ACTIONS[2207042], retry_after=retry_after_from(resp.headers) or 3600)
    if sub in (2207027,) or code == 9007:
        return TransientError(f"{platform}: media not ready yet: {msg}", platform=platform, code=tag, retry_after=60)
    if sub == 2207008 or code == 24:
        return TransientError(f"{platform}: the upload container expired: {msg}", platform=platform, code=tag)
    if code in THROTTLE and sub not in ACTIONS:
        return TransientError(f"{platform}: rate limited: {msg}", platform=platform, code=tag,
                              retry_after=retry_after_from(resp.headers) or 300)
    if e.get("is_transient") or resp.status_code >= 500:
        return TransientError(f"{platform}: temporary error: {msg}", platform=platform, code=tag,
                              retry_after=retry_after_from(resp.headers))
    return Rejected(f"{platform} rejected the post: {msg}", platform=platform, code=tag,
                    action=ACTIONS.get(sub) or ACTIONS.get(code) or "check the text and media against the rules",
                    raw=body)

"""Channel sign-in as the services see it (``studio.ports.ChannelSignIn``), registered under the entry point
group ``commerce_studio.signin`` as ``oauth``: each built-in platform's OAuth spec, the desktop flow,
token refresh, and the Graph API versions of the Meta platforms."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import channels
from channels import _meta, oauth


def _builtin_platforms() -> frozenset[str]:
    return frozenset(i.name for i in pkgutil.iter_modules(channels.__path__) if i.ispkg)


class ChannelSignInAdapter:
    DEFAULT_LOOPBACK_PORT = oauth.DEFAULT_LOOPBACK_PORT
    GRAPH_VERSION = _meta.GRAPH_VERSION
    GRAPH_VERSIONS = _meta.GRAPH_VERSIONS
    TokenSet = oauth.TokenSet

    refresh_due = staticmethod(oauth.refresh_due)
    refresh = staticmethod(oauth.refresh)
    run_desktop_flow = staticmethod(oauth.run_desktop_flow)
    registered_redirect_uri = staticmethod(oauth.registered_redirect_uri)
    graph_version_of = staticmethod(_meta.graph_version_of)
    graph_version_warning = staticmethod(_meta.graph_version_warning)

    @staticmethod
    def oauth_spec(platform: str, settings: dict[str, Any]) -> oauth.OAuthSpec | None:
        """The platform's sign-in; platforms with several login types (Instagram) choose by the account's
        settings. None for platforms that need no sign-in (folder, webhook) and for ones not built in."""
        if platform not in _builtin_platforms():
            return None
        module = importlib.import_module(f"channels.{platform}")
        chooser = getattr(module, "oauth_spec", None)
        return chooser(settings) if chooser is not None else getattr(module, "OAUTH", None)


ADAPTER = ChannelSignInAdapter()

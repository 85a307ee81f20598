"""The livestream-kit builder as the services see it (``studio.ports.KitBuilder``), registered under the
entry point group ``commerce_studio.kit`` as ``builder``. Qt-free; no studio.services/storage imports."""

from __future__ import annotations

from generators.kit import brief_pdf, export, links, plan, platforms, writer


class KitBuilderAdapter:
    """A thin facade: everything the livestream service needs, by name."""

    PLATFORMS = platforms.PLATFORMS
    FlashSaleSpec = plan.FlashSaleSpec
    ShortLinkProvider = links.ShortLinkProvider
    KitProduct = writer.KitProduct
    KitInputs = writer.KitInputs

    get_platform = staticmethod(platforms.get_platform)
    plan_run_of_show = staticmethod(plan.plan_run_of_show)
    product_url = staticmethod(links.product_url)
    shop_link = staticmethod(links.shop_link)
    phrases = staticmethod(writer.phrases)
    write_kit = staticmethod(writer.write_kit)
    export_kit = staticmethod(export.export_kit)
    write_brief_pdf = staticmethod(brief_pdf.write_brief_pdf)


ADAPTER = KitBuilderAdapter()

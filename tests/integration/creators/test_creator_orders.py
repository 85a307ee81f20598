"""Orders from a creator's links: an order export imported through Insights (``studio orders import``) whose
landing URL is the brief's link is credited to the creator; other orders are not; no orders → unknown, not 0."""

from __future__ import annotations

from decimal import Decimal

from studio.importers.orders import parse_map_args
from studio.services import briefs, creators, orders
from tests.integration.creators.conftest import STORE


def test_orders_through_the_creators_link_are_counted(seeded, tmp_path):
    db, _, lina = seeded
    assert creators.performance(db, "Lina K.").orders is None  # nothing imported yet: unknown
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="de-DE", creator="Lina K.",
                                                   platform="instagram", store_url=STORE, sample_caption=False))
    link = b.data["link"]
    f = tmp_path / "sales.csv"
    f.write_text("Ref,When,Item,Units,Amount,Landing\n"
                 f"A1,2026-12-11T10:00:00Z,VASE-1,1,34.00,{link}\n"
                 f"A2,2026-12-12T10:00:00Z,VASE-1,2,68.00,{link}\n"
                 "A3,2026-12-12T11:00:00Z,VASE-1,1,34.00,https://shop.example.com/p?utm_source=tiktok"
                 "&utm_medium=social&utm_campaign=spring-de-de\n", encoding="utf-8")
    orders.import_orders(db, f, "csv", parse_map_args(
        ["Ref=order_id", "When=ordered_at", "Item=sku", "Units=quantity", "Amount=revenue", "Landing=landing_site"]),
        currency="EUR")
    perf = creators.performance(db, lina.id)
    assert perf.orders == 2 and set(perf.revenue) == {"EUR"} and Decimal(perf.revenue["EUR"]) == Decimal("102")
    assert perf.clicks is None and any("clicks" in n for n in perf.notes)

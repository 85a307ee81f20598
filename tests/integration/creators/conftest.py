from __future__ import annotations

import pytest

from studio.services import catalog, creators, sample

STORE = "https://shop.example.com"


@pytest.fixture
def seeded(db):
    sample.import_sample(db)
    product = catalog.get_product_by_ref(db, "ceramic-bud-vase")
    lina = creators.add_creator(db, "Lina K.", platforms=["tiktok:@lina", "instagram:@lina.k"],
                                markets=["ar-SA", "de-DE"], audience_notes="beauty fans, mostly 18-30")
    return db, product, lina

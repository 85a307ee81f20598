"""Demo step 10: import the sample catalog and say what came in."""

from __future__ import annotations

ORDER = 10
TITLE = "Catalog: import the sample Shopify CSV"


def run(ctx) -> dict:
    from studio.services import catalog
    from studio.services.sample import import_sample, sample_catalog_file

    result = import_sample(ctx.db, ctx.progress, ctx.cancel)
    ids = list(result.product_ids)
    ctx.state["product_ids"] = ids
    ctx.state["import_run_id"] = result.import_run_id
    facts = sum(len(p.facts) for p in catalog.resolve_products(ctx.db, [])) if ids else 0
    return {
        "file": str(sample_catalog_file()),
        "detected": result.detection.describe(),
        "products created": result.created,
        "products updated": result.updated,
        "products unchanged": result.unchanged,
        "variants": result.variants_created + result.variants_updated,
        "images": f"{result.images} ({result.images_missing} missing)",
        "facts in catalog": facts,
        "source language": result.source_language or "unknown",
        "errors": result.error_count,
        "see": "studio products; studio products show organic-cotton-crew-tee",
    }

"""Demo step 30: an Amazon main image, a lifestyle mockup and a true-scale AR model (.glb) for demo products."""

from __future__ import annotations

from studio.safepath import safe_component

ORDER = 30
TITLE = "Mockups: Amazon main image, a lifestyle scene and an AR model (.glb)"
LIFESTYLE_SCENE = "podium"


def _products(ctx):
    from studio.services import catalog

    ids = []
    for v in ctx.state.get("product_ids") or []:
        ids.append(v.id if hasattr(v, "id") else v)
    products = [catalog.get_product(ctx.db, int(i)) for i in ids if str(i).isdigit()]
    if not products:
        products = [catalog.get_product(ctx.db, s.id) for s in catalog.list_products(ctx.db, limit=50)]
    return products


def run(ctx) -> dict:
    from pathlib import Path

    from studio.domain import StudioError
    from studio.services import mockups

    products = _products(ctx)
    with_image = []
    for p in products:
        try:
            mockups.product_image(p)
        except StudioError:
            continue
        with_image.append(p)
    if not with_image:
        return {"skipped": "no product with a local image in the catalog (run the catalog import step first)"}
    out = Path(ctx.out) / "mockups"
    out.mkdir(parents=True, exist_ok=True)
    made: dict[str, object] = {}
    ids: list[int] = []
    errors: list[str] = []
    # one product for the images: the first demo product with dimensions (so the AR model matches), whose
    # cut-out works
    with_image.sort(key=lambda q: mockups.dimensions(q) is None)
    for p in with_image:
        ctx.cancel.raise_if_cancelled()
        try:
            main_out = out / f"{safe_component(p.handle)}-amazon-main.jpg"
            life_out = out / f"{safe_component(p.handle)}-{LIFESTYLE_SCENE}-instagram.jpg"
            main = mockups.compose(ctx.db, p.id, target="amazon-main", out=main_out)
            life = mockups.compose(ctx.db, p.id, LIFESTYLE_SCENE, target="instagram", out=life_out)
        except StudioError as exc:
            errors.append(f"{p.handle}: {exc}")
            continue
        ids += [main.id, life.id]
        made.update({"product": p.handle, "amazon main image": str(main_out),
                     "lifestyle (Instagram 4:5)": str(life_out)})
        break
    # an AR model for a product that has dimensions (prefer the same product)
    for p in sorted(with_image, key=lambda q: q.handle != made.get("product")):
        if mockups.dimensions(p) is None:
            continue
        try:
            glb_out = out / f"{safe_component(p.handle)}.glb"
            glb = mockups.make_glb(ctx.db, p.id, glb_out)
        except StudioError as exc:
            errors.append(f"{p.handle} (glb): {exc}")
            continue
        size = glb.provenance.get("size_m") or [0, 0, 0]
        ids.append(glb.id)
        made["AR model (.glb)"] = f"{glb_out} ({p.handle}, {size[0]:.2f} × {size[1]:.2f} × {size[2]:.2f} m)"
        break
    else:
        made["AR model (.glb)"] = "skipped: no demo product has a dimensions fact"
    ctx.state["mockup_assets"] = ids
    if errors:
        made["errors"] = "; ".join(errors[:3])
    made["see"] = "studio mockup --list · studio mockup --product HANDLE --scene podium · the app's Mockups section"
    return made

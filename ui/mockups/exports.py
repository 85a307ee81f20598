"""Mockups › exports: the current placement at full resolution (PNG or a channel target), a GLB model, and a
batch over the selected products (all on the writer, as ops)."""

from __future__ import annotations

from pathlib import Path

from ui.i18n import tr
from ui.models import ProductListModel
from ui.ops import Op
from ui.widgets import files


class ExportActions:
    """MockupsView's exports (a mixin)."""

    def export(self, target: str | None) -> None:
        pid, scene = self.current_product_id(), self.current_scene()
        if pid is None:
            return
        placement = dict(self.canvas.placement) if self.canvas.placement else None
        if target == "amazon-main" and scene != "marketplace-white":
            scene, placement = "marketplace-white", None  # the main image is the product on pure white
        if target and target != "amazon-main" and placement and "quad" in placement:
            placement = None  # a perspective quad belongs to this canvas' aspect; targets re-fit
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.compose(db, pid, scene, target=target, placement=placement)

        self.status.setText(tr("Composing at full resolution…"))
        Op(self.ctx, self, job).named(f"mockup {target or 'png'}").writes().success(self._exported) \
            .failure(self._error).run_in_background()

    def _exported(self, asset) -> None:
        self.status.setText(f"{tr('Saved')}: {asset.path}  ({asset.width}×{asset.height})")
        self.exported.emit(asset)

    def export_glb(self) -> None:
        pid = self.current_product_id()
        if pid is None:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.make_glb(db, pid)

        Op(self.ctx, self, job).named("mockup glb").writes().success(self._exported_glb).failure(self._error) \
            .run_in_background()

    def _exported_glb(self, asset) -> None:
        size = asset.provenance.get("size_m") or [0, 0, 0]
        self.status.setText(f"{tr('Saved')}: {asset.path}  ({size[0]:.2f} × {size[1]:.2f} × {size[2]:.2f} m)")
        self.exported.emit(asset)

    def batch(self) -> None:
        scene = self.current_scene()
        ids = [i.data(ProductListModel.IdRole) for i in self.list.selectionModel().selectedIndexes()]
        if not ids or scene is None:
            self.status.setText(tr("Select one or more products first."))
            return
        out = self.batch_dir or files.folder(self, self.ctx.settings, "mockups-export", tr("Folder for the mockups"))
        if not out:
            return
        handles = [r.handle for r in self.products.rows() if r.id in ids]
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.batch(db, handles, [scene], Path(out), None, None, progress, cancel)

        Op(self.ctx, self, job).named("mockups: batch").writes().success(self._batched).failure(self._error) \
            .progress(lambda f, m: self.status.setText(f"{int(f * 100)} % {m}")).run_in_background()

    def _batched(self, items) -> None:
        ok = sum(1 for i in items if i.path)
        bad = [i for i in items if i.error]
        self.status.setText(f"{tr('Batch done')}: {ok} {tr('saved')}" + (f", {len(bad)} {tr('failed')}: {bad[0].error}"
                                                                         if bad else ""))
        self.exported.emit(items)

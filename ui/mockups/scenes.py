"""Mockups › a photo of your own as a scene (mark the plane and a reference length) and the refine brush that
paints the cut-out mask."""

from __future__ import annotations

from PySide6.QtGui import (
    QImage,
)

from ui.i18n import tr
from ui.mockups.canvas import pil_to_qimage
from ui.ops import Op
from ui.widgets import files


class SceneEditing:
    """MockupsView's photo scenes and refine brush (a mixin)."""

    def start_add_scene(self, photo_path: str | None = None) -> None:
        path = photo_path or files.open_file(self, self.ctx.settings, "room-photo", tr("A photo of the room"),
                                             tr("Images (*.jpg *.jpeg *.png *.webp)"))
        if not path:
            return
        img = QImage(path)
        if img.isNull():
            self.status.setText(f"⚠ {tr('Cannot read this image')}: {path}")
            return
        self._photo_path = path
        self.canvas.start_marking(img)
        self.mark_panel.show()

    def _on_marks(self, n: int) -> None:
        if n < 4:
            self.mark_hint.setText(tr("Click the 4 corners of a rectangle on the floor or wall: top-left, "
                                      "top-right, bottom-right, bottom-left.") + f" ({n}/4)")
        elif n < 6:
            self.mark_hint.setText(tr("Click both ends of something of known length on that plane "
                                      "(an A4 sheet's long side is 29.7 cm).") + f" ({n - 4}/2)")
        else:
            self.mark_hint.setText(tr("Enter the reference length and a name, then save."))

    def save_scene(self) -> None:
        if len(self.canvas.marks) < 6:
            self.status.setText(tr("Mark the 4 plane corners and the 2 reference points first."))
            return
        plane, ref = self.canvas.marks_in_photo()
        length, name, kind = self.ref_length.text(), self.scene_name.text(), self.plane_kind.currentData()
        photo = self._photo_path

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.add_photo_scene(photo, plane, ref, mockups.parse_length(length), name, plane_kind=kind)

        def done(info) -> None:
            self.mark_panel.hide()
            self.canvas.mode = "place"
            self.status.setText(f"{tr('Scene saved')}: {info.name}")
            self._select_scene_after_load = info.name
            self.refresh()

        Op(self.ctx, self, job).named("mockups: save scene").writes().success(done).failure(self._error) \
            .run_in_background()

    def toggle_brush(self, on: bool) -> None:
        pid = self.current_product_id()
        if not on or pid is None:
            self.brush_apply.hide()
            self.brush_clear.hide()
            self.canvas.mode = "place"
            self._reload_canvas()
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import catalog, mockups

            product = catalog.get_product(db, pid)
            src = mockups.source_image(product)
            mask_path = mockups.refine_mask_path(pid)
            return src, (str(mask_path) if mask_path.is_file() else None)

        def done(result) -> None:
            src, mask_path = result
            mask = QImage(mask_path) if mask_path else None
            self.canvas.start_brush(pil_to_qimage(src), mask)
            self.brush_apply.show()
            self.brush_clear.show()
            self.info.setText(tr("Paint with the left button to keep, the right button to remove. "
                                 "Apply recomputes the cut-out."))

        Op(self.ctx, self, job).named("mockups: brush").success(done).failure(self._error).run_in_background()

    def apply_brush(self) -> None:
        pid, mask = self.current_product_id(), self.canvas.mask
        if pid is None or mask is None:
            return
        from PIL import Image

        m = mask.convertToFormat(QImage.Format.Format_Grayscale8)
        ptr = bytes(m.constBits())[: m.bytesPerLine() * m.height()]
        pil = Image.frombuffer("L", (m.width(), m.height()), ptr, "raw", "L", m.bytesPerLine(), 1).copy()

        def job(progress, cancel):
            from studio.services import mockups

            mockups.save_refine_mask(pid, pil)
            return True

        def done(_r) -> None:
            self.brush_button.setChecked(False)
            self.status.setText(tr("Cut-out refined."))

        Op(self.ctx, self, job).named("mockups: save mask").writes().success(done).failure(self._error) \
            .run_in_background()

    def clear_brush(self) -> None:
        pid = self.current_product_id()
        if pid is None:
            return

        def job(progress, cancel):
            from studio.services import mockups

            mockups.clear_refine_mask(pid)
            return True

        Op(self.ctx, self, job).named("mockups: reset mask").writes() \
            .success(lambda _r: self.brush_button.setChecked(False)).failure(self._error).run_in_background()

"""Calendar › the selected cell's posts and the selected post: preview (text, media crop, approval note), its
errors with the fixing action, and which actions apply."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QDateTime,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from ui.calendar.models import local
from ui.i18n import tr


def crop_pixmap(path: str, box: tuple[float, float, float, float], width: int = 220) -> QPixmap | None:
    pm = QPixmap(path)
    if pm.isNull():
        return None
    pm = pm.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(pm)
    x, y, w, h = box
    W, H = pm.width(), pm.height()
    shade = QColor(0, 0, 0, 140)
    visible = QRectF(x * W, y * H, w * W, h * H)
    for r in (QRectF(0, 0, W, visible.top()), QRectF(0, visible.bottom(), W, H - visible.bottom()),
              QRectF(0, visible.top(), visible.left(), visible.height()),
              QRectF(visible.right(), visible.top(), W - visible.right(), visible.height())):
        if r.width() > 0 and r.height() > 0:
            painter.fillRect(r, shade)
    painter.setPen(QPen(QColor("#ffffff"), 2))
    painter.drawRect(visible)
    painter.end()
    return pm


class PostPreview:
    """CalendarView's selection and preview (a mixin)."""

    def _cell_selected(self, current, _previous) -> None:
        self.list_model.set_posts(self.model.posts_at(current))
        self._show_planned(current)  # ui/calendar/planned.py
        if current.isValid():
            self.when_edit.setDateTime(QDateTime(self.model.cell_start(current.row(), current.column())))
        if self.list_model.rowCount():
            self.list.setCurrentIndex(self.list_model.index(0))
        else:
            self._show_post(None)

    def _post_selected(self, current, _previous) -> None:
        p = self.list_model.posts[current.row()] if current.isValid() and current.row() < len(self.list_model.posts) \
            else None
        self._show_post(p)

    def _show_post(self, p) -> None:
        from studio.services.post_preview import preview

        self._selected_post = p
        self._update_buttons()
        if p is None:
            self.preview.clear()
            self.error_label.clear()
            self.crop_label.clear()
            return
        self.when_edit.setDateTime(QDateTime(local(p.scheduled_at)))
        pv = preview(p.options.get("caption_target") or p.platform, p.text, p.media)
        parts = [html.escape(pv.visible)]
        out = "".join(parts)
        for tag in sorted(set(pv.hashtags), key=len, reverse=True):
            out = out.replace(html.escape(tag), f"<span style='color:#1d6fd6'>{html.escape(tag)}</span>")
        body = out.replace("\n", "<br>")
        if pv.folded:
            body += f"<span style='color:#888'>… {tr('more')}</span>" \
                    f"<div style='color:#999;border-top:1px dashed #bbb'>{html.escape(pv.folded).replace(chr(10), '<br>')}</div>"
        head = f"<b>{html.escape(p.account_name)}</b> · {html.escape(p.platform)} · " \
               f"{local(p.scheduled_at):%Y-%m-%d %H:%M} · {html.escape(tr(p.display_state))}"
        if p.platform_url:
            head += f" · <a href='{html.escape(p.platform_url)}'>{tr('open')}</a>"
        warn = "".join(f"<p style='color:#b35c00'>⚠ {html.escape(w)}</p>" for w in pv.warnings)
        warn += self._approval_note(p)
        media = ""
        if p.media:
            m0 = p.media[0]
            media = f"<p style='color:#555'>{html.escape(m0.get('kind', 'media'))}: " \
                    f"{m0.get('width') or '?'}×{m0.get('height') or '?'}" + \
                    (f" — {html.escape(pv.crop.note)}" if pv.crop else "") + "</p>"
        self.preview.setHtml(f"<p>{head}</p><div dir='auto' style='font-size:13px'>{body}</div>{warn}{media}")
        pm = None
        if pv.crop and p.media and p.media[0].get("kind") != "video":
            pm = crop_pixmap(p.media[0].get("path", ""), pv.crop.box)
        if pm is not None:
            self.crop_label.setPixmap(pm)
        else:
            self.crop_label.clear()
        if p.last_error and p.state != "published":
            code = f" [{html.escape(p.error_code)}]" if p.error_code else ""
            action = f"<br><b>{tr('What fixes it')}:</b> {html.escape(p.error_action)}" if p.error_action else ""
            self.error_label.setText(f"<span style='color:#b00020'>{html.escape(p.last_error)}{code}</span>{action}")
        elif p.last_error:  # published, but part of it did not go out (e.g. the first comment)
            self.error_label.setText(f"<span style='color:#b35c00'>⚠ {html.escape(p.last_error)}</span>")
        else:
            self.error_label.setText("")

    def _approval_note(self, p) -> str:
        """The reason a post's draft was approved despite error findings (recorded at approval)."""
        if not getattr(p, "draft_version_id", None):
            return ""
        try:
            from studio.services.drafts import approval_override

            ov = approval_override(self.ctx.db, p.draft_version_id)
        except Exception:  # noqa: BLE001 - a note must never break the preview
            return ""
        if not ov:
            return ""
        n = len(ov.get("errors") or [])
        return (f"<p style='color:#b00020'>{html.escape(tr('Approved despite {n} error finding(s)').format(n=n))}"
                f" — {html.escape(tr('reason'))}: {html.escape(str(ov.get('reason') or ''))}</p>")

    def _update_buttons(self) -> None:
        p = self._selected_post
        st = p.state if p else None
        self.move_btn.setEnabled(st in ("scheduled", "failed", "needs-attention", "cancelled"))
        self.retry_btn.setEnabled(st in ("failed", "needs-attention", "cancelled"))
        self.absent_btn.setEnabled(st == "needs-attention")
        self.cancel_btn.setEnabled(st in ("scheduled", "failed", "needs-attention"))

"""Calendar section: month / week / day views of the publishing queue (``ui/calendar/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.calendar import cells
    from ui.calendar.view import CalendarView  # imported when the section is first shown

    view = CalendarView(ctx)
    cells.install(view)  # time, channel icon and a readable (elided) title per post in each cell
    return view


def __getattr__(name: str):
    """The Calendar's names as before the move to ``ui/calendar/`` (``ui.sections.calendar.CalendarView``…)."""
    if name == "CalendarView":
        from ui.calendar.view import CalendarView

        return CalendarView
    if name in ("MIME", "CalendarModel", "PostListModel", "local", "STATE_COLOURS", "POST_STATES"):
        from ui.calendar import models

        return getattr(models, name)
    if name == "crop_pixmap":
        from ui.calendar.preview import crop_pixmap

        return crop_pixmap
    raise AttributeError(name)


SECTION = Section(id="calendar", title="Calendar", order=70, factory=_create, icon="SP_FileDialogInfoView")

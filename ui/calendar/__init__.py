"""The Calendar section (scheduled posts by month/week/day, drag to reschedule), shaped like ``ui/catalog/``."""

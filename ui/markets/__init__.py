"""The Markets section's view (``ui.sections.markets`` registers it; imported when the section is first shown)."""

"""The Home section (``ui.sections.home``): what needs you now, and the coverage matrix."""

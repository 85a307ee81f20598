"""The Content section (generate, edit, check and approve drafts), shaped like ``ui/catalog/``."""

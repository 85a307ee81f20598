"""Developer tools for localization (string extraction)."""

"""The Mockups section (place a product in a scene, true to scale, and export it), shaped like ``ui/catalog/``."""

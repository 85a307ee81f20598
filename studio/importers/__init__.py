"""Catalog importers (Qt-free): format/encoding/delimiter detection, Shopify, WooCommerce, generic
CSV/TSV/XLSX with a column mapping, JSON; HTML → text + facts; images
(formula safety of what the app writes: ``studio.csvsafe``).

The use-case API for the UI and CLI is ``studio.services.importing``.
"""

"""The Insights section (issue 20 item 3): ``view.InsightsView``; ``product_panel`` is the Catalog detail's tab."""

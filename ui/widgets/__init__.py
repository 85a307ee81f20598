"""Reusable widgets shared by sections."""

"""Moved to ``emulators.platforms.metrics``; this name is the very same module object (no second copy)."""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("emulators.platforms.metrics")

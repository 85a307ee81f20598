"""Moved to ``emulators.contracts`` (the emulators ship as a package so ``studio demo`` can start them); this name stays for
the tests that import it and is the very same module object."""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("emulators.contracts")

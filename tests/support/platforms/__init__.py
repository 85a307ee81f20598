"""The platform emulators moved to the ``emulators`` package (one emulator per platform, shared by the tests,
the benches and ``studio demo``). ``tests.support.platforms`` keeps working: this package re-exports the base
module's names, and each ``tests.support.platforms.<name>`` module is the very same object as
``emulators.platforms.<name>``."""

import emulators.platforms as _base

globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

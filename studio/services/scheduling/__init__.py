"""The publishing queue, one job a module:

- ``clock``: UTC times; what a user types, read in the machine's zone; how far ahead the queue plans;
- ``queue``: posts and their states (``scheduled → publishing → published``, ``failed``, ``needs-attention``,
  ``cancelled``) and what a person may do with them;
- ``budgets``: per-platform publishing budgets in rolling windows (platform-specs.md A);
- ``hosting``: the media a post may use, and public URLs for platforms that fetch media by URL;
- ``gate``: the one way into the queue (approved captions, the quality gate, confined media);
- ``slots``: recurring weekly slots;
- ``exchange``: CSV export/import (through the gate) and the iCalendar feed.

The worker (``studio.services.worker``) moves posts between the states. Import the module you need
(``from studio.services.scheduling import queue``); this package re-exports nothing.
"""

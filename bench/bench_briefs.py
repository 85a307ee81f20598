"""Creator briefs (issue 21): the time to build and export one brief (key facts linted sentence by sentence,
disclosure, link, PDF in the market's script + text + JSON) per market, against a baseline measured in the same
run: the livestream kit for the same product and market (build + export: run sheet HTML/PDF, overlays, QR) — the
studio's other document a person works from. The sample caption is left out of both sides' model time (the
offline writer's draft is made once before timing and reused: an approved caption / kit segment).

``python -m bench briefs`` prints, per market, the brief's median of 3 runs, the kit's, and their ratio.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

MARKETS = ("ar-SA", "ar-AE", "th-TH", "de-DE", "ja-JP", "en-US")
STORE = "https://shop.example.com"


def main(argv: list[str]) -> int:
    home = tempfile.mkdtemp(prefix="bench-briefs-")
    os.environ["STUDIO_HOME"] = home
    for key in ("STUDIO_DATABASE_URL", "STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        os.environ.pop(key, None)
    from studio.services import briefs, creators, drafts, livestream, sample
    from studio.storage.db import default_database

    db = default_database()
    sample.import_sample(db)
    creators.add_creator(db, "Bench Creator", platforms=["instagram:@bench"])
    out = Path(home) / "out"
    print(f"{'market':<7} {'brief s':>8} {'kit s':>8} {'ratio':>6}")
    ratios = []
    for market in MARKETS:
        # warm up: the caption and kit segment drafts are written once, approved, then reused while timing
        b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market=market,
                                                       creator="Bench Creator", platform="instagram", store_url=STORE),
                               record=False)
        kit_req = livestream.KitRequest(products=["ceramic-bud-vase"], market=market, total_minutes=30, store_url=STORE)
        k = livestream.build_kit(db, kit_req)
        ids = [d.id for d in drafts.list_drafts(db, market=market)]
        drafts.approve(db, ids)
        tb, tk = [], []
        for i in range(3):
            t0 = time.perf_counter()
            b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market=market,
                                                           creator="Bench Creator", platform="instagram",
                                                           store_url=STORE), record=False)
            briefs.export_brief(b, out / f"brief-{market}-{i}")
            tb.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            k = livestream.build_kit(db, kit_req)
            livestream.export(db, k, out / f"kit-{market}-{i}")
            tk.append(time.perf_counter() - t0)
        mb, mk = statistics.median(tb), statistics.median(tk)
        ratios.append(mb / mk)
        print(f"{market:<7} {mb:8.2f} {mk:8.2f} {mb / mk:6.2f}", flush=True)
    print(f"brief / kit, median over markets: {statistics.median(ratios):.2f} (load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`studio import` and `studio products` end to end (in-process CLI)."""

from __future__ import annotations

import json

from studio.cli.main import main
from studio.services.sample import sample_catalog_file
from tests.integration.catalog.catalog_files import simple_products, write_shopify


def run(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_import_dry_run_then_import_then_products(db, capsys, tmp_path):
    f = str(sample_catalog_file())
    rc, out, _ = run(capsys, "import", f, "--dry-run")
    assert rc == 0 and "Detected: format shopify" in out and "encoding utf-8" in out and "Dry run" in out
    rc, out, _ = run(capsys, "products", "--json")
    assert json.loads(out)["total"] == 0
    rc, out, _ = run(capsys, "import", f, "--json", "--currency", "EUR")
    data = json.loads(out)
    assert rc == 0 and data["created"] >= 24 and data["detected"]["format"] == "shopify" and data["error_count"] == 0
    rc, out, _ = run(capsys, "products", "--search", "merino")
    assert rc == 0 and "merino-zip-hoodie" in out and "8 var" in out
    rc, out, _ = run(capsys, "products", "show", "FJL-HOOD-MOS-L")
    assert rc == 0 and "Merino Wool Zip Hoodie" in out and "material:" in out and "[ok]" in out
    rc, out, _ = run(capsys, "products", "show", "oak-dining-table", "--json")
    prod = json.loads(out)
    assert prod["handle"] == "oak-dining-table" and any(f["key"] == "dimensions" for f in prod["facts"])
    rc, out, _ = run(capsys, "products", "set-fact", "oak-dining-table", "colour", "Natural oak")
    assert rc == 0 and "fact colour set" in out


def test_generic_mapping_and_presets(db, capsys, tmp_path):
    f = tmp_path / "list.csv"
    f.write_text("Bezeichnung,Art,Preis\nTasse,T-1,9.5\nTeller,P-1,12\n", encoding="utf-8")
    rc, out, err = run(capsys, "import", str(f), "--dry-run")  # a German header is suggested (issue 14, class 7)
    assert rc == 0 and "Bezeichnung → title" in out
    d = tmp_path / "unknown.csv"
    d.write_text("Ding,Art,Preis\nTasse,T-1,9.5\n", encoding="utf-8")
    rc, out, err = run(capsys, "import", str(d), "--dry-run")
    assert rc == 2 and "no column is mapped to title" in err and '--map "Ding=title"' in err
    rc, out, err = run(capsys, "import", str(f), "--map", "Bezeichnung=title", "--map", "Art=sku",
                       "--save-preset", "lieferant", "--json")
    assert rc == 0 and json.loads(out)["created"] == 2
    g = tmp_path / "list2.csv"
    g.write_text("Bezeichnung,Art,Preis\nSchale,S-1,7\n", encoding="utf-8")
    rc, out, err = run(capsys, "import", str(g), "--preset", "lieferant")
    assert rc == 0 and "1 created" in out and "Bezeichnung → title" in out


def test_bad_input_exits_2_with_one_line(db, capsys, tmp_path):
    rc, out, err = run(capsys, "import", str(tmp_path / "nope.csv"))
    assert rc == 2 and err.strip().count("\n") == 0 and "no such file" in err
    rc, out, err = run(capsys, "import", str(tmp_path / "nope.csv"), "--map", "broken")
    assert rc == 2 and "COLUMN=FIELD" in err
    ps = simple_products(2)
    ps[0]["variants"][0]["price"] = "cheap"
    f = write_shopify(tmp_path / "bad.csv", ps)
    rc, out, err = run(capsys, "import", str(f))
    assert rc == 2 and err.startswith("studio import: 1 error(s)") and err.strip().count("\n") == 0
    assert "bad.csv:2: column" in out  # the report names the place
    rc, out, err = run(capsys, "import", str(f), "--valid-rows-only", "--errors-csv", str(tmp_path / "e.csv"))
    assert rc == 0 and "1 created" in out and (tmp_path / "e.csv").is_file()
    rc, out, err = run(capsys, "products", "show", "missing-thing")
    assert rc == 2 and "no product with handle or SKU 'missing-thing'" in err
    rc, out, err = run(capsys, "import", str(f), "--preset", "never-saved")
    assert rc == 2 and "no mapping preset" in err


def test_demo_step_imports_sample(db, tmp_path):
    from studio.services.demo import DemoContext
    from studio.services.demo_steps import catalog as step

    ctx = DemoContext(db=db, out=tmp_path)
    details = step.run(ctx)
    assert details["products created"] >= 24 and details["errors"] == 0
    assert len(ctx.state["product_ids"]) == details["products created"]
    again = step.run(ctx)  # re-running the demo updates instead of duplicating
    assert again["products created"] == 0 and again["products updated"] == 0  # the same file changes nothing
    assert again["products unchanged"] == details["products created"]

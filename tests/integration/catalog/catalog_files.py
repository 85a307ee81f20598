"""Small catalog files for the import tests (written on the fly)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

SHOPIFY_HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
                  "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU", "Variant Grams",
                  "Variant Inventory Qty", "Variant Price", "Variant Compare At Price", "Variant Barcode",
                  "Image Src", "Image Position", "Image Alt Text", "SEO Title", "SEO Description",
                  "Variant Weight Unit", "Price / Germany", "Status"]


def shopify_rows(products: list[dict]) -> list[list[str]]:
    rows = []
    for p in products:
        for i, v in enumerate(p.get("variants", [{}])):
            r = dict.fromkeys(SHOPIFY_HEADER, "")
            r["Handle"] = p["handle"]
            if i == 0:
                r.update({"Title": p.get("title", ""), "Body (HTML)": p.get("body", ""), "Vendor": p.get("vendor", "Acme"),
                          "Type": p.get("type", ""), "Tags": p.get("tags", ""), "Published": "TRUE",
                          "Status": p.get("status", "active"), "Option1 Name": p.get("option", "")})
            r.update({"Option1 Value": v.get("opt", ""), "Variant SKU": v.get("sku", ""),
                      "Variant Price": v.get("price", "10.00"), "Variant Grams": v.get("grams", ""),
                      "Variant Weight Unit": v.get("unit", "")})
            r.update(v.get("extra", {}))
            rows.append([r[h] for h in SHOPIFY_HEADER])
        for j, img in enumerate(p.get("images", []), start=1):
            r = dict.fromkeys(SHOPIFY_HEADER, "")
            r.update({"Handle": p["handle"], "Image Src": img, "Image Position": str(j)})
            rows.append([r[h] for h in SHOPIFY_HEADER])
    return rows


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_shopify(path: Path, products: list[dict], **kw) -> Path:
    return write_csv(path, SHOPIFY_HEADER, shopify_rows(products), **kw)


def simple_products(n: int, prefix: str = "p") -> list[dict]:
    return [{"handle": f"{prefix}-{i}", "title": f"Product {i}", "option": "Size",
             "body": f"<p>Item {i}.</p><ul><li>Material: 100% cotton</li></ul>",
             "variants": [{"opt": "S", "sku": f"{prefix.upper()}{i}-S", "price": "12.50"},
                          {"opt": "M", "sku": f"{prefix.upper()}{i}-M", "price": "13.50"}]} for i in range(n)]


WOO_HEADER = ["ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
              "Description", "Tax status", "In stock?", "Stock", "Weight (kg)", "Length (cm)", "Width (cm)",
              "Height (cm)", "Sale price", "Regular price", "Categories", "Tags", "Images", "Parent",
              "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
              "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global", "Brands"]


def woo_row(**kw) -> list[str]:
    r = dict.fromkeys(WOO_HEADER, "")
    for k, v in kw.items():
        r[k.replace("_", " ")] = v
    return [r[h] for h in WOO_HEADER]

"""Shared helpers of the video tests: a product with real image files, ffprobe, frame extraction."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

FFPROBE = shutil.which("ffprobe")
FFMPEG = shutil.which("ffmpeg")

needs_ffmpeg = pytest.mark.skipif(not (FFPROBE and FFMPEG), reason="needs Debian's ffmpeg + ffprobe (apt-get install ffmpeg)")


def make_images(folder: Path, n: int = 3, size=(600, 800)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    colours = [(200, 70, 60), (60, 140, 200), (90, 170, 90), (210, 170, 40), (120, 80, 160)]
    for i in range(n):
        img = Image.new("RGB", size if i % 2 == 0 else (size[1], size[1]), (245, 245, 240))
        d = ImageDraw.Draw(img)
        w, h = img.size
        d.rounded_rectangle((w * 0.2, h * 0.2, w * 0.8, h * 0.8), radius=30, fill=colours[i % len(colours)])
        p = folder / f"product_{i}.jpg"
        img.save(p, quality=90)
        paths.append(p)
    return paths


def add_product(db, images: list[Path], handle: str = "bamboo-lamp", sku: str = "LAMP-1") -> int:
    from studio.storage import models as m

    with db.session() as s:
        p = m.Product(handle=handle, title="Bamboo Desk Lamp", vendor="Lumo", product_type="Lamp", tags=["desk"],
                      body_text="A desk lamp.")
        s.add(p)
        s.flush()
        s.add(m.Variant(product_id=p.id, sku=sku, title="Default", options={}, position=0))
        for i, img in enumerate(images):
            s.add(m.Media(product_id=p.id, src=str(img), local_path=str(img), position=i, status="ok"))
        for i, (k, v) in enumerate([("material", "bamboo"), ("color", "natural"), ("dimensions", "30 x 15 x 45 cm")]):
            s.add(m.Fact(product_id=p.id, key=k, value=v, position=i))
        s.flush()
        return p.id


def probe(path: Path) -> dict:
    out = subprocess.run([FFPROBE, "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def top_level_atoms(path: Path) -> list[str]:
    atoms = []
    with open(path, "rb") as fh:
        while True:
            head = fh.read(8)
            if len(head) < 8:
                break
            size = int.from_bytes(head[:4], "big")
            kind = head[4:8].decode("latin-1")
            if size == 1:
                size = int.from_bytes(fh.read(8), "big")
                fh.seek(size - 16, 1)
            elif size == 0:
                atoms.append(kind)
                break
            else:
                fh.seek(size - 8, 1)
            atoms.append(kind)
    return atoms


def frame_at(video: Path, t: float, out: Path) -> Image.Image:
    subprocess.run([FFMPEG, "-v", "error", "-y", "-ss", f"{t:.3f}", "-i", str(video), "-frames:v", "1", str(out)],
                   check=True)
    return Image.open(out).convert("RGB")

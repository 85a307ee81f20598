"""AR assets at true scale: glTF binary (.glb, pygltflib) and, when ``usd-core`` is installed, USDZ.

The model is a box of the product's dimensions in metres (glTF 2.0: +Y up, metres, front faces +Z):
the product photo is the texture of the front (and mirrored on the back) face, the other faces take the
product's mean colour. A flat item (height < 2 % of its footprint: a rug, a poster, a mat) is a thin card
lying on the floor with the photo on top. The base sits at y = 0 so viewers put it on the floor.
Android Scene Viewer and Shopify 3D media take .glb; Apple AR Quick Look takes .usdz
(peers.md D "AR": Shopify supports GLB/USDZ, Quick Look needs USDZ, Scene Viewer needs GLB).
"""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from studio.safepath import user_file

UNIT_TO_M = {"m": 1.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "inch": 0.0254, "\"": 0.0254, "ft": 0.3048}


class ARError(ValueError):
    pass


@dataclass(frozen=True)
class BoxSpec:
    width: float  # x, metres (the product's length across the front)
    height: float  # y
    depth: float  # z
    flat: bool


def _dims_m(dims: dict) -> tuple[float, float, float]:
    unit = str(dims.get("unit", "cm")).strip().lower()
    if unit not in UNIT_TO_M:
        raise ARError(f"unknown dimension unit {unit!r}; use one of m, cm, mm, in, ft")
    k = UNIT_TO_M[unit]
    try:
        l_, w_, h_ = (float(dims[key]) * k if dims.get(key) not in (None, "") else 0.0 for key in ("l", "w", "h"))
    except (TypeError, ValueError) as exc:
        raise ARError(f"dimension values must be numbers ({exc})") from None
    if l_ <= 0 or (w_ <= 0 and h_ <= 0):
        raise ARError("the product needs at least two positive dimensions for a true-scale model")
    return l_, w_, h_


def dims_to_box(dims: dict, photo_aspect: float | None = None) -> BoxSpec:
    """``{"l","w","h","unit"}`` (dimension fact data) → box in metres.

    The photo is taken to show the l × h face (length across, height up). When ``photo_aspect``
    (width/height of the product photo) contradicts that by more than 2× and another pair of the
    dimensions matches it within 1.35× (a power bank listed 10 × 7 × 2 cm but photographed standing),
    the box is turned so the photographed face is the front.
    """
    l_, w_, h_ = _dims_m(dims)
    flat = h_ <= 0.02 * max(l_, w_) if w_ > 0 else False
    if flat:
        return BoxSpec(l_, max(h_, 0.002), w_, True)
    width, height, depth = l_, h_, max(w_, 0.002)
    if photo_aspect and photo_aspect > 0 and w_ > 0 and h_ > 0:
        def off(a: float, b: float) -> float:
            return abs(math.log((a / b) / photo_aspect))

        if off(width, height) > math.log(2.0):
            dims3 = [l_, w_, h_]
            best = min(((dims3[i], dims3[j], dims3[3 - i - j]) for i in range(3) for j in range(3) if i != j),
                       key=lambda t: off(t[0], t[1]))
            if off(best[0], best[1]) < math.log(1.35):
                width, height, depth = best
    return BoxSpec(width, height, depth, False)


def face_size_m(dims: dict, photo_aspect: float | None = None) -> tuple[float, float, bool]:
    """(width, height, flat) of the face the product photo shows, in metres."""
    b = dims_to_box(dims, photo_aspect)
    return (b.width, b.depth, True) if b.flat else (b.width, b.height, False)


def _texture_png(img: Image.Image, max_side: int = 2048, opaque: bool = True) -> tuple[bytes, tuple[float, float, float]]:
    im = img.convert("RGBA")

    def pot(n: int) -> int:  # power-of-two sides: mipmaps work everywhere (WebGL 1 viewers too)
        return int(min(max_side, max(64, 2 ** round(math.log2(max(1, n))))))

    size = (pot(im.width), pot(im.height))
    if im.size != size:
        im = im.resize(size, Image.Resampling.LANCZOS)
    arr = np.asarray(im, np.float32)
    a = arr[..., 3:4] / 255
    mean = (arr[..., :3] * a).reshape(-1, 3).sum(0) / max(a.sum(), 1) / 255
    if opaque:
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        white.alpha_composite(im)
        im = white.convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue(), (float(mean[0]), float(mean[1]), float(mean[2]))


def _box_geometry(b: BoxSpec):
    """Two primitives: textured faces (front/back, or top for a card) and plain faces."""
    x, y, z = b.width / 2, b.height, b.depth / 2
    # each face: 4 corners (counter-clockwise seen from outside), normal, uv
    Corner = tuple[float, float, float]
    faces: dict[str, tuple[list[Corner], tuple[int, int, int]]] = {
        "front": ([(-x, 0, z), (x, 0, z), (x, y, z), (-x, y, z)], (0, 0, 1)),
        "back": ([(x, 0, -z), (-x, 0, -z), (-x, y, -z), (x, y, -z)], (0, 0, -1)),
        "right": ([(x, 0, z), (x, 0, -z), (x, y, -z), (x, y, z)], (1, 0, 0)),
        "left": ([(-x, 0, -z), (-x, 0, z), (-x, y, z), (-x, y, -z)], (-1, 0, 0)),
        "top": ([(-x, y, z), (x, y, z), (x, y, -z), (-x, y, -z)], (0, 1, 0)),
        "bottom": ([(-x, 0, -z), (x, 0, -z), (x, 0, z), (-x, 0, z)], (0, -1, 0)),
    }
    uv = [(0, 1), (1, 1), (1, 0), (0, 0)]  # glTF UV origin is top-left of the image
    textured = ("top",) if b.flat else ("front", "back")
    prims = []
    for names in (textured, tuple(n for n in faces if n not in textured)):
        pos: list[Corner] = []
        nor: list[tuple[int, int, int]] = []
        tex: list[tuple[int, int]] = []
        idx: list[int] = []
        for n in names:
            corners, normal = faces[n]
            base = len(pos)
            pos += corners
            nor += [normal] * 4
            tex += uv
            idx += [base, base + 1, base + 2, base, base + 2, base + 3]
        prims.append((np.asarray(pos, np.float32), np.asarray(nor, np.float32), np.asarray(tex, np.float32),
                      np.asarray(idx, np.uint16)))
    return prims


def write_glb(image: Image.Image, dims: dict, path: Path | str, *, name: str = "product") -> dict:
    """Write a true-scale .glb; returns {"size_m": [x, y, z], "flat": bool}."""
    import pygltflib as g

    b = dims_to_box(dims, image.width / max(1, image.height))
    png, mean = _texture_png(image, opaque=not b.flat)
    prims = _box_geometry(b)
    blob = bytearray()
    views, accessors = [], []

    def add_view(data: bytes, target: int | None) -> int:
        while len(blob) % 4:
            blob.append(0)
        views.append(g.BufferView(buffer=0, byteOffset=len(blob), byteLength=len(data), target=target))
        blob.extend(data)
        return len(views) - 1

    def add_accessor(arr: np.ndarray, kind: str, ctype: int, target: int, minmax: bool = False) -> int:
        v = add_view(arr.tobytes(), target)
        acc = g.Accessor(bufferView=v, componentType=ctype, count=len(arr), type=kind)
        if minmax:
            acc.min = [float(c) for c in arr.min(axis=0)]
            acc.max = [float(c) for c in arr.max(axis=0)]
        accessors.append(acc)
        return len(accessors) - 1

    primitives = []
    for i, (pos, nor, tex, idx) in enumerate(prims):
        a_pos = add_accessor(pos, g.VEC3, g.FLOAT, g.ARRAY_BUFFER, minmax=True)
        a_nor = add_accessor(nor, g.VEC3, g.FLOAT, g.ARRAY_BUFFER)
        a_tex = add_accessor(tex, g.VEC2, g.FLOAT, g.ARRAY_BUFFER)
        a_idx = add_accessor(idx, g.SCALAR, g.UNSIGNED_SHORT, g.ELEMENT_ARRAY_BUFFER)
        primitives.append(g.Primitive(attributes=g.Attributes(POSITION=a_pos, NORMAL=a_nor, TEXCOORD_0=a_tex),
                                      indices=a_idx, material=i))
    img_view = add_view(png, None)
    while len(blob) % 4:
        blob.append(0)
    materials = [
        g.Material(name="photo", pbrMetallicRoughness=g.PbrMetallicRoughness(
            baseColorTexture=g.TextureInfo(index=0), metallicFactor=0.0, roughnessFactor=0.8),
            alphaMode=g.MASK if b.flat else g.OPAQUE, alphaCutoff=0.5 if b.flat else None, doubleSided=b.flat),
        g.Material(name="body", pbrMetallicRoughness=g.PbrMetallicRoughness(
            baseColorFactor=[*mean, 1.0], metallicFactor=0.0, roughnessFactor=0.85)),
    ]
    gltf = g.GLTF2(
        asset=g.Asset(version="2.0", generator="Commerce Studio"),
        scene=0, scenes=[g.Scene(nodes=[0])], nodes=[g.Node(mesh=0, name=name)],
        meshes=[g.Mesh(primitives=primitives, name=name)], materials=materials,
        textures=[g.Texture(source=0, sampler=0)],
        samplers=[g.Sampler(magFilter=g.LINEAR, minFilter=g.LINEAR_MIPMAP_LINEAR, wrapS=g.CLAMP_TO_EDGE,
                            wrapT=g.CLAMP_TO_EDGE)],
        images=[g.Image(bufferView=img_view, mimeType="image/png")],
        buffers=[g.Buffer(byteLength=len(blob))], bufferViews=views, accessors=accessors,
    )
    gltf.set_binary_blob(bytes(blob))
    path = user_file(path, make_parents=True)  # inside its folder; a link there is not written through
    tmp = user_file(path.with_name(path.name + ".part"))
    gltf.save_binary(str(tmp))
    tmp.replace(path)
    return {"size_m": [b.width, b.height, b.depth], "flat": b.flat}


def glb_bounds(path: Path | str) -> tuple[list[float], list[float]]:
    """(min, max) of all POSITION accessors of a .glb, read back with pygltflib."""
    import pygltflib as g

    gl = g.GLTF2().load_binary(str(path))
    mins, maxs = [], []
    for mesh in gl.meshes:
        for p in mesh.primitives:
            acc = gl.accessors[p.attributes.POSITION]
            view = gl.bufferViews[acc.bufferView]
            data = gl.binary_blob()[view.byteOffset + (acc.byteOffset or 0):][: acc.count * 12]
            pts = np.frombuffer(data, dtype=np.float32).reshape(-1, 3)
            mins.append(pts.min(0))
            maxs.append(pts.max(0))
    return np.min(mins, 0).tolist(), np.max(maxs, 0).tolist()


def usdz_available() -> bool:
    try:
        import pxr  # noqa: F401
    except ImportError:
        return False
    return True


def write_usdz(image: Image.Image, dims: dict, path: Path | str, *, name: str = "product") -> dict:
    """Write a true-scale .usdz (Apple AR Quick Look) with usd-core (``pip install usd-core``)."""
    try:
        from pxr import Gf, Sdf, Usd, UsdGeom, UsdShade, UsdUtils, Vt
    except ImportError as exc:  # pragma: no cover - depends on the optional package
        raise ARError("USDZ needs the optional package usd-core (pip install 'commerce-studio[usdz]')") from exc
    import tempfile

    b = dims_to_box(dims, image.width / max(1, image.height))
    png, mean = _texture_png(image, max_side=1024, opaque=not b.flat)
    path = user_file(path, make_parents=True)
    with tempfile.TemporaryDirectory() as td:
        tdir = Path(td)
        (tdir / "photo.png").write_bytes(png)
        usda = tdir / "model.usdc"
        stage = Usd.Stage.CreateNew(str(usda))
        UsdGeom.SetStageUpAxis(stage, UsdGeom.Tokens.y)
        UsdGeom.SetStageMetersPerUnit(stage, 1.0)
        root = UsdGeom.Xform.Define(stage, "/Root")
        stage.SetDefaultPrim(root.GetPrim())
        mats = []
        for mname, textured in (("Photo", True), ("Body", False)):
            mat = UsdShade.Material.Define(stage, f"/Root/Materials/{mname}")
            shader = UsdShade.Shader.Define(stage, f"/Root/Materials/{mname}/Surface")
            shader.CreateIdAttr("UsdPreviewSurface")
            shader.CreateInput("roughness", Sdf.ValueTypeNames.Float).Set(0.8)
            shader.CreateInput("metallic", Sdf.ValueTypeNames.Float).Set(0.0)
            if textured:
                reader = UsdShade.Shader.Define(stage, f"/Root/Materials/{mname}/UV")
                reader.CreateIdAttr("UsdPrimvarReader_float2")
                reader.CreateInput("varname", Sdf.ValueTypeNames.Token).Set("st")
                tex = UsdShade.Shader.Define(stage, f"/Root/Materials/{mname}/Texture")
                tex.CreateIdAttr("UsdUVTexture")
                tex.CreateInput("file", Sdf.ValueTypeNames.Asset).Set("photo.png")
                tex.CreateInput("st", Sdf.ValueTypeNames.Float2).ConnectToSource(
                    reader.ConnectableAPI(), "result")
                tex.CreateInput("wrapS", Sdf.ValueTypeNames.Token).Set("clamp")
                tex.CreateInput("wrapT", Sdf.ValueTypeNames.Token).Set("clamp")
                rgb = tex.CreateOutput("rgb", Sdf.ValueTypeNames.Float3)
                shader.CreateInput("diffuseColor", Sdf.ValueTypeNames.Color3f).ConnectToSource(rgb)
            else:
                shader.CreateInput("diffuseColor", Sdf.ValueTypeNames.Color3f).Set(Gf.Vec3f(*mean))
            mat.CreateSurfaceOutput().ConnectToSource(shader.ConnectableAPI(), "surface")
            mats.append(mat)
        for i, (pos, _nor, tex, idx) in enumerate(_box_geometry(b)):
            mesh = UsdGeom.Mesh.Define(stage, f"/Root/Mesh{i}")
            mesh.CreatePointsAttr(Vt.Vec3fArray([Gf.Vec3f(*map(float, p)) for p in pos]))
            mesh.CreateFaceVertexCountsAttr([3] * (len(idx) // 3))
            mesh.CreateFaceVertexIndicesAttr([int(v) for v in idx])
            mesh.CreateSubdivisionSchemeAttr("none")
            mesh.CreateExtentAttr([Gf.Vec3f(*map(float, pos.min(0))), Gf.Vec3f(*map(float, pos.max(0)))])
            st = UsdGeom.PrimvarsAPI(mesh).CreatePrimvar("st", Sdf.ValueTypeNames.TexCoord2fArray,
                                                         UsdGeom.Tokens.vertex)
            # USD's st origin is bottom-left
            st.Set(Vt.Vec2fArray([Gf.Vec2f(float(u), 1.0 - float(v)) for u, v in tex]))
            UsdShade.MaterialBindingAPI.Apply(mesh.GetPrim()).Bind(mats[i])
        stage.GetRootLayer().Save()
        tmp = path.with_name(path.name + ".part.usdz")
        if not UsdUtils.CreateNewARKitUsdzPackage(Sdf.AssetPath(str(usda)), str(tmp)):
            raise ARError("usd-core could not package the USDZ")
        tmp.replace(path)
    return {"size_m": [b.width, b.height, b.depth], "flat": b.flat}


def glb_header_ok(path: Path | str) -> bool:
    data = Path(path).read_bytes()[:12]
    if len(data) < 12:
        return False
    magic, version, length = struct.unpack("<4sII", data)
    return magic == b"glTF" and version == 2 and length == Path(path).stat().st_size

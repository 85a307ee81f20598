"""The mockup adapter the services reach through ``studio.registry.find("mockup", "engine")``.

Qt-free; numpy + Pillow (+ pygltflib, optional usd-core). No studio.services/storage imports.
"""

from __future__ import annotations

from pathlib import Path

from generators.mockup import ar, cutout, export, geometry, scenes
from generators.mockup import compose as _compose


def builtin_scenes_dir() -> Path:
    """``assets/scenes`` of this checkout/installation (assets is a data-only package beside generators)."""
    here = Path(__file__).resolve().parents[2] / "assets" / "scenes"
    if here.is_dir():
        return here
    import assets

    return Path(next(iter(assets.__path__))) / "scenes"


class MockupEngine:
    """A thin facade: everything the service needs, by name."""

    Placement = _compose.Placement
    Scene = scenes.Scene
    TARGETS = export.TARGETS
    SOURCE_COMPOSITE = export.SOURCE_COMPOSITE
    SOURCE_COMPOSITE_AI = export.SOURCE_COMPOSITE_AI
    errors = (cutout.CutoutError, scenes.SceneError, ar.ARError, ValueError)

    builtin_scenes_dir = staticmethod(builtin_scenes_dir)
    load_scene = staticmethod(scenes.load_scene)
    load_scenes = staticmethod(scenes.load_scenes)
    scene_from_dict = staticmethod(scenes.scene_from_dict)
    photo_scene_dict = staticmethod(scenes.photo_scene_dict)
    cut_out = staticmethod(cutout.cut_out)
    compose = staticmethod(_compose.compose)
    scene_background = staticmethod(_compose.scene_background)
    photo_camera = staticmethod(_compose.photo_camera)
    plane_quad = staticmethod(_compose.plane_quad)
    fitted_quad = staticmethod(_compose.fitted_quad)
    calibrate_plane = staticmethod(geometry.calibrate_plane)
    quad_is_convex = staticmethod(geometry.quad_is_convex)
    save_image = staticmethod(export.save_image)
    to_srgb = staticmethod(export.to_srgb)
    read_xmp = staticmethod(export.read_xmp)
    digital_source_type = staticmethod(export.digital_source_type)
    fill_fraction = staticmethod(export.fill_fraction)
    write_glb = staticmethod(ar.write_glb)
    write_usdz = staticmethod(ar.write_usdz)
    usdz_available = staticmethod(ar.usdz_available)
    glb_bounds = staticmethod(ar.glb_bounds)
    dims_to_box = staticmethod(ar.dims_to_box)
    face_size_m = staticmethod(ar.face_size_m)


ADAPTER = MockupEngine()

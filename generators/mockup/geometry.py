"""Plane geometry for mockups: homographies (numpy), Pillow warp coefficients and true-scale placement.

A user photo becomes a scene by marking a plane (floor or wall) with four image points, in order
top-left, top-right, bottom-right, bottom-left of a rectangle lying on that plane, and one known length
between two image points on the same plane (an A4 sheet's 29.7 cm, a door's width).

From the four points we recover a pinhole camera (focal length from the orthogonality of the rectangle's
sides, principal point at the image centre, square pixels — the model of a phone photo), the rectangle's
aspect ratio, and with the reference length the metric scale. Then any 3-D point in plane coordinates
(metres) projects into the photo, so a product stands on the floor, or hangs on the wall, at its true size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

Point = tuple[float, float]


def solve_homography(src: np.ndarray | list, dst: np.ndarray | list) -> np.ndarray:
    """3×3 H with dst ~ H·src from ≥4 point pairs (normalised DLT, least squares via SVD)."""
    src = np.asarray(src, dtype=np.float64).reshape(-1, 2)
    dst = np.asarray(dst, dtype=np.float64).reshape(-1, 2)
    if len(src) < 4 or len(src) != len(dst):
        raise ValueError("a homography needs at least 4 matching points")

    def normaliser(p: np.ndarray) -> np.ndarray:
        c = p.mean(axis=0)
        d = np.sqrt(((p - c) ** 2).sum(axis=1)).mean()
        s = math.sqrt(2) / d if d > 1e-12 else 1.0
        return np.array([[s, 0, -s * c[0]], [0, s, -s * c[1]], [0, 0, 1]])

    ts, td = normaliser(src), normaliser(dst)
    sp = apply_homography(ts, src)
    dp = apply_homography(td, dst)
    rows = []
    for (x, y), (u, v) in zip(sp, dp, strict=True):
        rows.append([-x, -y, -1, 0, 0, 0, u * x, u * y, u])
        rows.append([0, 0, 0, -x, -y, -1, v * x, v * y, v])
    a = np.asarray(rows)
    _, sv, vt = np.linalg.svd(a)
    h = vt[-1].reshape(3, 3)
    if sv[-2] < 1e-12:
        raise ValueError("degenerate points: three of them lie on one line")
    h = np.linalg.inv(td) @ h @ ts
    return h / h[2, 2]


def apply_homography(h: np.ndarray, pts: np.ndarray | list) -> np.ndarray:
    p = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
    q = np.c_[p, np.ones(len(p))] @ np.asarray(h, dtype=np.float64).T
    return q[:, :2] / q[:, 2:3]


def pil_perspective_coeffs(h_src_to_dst: np.ndarray, offset: Point = (0.0, 0.0)) -> tuple[float, ...]:
    """Coefficients for ``Image.transform(size, PERSPECTIVE, coeffs)``: Pillow maps OUTPUT → INPUT pixels.

    ``offset`` is the top-left of the output image in destination coordinates (we warp only the bbox).
    """
    t = np.array([[1, 0, offset[0]], [0, 1, offset[1]], [0, 0, 1]], dtype=np.float64)
    inv = np.linalg.inv(np.asarray(h_src_to_dst, dtype=np.float64)) @ t
    inv = inv / inv[2, 2]
    return tuple(float(v) for v in inv.ravel()[:8])


def quad_is_convex(quad: np.ndarray | list) -> bool:
    q = np.asarray(quad, dtype=np.float64).reshape(4, 2)
    turns = []
    for i in range(4):
        a, b, c = q[i], q[(i + 1) % 4], q[(i + 2) % 4]
        u, v = b - a, c - b
        turns.append(u[0] * v[1] - u[1] * v[0])
    signs = np.asarray(turns)
    return bool(np.all(signs > 1e-9) or np.all(signs < -1e-9))


# --------------------------------------------------------------------------- camera from a marked plane


@dataclass(frozen=True)
class PlaneCamera:
    """A pinhole camera recovered from a marked rectangle, with plane coordinates in metres.

    Plane coordinates: X along the marked top edge (point 1 → 2), Y along the left edge (point 1 → 4),
    both in metres; the origin is the first marked point. ``up`` is the plane normal pointing to the
    camera side (for a floor: up; for a wall: out of the wall).
    """

    k: np.ndarray  # 3×3 intrinsics
    r: np.ndarray  # 3×3 rotation, columns r1 r2 r3 (plane X, plane Y, normal) in camera coordinates
    t: np.ndarray  # plane origin in camera coordinates
    width_m: float  # the marked rectangle's size in metres
    height_m: float
    focal_estimated: bool  # False when the quad was near-affine and a default focal length was used

    def project(self, pts3: np.ndarray | list) -> np.ndarray:
        """Project points given in plane coordinates (X, Y, Z-along-normal), metres → image pixels."""
        p = np.asarray(pts3, dtype=np.float64).reshape(-1, 3)
        cam = p @ self.r.T + self.t
        img = cam @ self.k.T
        return img[:, :2] / img[:, 2:3]

    def plane_to_image(self) -> np.ndarray:
        """Homography plane metres (X, Y) → image pixels."""
        h = self.k @ np.c_[self.r[:, 0], self.r[:, 1], self.t]
        return h / h[2, 2]

    def image_to_plane(self, pts: np.ndarray | list) -> np.ndarray:
        return apply_homography(np.linalg.inv(self.plane_to_image()), pts)

    def camera_point(self, xy: Point) -> np.ndarray:
        return self.r[:, 0] * xy[0] + self.r[:, 1] * xy[1] + self.t


def calibrate_plane(quad: list[Point] | np.ndarray, image_size: tuple[int, int], ref: tuple[Point, Point],
                    ref_length_m: float, *, default_fov_deg: float = 65.0) -> PlaneCamera:
    """Recover the camera and metric scale from a marked rectangle and one known length on its plane."""
    w, h = image_size
    q = np.asarray(quad, dtype=np.float64).reshape(4, 2)
    if not quad_is_convex(q):
        raise ValueError("the four plane points must form a convex quadrilateral, in order "
                         "top-left, top-right, bottom-right, bottom-left")
    if ref_length_m <= 0:
        raise ValueError("the reference length must be positive")
    c = np.array([w / 2.0, h / 2.0])
    unit = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=np.float64)
    h0 = solve_homography(unit, q - c)  # unit square → centred image coordinates
    h1, h2 = h0[:, 0], h0[:, 1]
    f2 = -(h1[0] * h2[0] + h1[1] * h2[1]) / (h1[2] * h2[2]) if abs(h1[2] * h2[2]) > 1e-12 else -1.0
    focal_estimated = True
    f = math.sqrt(f2) if f2 > 0 else 0.0
    # a focal length far outside what cameras have means the quad is too close to affine to tell
    if not (0.25 * max(w, h) < f < 20 * max(w, h)):
        f = (max(w, h) / 2.0) / math.tan(math.radians(default_fov_deg) / 2.0)
        focal_estimated = False
    kc = np.diag([f, f, 1.0])  # intrinsics in centred coordinates
    kinv = np.linalg.inv(kc)
    a1, a2 = kinv @ h1, kinv @ h2
    aspect = np.linalg.norm(a1) / np.linalg.norm(a2)  # width/height of the marked rectangle
    # metric scale from the reference segment (both ends on the plane)
    uv = apply_homography(np.linalg.inv(h0), np.asarray(ref, dtype=np.float64).reshape(2, 2) - c)
    d_units = float(np.hypot((uv[1, 0] - uv[0, 0]) * aspect, uv[1, 1] - uv[0, 1]))
    if d_units < 1e-9:
        raise ValueError("the two reference points coincide")
    m_per_unit = ref_length_m / d_units  # metres per unit of the rectangle's height
    width_m, height_m = aspect * m_per_unit, m_per_unit
    hm = h0 @ np.diag([1.0 / width_m, 1.0 / height_m, 1.0])  # plane metres → centred image
    b1, b2, b3 = kinv @ hm[:, 0], kinv @ hm[:, 1], kinv @ hm[:, 2]
    lam = 1.0 / math.sqrt(np.linalg.norm(b1) * np.linalg.norm(b2))
    if b3[2] * lam < 0:  # the plane must lie in front of the camera
        lam = -lam
    r1, r2, t = b1 * lam, b2 * lam, b3 * lam
    r1 /= np.linalg.norm(r1)
    r2 = r2 - r1 * float(r1 @ r2)
    r2 /= np.linalg.norm(r2)
    r3 = np.cross(r1, r2)
    if float(r3 @ t) > 0:  # the normal must point towards the camera
        r3 = -r3
    k = np.array([[f, 0, c[0]], [0, f, c[1]], [0, 0, 1.0]])
    return PlaneCamera(k=k, r=np.c_[r1, r2, r3], t=t, width_m=float(width_m), height_m=float(height_m),
                       focal_estimated=focal_estimated)


def upright_face_quad(cam: PlaneCamera, xy: Point, width_m: float, height_m: float, *,
                      kind: str = "floor", rotation_deg: float = 0.0) -> np.ndarray:
    """Image quad (TL, TR, BR, BL) of a product's front face at true size.

    ``floor``: the face stands upright on the plane at ``xy`` (bottom-centre), facing the camera.
    ``wall``: the face lies flat on the plane, centred at ``xy`` (a poster, a clock, a mirror).
    ``rotation_deg`` turns the face about the plane normal (floor) or in the plane (wall).
    """
    base = cam.camera_point(xy)
    n = cam.r[:, 2]
    if kind == "wall":
        # "up" on a wall: the in-plane direction that points up in the image (towards smaller y)
        e_x, e_y = cam.r[:, 0], cam.r[:, 1]
        p0 = cam.project([[xy[0], xy[1], 0]])[0]
        py = cam.project([[xy[0], xy[1] + 0.01, 0]])[0]
        up = -e_y if py[1] > p0[1] else e_y
        right = e_x if cam.project([[xy[0] + 0.01, xy[1], 0]])[0][0] > p0[0] else -e_x
        a = math.radians(rotation_deg)
        right, up = right * math.cos(a) + up * math.sin(a), up * math.cos(a) - right * math.sin(a)
        corners = [base - right * width_m / 2 + up * height_m / 2, base + right * width_m / 2 + up * height_m / 2,
                   base + right * width_m / 2 - up * height_m / 2, base - right * width_m / 2 - up * height_m / 2]
    else:
        up = n
        right = np.cross(base, up)  # horizontal, perpendicular to the line of sight
        right /= np.linalg.norm(right)
        a = math.radians(rotation_deg)
        fwd = np.cross(up, right)
        right = right * math.cos(a) + fwd * math.sin(a)
        corners = [base - right * width_m / 2 + up * height_m, base + right * width_m / 2 + up * height_m,
                   base + right * width_m / 2, base - right * width_m / 2]
    pts = np.asarray(corners) @ cam.k.T
    quad = pts[:, :2] / pts[:, 2:3]
    if quad[1, 0] < quad[0, 0]:  # keep TL/TR in image left-to-right order
        quad = quad[[1, 0, 3, 2]]
    return quad

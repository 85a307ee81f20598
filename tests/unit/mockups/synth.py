"""A synthetic pinhole camera looking at a floor, to test true-scale placement against ground truth."""

from __future__ import annotations

import math

import numpy as np


class SynthCamera:
    """World: X right, Y up, Z forward; floor is Y = 0. Image y grows downwards."""

    def __init__(self, size=(1600, 1200), f=1100.0, tilt_deg=25.0, yaw_deg=12.0, pos=(0.3, 1.4, -0.5)):
        self.size = size
        w, h = size
        self.k = np.array([[f, 0, w / 2], [0, f, h / 2], [0, 0, 1.0]])
        t = math.radians(tilt_deg)
        y = math.radians(yaw_deg)
        rx = np.array([[1, 0, 0], [0, math.cos(t), -math.sin(t)], [0, math.sin(t), math.cos(t)]])
        ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
        self.r = ry @ rx  # camera → world
        self.pos = np.asarray(pos, dtype=np.float64)

    def project(self, pts) -> np.ndarray:
        p = np.atleast_2d(np.asarray(pts, dtype=np.float64))
        cam = (p - self.pos) @ self.r
        cam = cam * np.array([1, -1, 1])
        q = cam @ self.k.T
        return q[:, :2] / q[:, 2:3]

    def floor_rect(self, x0=-0.8, z0=2.0, width=1.6, depth=1.2):
        """World corners of a floor rectangle, in image order TL (far-left), TR, BR (near-right), BL."""
        return np.array([[x0, 0, z0 + depth], [x0 + width, 0, z0 + depth], [x0 + width, 0, z0], [x0, 0, z0]])

    def upright_face(self, base, width, height):
        """Image quad of an upright face at world point ``base`` facing the camera."""
        base = np.asarray(base, dtype=np.float64)
        up = np.array([0, 1.0, 0])
        v = base - self.pos
        right = np.cross(up, v)
        right /= np.linalg.norm(right)
        q = self.project([base - right * width / 2 + up * height, base + right * width / 2 + up * height,
                          base + right * width / 2, base - right * width / 2])
        if q[1, 0] < q[0, 0]:
            q = q[[1, 0, 3, 2]]
        return q

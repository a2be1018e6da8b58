"""Scaling out on Ray Data (the optional `scale` extra): `lagebild ingest --engine ray`."""

from lagebild.scale.ray_runner import RayUnavailable, ray_outcomes, require_ray

__all__ = ["RayUnavailable", "ray_outcomes", "require_ray"]

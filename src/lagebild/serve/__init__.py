"""serve stage: REST API (FastAPI) and the web dashboard over a store.

    from lagebild.serve import create_app
    app = create_app("events.duckdb", token=None, allow_private_urls=False)

Needs the `serve` extra (fastapi, uvicorn); imported lazily so the core works without it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from lagebild.serve.app import create_app

        return create_app
    raise AttributeError(name)

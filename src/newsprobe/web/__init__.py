"""newsprobe's web layer (needs the ``web`` extra: fastapi, uvicorn): :func:`create_app`."""

from newsprobe.web.app import create_app

__all__ = ["create_app"]

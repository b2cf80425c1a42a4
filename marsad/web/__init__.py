"""Marsad's web app: REST API and the page, served by ``marsad serve``."""

from __future__ import annotations

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]

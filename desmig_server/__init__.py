"""Desmigratif central server: the sync hub that village laptops push to and pull from."""

from __future__ import annotations

__version__ = "0.1.0"

"""Desmigratif Desktop: offline-first case management for Desa Migran Produktif centres."""

__version__ = "0.1.0"

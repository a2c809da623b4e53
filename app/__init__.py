"""Duebook: offline-first receivables and credit control."""

__version__ = "0.1.0"

"""Routines: rows, drafts, validation, the service."""

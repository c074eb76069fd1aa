"""Backline's Qt user interface: one module per tab, models, dialogs, cues."""

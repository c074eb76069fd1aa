"""Backline's shipped data, read with importlib.resources (see core/paths.py).

A package only so that a wheel carries these files and `importlib.resources.files("resources")`
finds them the same way from a checkout and from site-packages. Nothing to import here.
"""

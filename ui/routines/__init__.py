"""The Routines tab."""

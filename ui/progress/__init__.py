"""The Progress tab."""

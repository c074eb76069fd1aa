"""The Body & plan tab."""

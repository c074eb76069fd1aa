"""The exercise library: TOML schema, seeding, queries."""

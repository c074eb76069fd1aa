"""The store: engine, pragmas, sessions, migrations, backups, settings."""

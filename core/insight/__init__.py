"""What the log says: history, trends and records, progression."""

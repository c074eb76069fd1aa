"""Body measurements and the nutrition plan."""

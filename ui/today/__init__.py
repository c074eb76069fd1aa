"""The Today tab: the whole daily program at a glance."""

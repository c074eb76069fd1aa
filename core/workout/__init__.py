"""A workout: steps, the pure player, the plan, the run that logs sets."""

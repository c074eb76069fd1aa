"""The Workout tab, its phase timer and the mini timer."""

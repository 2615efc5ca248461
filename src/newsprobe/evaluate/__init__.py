"""Scorers against human-annotated data. Each returns a plain dict; the CLI only prints it."""

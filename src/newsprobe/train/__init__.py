"""Reproducible training of the models newsprobe ships."""

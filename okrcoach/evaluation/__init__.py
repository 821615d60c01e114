"""Evaluation: how well the classifier and the rewrites do, on held-out data."""

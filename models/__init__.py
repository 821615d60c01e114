"""Trained okrcoach models, shipped as package data (built by `okrcoach train`)."""

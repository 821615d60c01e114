"""Renderers that turn verdicts into text for people (terminal now; HTML/Markdown plug in here)."""

"""Example statements bundled for the demo."""

"""The three labels okrcoach gives a statement, in the order of the model's columns."""

from __future__ import annotations

LABELS: tuple[str, ...] = ("key_result", "task", "objective")

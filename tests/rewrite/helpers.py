"""What rewrite tests share."""

import okrcoach


def top(text: str) -> str:
    """The top suggestion's text for a statement, "" when there is none."""
    got = okrcoach.classify(text).suggestions
    return got[0].text if got else ""


def suggestions(text: str) -> list[str]:
    """Every suggestion's text for a statement, best first."""
    return [s.text for s in okrcoach.classify(text).suggestions]


def metrics(text: str) -> list[str]:
    """Every suggestion's metric key for a statement, best first."""
    return [s.metric for s in okrcoach.classify(text).suggestions]

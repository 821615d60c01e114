"""A fixing verb's object names what is broken after the thing it is broken in ("the checkout bug"): the thing's
metric shows the fix, where before the bug's modifier turned every metric away."""

from .helpers import top


def test_a_bug_in_something_is_measured_by_that_thing():
    assert "checkout completion rate" in top("fix the checkout bug on mobile")


def test_only_after_a_fixing_verb():
    assert "checkout completion rate" not in top("Log every checkout bug in Jira")

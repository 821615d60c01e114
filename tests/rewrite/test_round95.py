"""Round 95 (unseen84) and what the rounds before it left: a skill the writer teaches themself is done unaided."""

from .helpers import top


def test_a_skill_taught_to_oneself_is_done_unaided_not_courses():
    got = top("Teach myself to tune the fiddle so we don't need the teacher every time lol")
    assert got.startswith("Tune the fiddle myself, with no help, 5 times in a row")

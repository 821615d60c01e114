"""What round 53's blind grades asked for, where it is general (checked on statements other than the graded ones):
"re:" says what a call is about, not more of what is called; a set of one's own translated is done when all of it
is; how fast people do something is the time it takes; a Japanese practice kept without exception (「…を徹底」) is done
every time, when nothing else measures it. Read after the round, in the output check: a skill the writer wants to
feel sure of (「料理に自信を持てる」) is the skill, not 「自信」."""

from .helpers import suggestions, top


def test_re_says_what_a_call_is_about():
    got = suggestions("call the landlord re: broken boiler")
    assert all("100% of the landlord" not in s and "Call 12" not in s for s in got)


def test_a_set_of_ones_own_translated_is_done_when_all_of_it_is():
    assert top("translate the parent letters into Arabic and Polish").startswith("Translate 100% of the parent letters")
    assert "100%" not in top("Translate short stories from Italian")


def test_how_fast_people_do_something_is_the_time_it_takes():
    got = top("Improve how fast we replace broken streetlights")
    assert got.startswith("Get the time it takes to replace broken streetlights") and "below" in got


def test_a_japanese_practice_kept_without_exception_is_done_every_time():
    assert "終礼での安全確認の実施率を100%にする" in top("毎日の終礼で安全確認を徹底")


def test_a_japanese_skill_to_feel_sure_of_is_the_skill_not_the_feeling():
    got = top("料理に自信を持てるようになる")
    assert "料理" in got and "自信の" not in got


def test_a_bug_people_keep_hitting_is_a_bug_not_a_repair():
    assert "zero new reports of it" in top("fix the calendar sync bug everyone keeps hitting")

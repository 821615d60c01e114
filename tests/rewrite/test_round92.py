"""Round 92 (unseen81): a verb with a letter left out or two swapped put right (and real words left alone), two jobs
got done, a count of our own things, a skill after 'at' that no instrument plays, others who learn, a language
learned for work held in it, posting a daily forecast, packaging waste, a pronoun that calls no topic, rebuilt things
that stay fixed, and practice for a performance with no piece named."""

import pytest

from .helpers import metrics, top


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("pratice long tones every day after school", "Practice long tones after school on 55 of the 60 school days"),
        ("Reveiw baggage mishandling reports every monday", "Review baggage mishandling reports on Mondays"),
    ],
)
def test_a_verb_with_a_letter_left_out_or_two_swapped_is_put_right(text, start):
    assert top(text).startswith(start)


@pytest.mark.parametrize(
    "text", ["Revise for the maths mock", "Closer friendships", "Identity is our strongest perimeter"]
)
def test_a_real_word_one_letter_from_a_verb_is_left_alone(text):
    said = top(text)
    assert not said.startswith(("Revive", "Close ", "Identify"))


def test_two_jobs_got_done_are_each_said_with_their_verb():
    assert "Test the compressor serviced" not in top(
        "Get the compressor serviced and the air tested before the season opens"
    )


def test_a_count_of_our_own_things_takes_of():
    assert "sell 10 of our own millefiori paperweights" in top(
        "Learn to pull cane for murrine so we can sell our own millefiori paperweights"
    )


def test_a_skill_after_at_is_no_sound_the_writer_plays():
    assert "for my at" not in top("I want to get better at picking out top notes blind")
    assert "Play 3 pieces" not in top("I want to get better at picking out top notes blind")


def test_children_who_learn_are_not_the_writers_courses():
    assert "講座" not in top("子どもたちが自然と礼儀を身につける道場")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Learn Spanish for the dive briefings, loads of our summer customers come from Spain",
            "Run the dive briefings in Spanish without a translator",
        ),
        (
            "I want to learn enough Japanese to call commands and explain the terms properly",
            "Call commands and explain the terms in Japanese without a translator",
        ),
        (
            "海外のお客様が増えてるので英語でチェックイン対応できるようになりたい",
            "今期中に英語でのチェックイン対応を実際の場面で5回行い",
        ),
    ],
)
def test_a_language_learned_for_work_is_that_work_done_in_it(text, start):
    assert top(text).startswith(start)


def test_posting_a_daily_forecast_is_a_routine_not_its_accuracy():
    assert metrics("Post the daily wind forecast in the group chat by 7am")[0] != "sales.forecast_accuracy"


@pytest.mark.parametrize("text", ["make our packaging less wasteful", "Cut down on packaging waste"])
def test_packaging_waste_is_packaging_without_plastic(text):
    assert metrics(text)[0] == "operations.recyclable_packaging_share"


def test_a_pronoun_calls_no_topic():
    assert "engineering.remote_work_security" not in metrics("どこよりも安全を大切にするダイビングショップになる")


def test_something_rebuilt_stays_fixed():
    assert "no repeat fault" in top("Rebuild the dry stone wall by the car park")


def test_a_purchase_replaced_is_no_repair():
    assert "repeat fault" not in top("Replace my 2012 MacBook")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("１２月のmini concertに向けて練習", "12月のmini concertまでに本番で演奏する曲を止まらずに最後まで通して演奏"),
        ("practise for the spring recital", "Play my recital piece all the way through"),
    ],
)
def test_practice_for_a_performance_is_its_piece_played_through(text, start):
    assert top(text).startswith(start)


def test_a_moment_of_each_day_is_kept_in_a_japanese_routine_not_made_its_deadline():
    assert top("毎朝、開店前に宙吹きの練習をする").startswith(
        "今期中に営業日60日中55日、朝の開店前に宙吹きの練習をする"
    )

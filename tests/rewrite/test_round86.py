"""Round 86 (unseen75): skills wanted done unaided, hands-on skills practised rather than taken as courses, safety
checks kept every time, nightly and weekday-morning routines, a routine 'not skipped', guests named in a reason are
served not cut, a feeling 'for' someone counted by its signs, training given to a group, people who fly asked how safe
they felt, season passes, a line chosen for a trip, a person named before 'to', a song played for someone, and
perception goals said without quotes."""

import pytest

from okrcoach.rewrite.morphology import base_of_gerund

from .helpers import metrics, top


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("tuning", "tune"), ("setting", "set"), ("opening", "open"), ("juggling", "juggle"), ("using", "use")],
)
def test_an_ing_form_gives_back_its_verb(word, lemma):
    assert base_of_gerund(word) == lemma


def test_a_skill_wanted_done_alone_is_done_unaided_in_a_row():
    assert top("Get confident rigging the top rope by myself").startswith("Rig the top rope by myself, with no help")


@pytest.mark.parametrize(
    "text",
    [
        "ロープの結び方を夏までに練習しておく",
        "YouTubeの解説動画見ながらロープワークを練習",
        "ドローンの操縦をもっと上達したい",
    ],
)
def test_a_japanese_hands_on_skill_practised_is_done_alone_not_courses(text):
    assert "一人で5回続けて" in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weigh the hawks daily and note it on the board", "on all 90 days"),
        ("Check the first aid kits at the crag weekly", "in all 13 weeks"),
        ("毎週ハーネスとカラビナを点検", "13週すべて"),
    ],
)
def test_a_safety_or_welfare_check_is_kept_every_time(text, expected):
    assert expected in top(text)


def test_a_nightly_routine_is_a_rate_but_a_nightly_thing_is_not_a_routine():
    assert "90 days" in top("Lock the boat shed and log it nightly")
    assert "days this quarter" not in top("Fix the nightly backup job that keeps timing out")


def test_a_routine_on_weekday_mornings_is_counted_over_the_working_days():
    assert "working days" in top("Practise the juggling set on weekday mornings")


def test_a_japanese_routine_not_skipped_is_done_on_the_days():
    assert "90日中75日" in top("毎晩のストレッチ、サボらない！")


def test_guests_named_in_a_reason_are_not_cut():
    assert "減" not in top("韓国語のあいさつを覚えたい（韓国からのお客さんが多いので）")


def test_a_feeling_for_someone_is_counted_by_its_signs():
    assert "ウサギのストレスサインが見られた日数" in top("ウサギにとってストレスの少ない部屋にする")


def test_training_given_to_a_group_is_the_share_of_them_signed_off():
    assert "新人ガイドのうち" in top("新人ガイドに救急法の研修をする")


def test_people_who_fly_are_asked_how_safe_they_felt_not_flyers_printed():
    assert "who say they feel safe" in top("Make nervous balloon passengers feel totally safe up there")
    assert metrics("Make first-time flyers feel safe")[0] != "marketing.paid_acquisition_share"


def test_locals_on_season_passes_are_pass_holders():
    assert metrics("More families on season passes this winter")[0] == "hospitality.season_pass_holders"


def test_a_line_chosen_for_a_trip_is_its_ridership():
    assert metrics("Make the tram the easy choice for getting to the stadium")[0] == "city.transit_ridership"


def test_a_person_named_before_to_is_a_note_not_the_action():
    assert top("Aroha to do the emergency oxygen provider course before summer").startswith("Pass the emergency")


def test_a_song_played_for_someone_is_that_song_with_their_date():
    text = top("Play a tune for grandpa at his birthday in June")
    assert text.startswith("Play the tune for grandpa at his birthday in June")


def test_a_japanese_feeling_said_without_quotes_is_asked():
    assert "「来てよかった」" in top("雨で乗れなかったお客さんにも来てよかったと思ってもらう")


def test_a_japanese_place_clean_and_pleasant_is_asked_of_its_users():
    assert "利用者" in top("いつ来ても清潔で気持ちいいランドリーに")


def test_an_exclamation_ends_the_action():
    assert "!!" not in top("learn balloon animals this week!! kids keep asking")


# found reading thirty more of unseen75 after the round's fixes


def test_a_group_got_through_a_refresher_is_the_share_who_completed_it():
    assert "share of jump masters who have completed" in top(
        "Get the jump masters through the canyon rescue refresher by June"
    )


def test_a_japanese_course_booked_for_a_group_is_the_share_who_completed_it():
    assert "ガイドのうち" in top("ガイド向けにレスキュー講習を申し込む")


def test_a_nightly_fuel_check_is_kept_every_night():
    assert "90日間毎日" in top("毎晩、ボートの燃料チェック")


def test_ppl_in_a_reason_is_not_kept():
    assert "ppl" not in top("set up online check-in so ppl stop queuing at the desk")


def test_guests_a_task_is_for_are_still_grown():
    assert "前期比20%増" in top("海外からのお客さんを増やすため、スタッフが英語の接客研修を受ける")


def test_sparring_is_not_done_alone():
    assert "一人で" not in top("昇級審査に向けて組手を練習")

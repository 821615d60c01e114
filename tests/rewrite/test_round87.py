"""Round 87 (unseen76): checks after weather and after each outing, checks made before the day's work goes out kept
every time, shifts and hours, animals no survey can ask, a group's course, pieces readied for a performance or learned
by heart, a group set to start a course, a crash that is not an app's, a venue's injuries, teams that come to play,
what a goal is not, a skill done without someone else's help, notation, a purpose said as fewer of something, and a
one-off inspection."""

import pytest

from .helpers import metrics, top


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("大雨のあと遊歩道の手すりを点検する", "大雨の日のすべてで、その日のうちに"),
        ("台風のあとに桟橋のロープを点検する", "台風が過ぎた日のすべてで"),
        ("ツアー後に毎回ウェットスーツを点検・記録", "ツアーのすべてで、終わったあとにウェットスーツを点検・記録する"),
    ],
)
def test_a_japanese_check_after_weather_or_each_outing_is_kept_each_time(text, said):
    assert said in top(text)


@pytest.mark.parametrize(
    "text",
    [
        "weigh the ferrets every morning b4 handling sessions",
        "Check the wind speed before sending the kites up, daily",
        "Muck out the pony stables daily",
    ],
)
def test_a_check_before_the_work_goes_out_or_an_animals_care_is_kept_every_day(text):
    assert "on all 90 days" in top(text)


def test_a_personal_check_before_work_is_still_most_days():
    assert "on 75 of the 90 days" in top("Check email before work every day")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ヤギの体重を毎朝はかって記録する", "90日間毎日"),
        ("毎日閉店後にレンタル靴を数えて片付ける", "日すべてで"),
        ("ボイラーの圧力を毎時チェックして記録する", "1時間ごとに"),
    ],
)
def test_japanese_checks_of_the_working_day_and_hourly_ones(text, said):
    assert said in top(text)


def test_a_routine_kept_on_every_shift_is_the_share_of_shifts():
    assert top("Log the pool chlorine reading every shift").startswith("Log the pool chlorine reading on all shifts")
    # (the start of every shift is when it is done, not a shift counted)
    assert "start of on" not in top("Do a stretch briefing at the start of every shift")


def test_animals_are_not_surveyed_and_their_welfare_is_assessed():
    assert "アンケート" not in top("ウサギたちが安心して暮らせる牧場にする")
    assert metrics("O2 - Calmer, happier hawks")[0] == "nonprofit.animal_welfare_score"


def test_a_course_for_a_named_group_is_the_share_of_that_group():
    said = top("ドライバー向けに救急法の講習を受ける、夏のイベント前に")
    assert said.startswith("夏のイベント前に") and "ドライバーのうち" in said and "向けのうち" not in said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ふるさとを来月の発表会までに覚える", None),
        ("コンサートに向けて曲を仕上げる", "曲を止まらずに"),
    ],
)
def test_a_japanese_piece_learned_by_heart_or_finished_for_an_event_is_played_through(text, said):
    got = top(text)
    assert "演奏" in got and "オンライン講座" not in got
    assert said is None or said in got


def test_a_piece_is_by_heart_only_when_it_is_a_piece():
    assert "演奏" not in top("ダンスの振り付けを覚える")
    assert "暗譜" not in top("ギターでコードを覚えたい")
    assert "暗譜で" in top("グリーンスリーブスを発表会までに覚える")


def test_an_english_piece_readied_for_a_performance_is_played_through_by_then():
    got = top("Prepare a short piece for the Easter service at church")
    assert got.startswith("Play the short piece all the way through") and got.endswith(
        "in time for the Easter service at church"
    )
    assert top("Polish the piece for the winter concert").startswith("Play the piece")
    assert "all the way through" not in top("Finish the piece by Friday")


def test_a_group_set_to_start_a_course_is_the_share_enrolled():
    assert top("Instructors to start the canopy rescue course this spring").startswith(
        "Get the share of instructors enrolled on the canopy rescue course"
    )


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Fewer crashes in the work zone on the bypass", "operations.work_zone_crashes"),
        ("Be the safest place in town to play paintball", "hospitality.guest_injuries"),
        ("Trams that turn up when the timetable says they will", "operations.departures_on_time"),
        ("地元のチームに愛されるグラウンドにする", "hospitality.regular_team_bookings"),
    ],
)
def test_real_metrics_for_crashes_injuries_timetables_and_teams(text, metric):
    assert metrics(text)[0] == metric


def test_teams_that_come_to_play_are_not_staff():
    assert not any(m.startswith("people.") for m in metrics("地元のチームに愛されるフィールドになる"))


def test_what_a_goal_is_not_names_no_metric():
    assert not any("homework" in m for m in metrics("Piano should feel like fun, not homework"))


def test_a_skill_done_without_someone_elses_help_says_so_once():
    got = top("Learn to shoe the ponies myself instead of always calling the farrier")
    assert "without calling the farrier, 5 times" in got and "instead of" not in got


def test_a_written_notation_is_read_at_sight():
    assert top("Learn to read drum notation instead of copying by ear").startswith("Sight-read 10 new pieces in drum")


def test_a_language_learned_for_a_named_work_is_not_said_without_twice():
    got = top("Learn French so I can guide the groups from Lyon without the translator app")
    assert got.count("without") == 1


def test_a_daily_routine_kept_at_weekends_too_counts_calendar_days():
    assert "of the 90 days" in top("practise the scales daily after school, even on weekends")


def test_a_purpose_said_as_fewer_of_something_is_that_thing_cut():
    got = top("Take the phone manner course, so we get fewer complaints about the booking line")
    assert "complaints about the booking line" in got


def test_a_one_off_inspection_fixes_what_it_finds():
    assert "faults it finds" in top("Inspect the zip line")
    assert "見つかった不具合" in top("コースの排水溝を点検する")


def test_english_safety_briefing_in_a_japanese_sentence_is_that_work_done():
    assert "実際の場面" in top("英語でsafety briefingできるようになりたい")

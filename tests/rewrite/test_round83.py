"""Round 83 (unseen72): animals answer no survey, more folk instruments, a routine after breakfast, a piece practised
to be played, a proper sound of one's own, trekking run as a business is not the writer's hiking."""

from .helpers import metrics, top


def test_animals_are_not_surveyed():
    assert "アンケート" not in top("馬たちが安心して暮らせる牧場にする")
    assert "survey" not in top("Make the farm a place where the llamas feel calm")


def test_a_folk_instrument_practised_after_breakfast_is_a_routine():
    assert "on 75 of the 90 days" in top("Practice bouzouki after breakfast")


def test_a_piece_practised_to_be_played_is_played_through():
    assert "止まらずに最後まで通して演奏" in top("発表会までに「ふるさと」を弾けるように練習する")


def test_a_proper_sound_of_ones_own_is_scored():
    assert "for a proper kantele sound" in top("Develop a proper kantele sound")


def test_trekking_run_for_others_is_not_the_writers_hiking():
    assert not any(m.startswith("health.") for m in metrics("初心者でも安心して楽しめるトレッキングツアーにする"))

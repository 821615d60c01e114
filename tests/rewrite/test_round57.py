"""What round 57's blind grades asked for, where it is general (checked on statements other than the graded ones):
a group sent or booked onto a course is measured by the share that has completed it; 「…向けに…の訓練をやりたい」 is
training a group; 'coach wants us to' is who asked, not the action; 'why so many ...' is what is looked into, not a
reason; a race's fuelling plan is followed, not approved; team calls are learned by heart."""

from .helpers import suggestions, top


def test_a_group_sent_or_booked_onto_a_course_is_the_share_that_completed_it():
    got = top("Get the kitchen staff booked on a food hygiene refresher")
    assert got.startswith("Get the share of") and "who have completed a food hygiene refresher to 100%" in got
    got = top("Send the new drivers to the defensive driving course run by the council")
    assert "who have completed the defensive driving course" in got
    got = suggestions("救命講習に新人スタッフを参加させる")
    assert any("新人スタッフのうち救命講習を修了した人の割合" in s for s in got)


def test_a_wished_training_for_a_group_is_training_the_group():
    assert any("確認テストに合格した人の割合" in s for s in suggestions("警備員向けに避難誘導の訓練をやりたい"))


def test_someone_asking_us_is_not_the_action():
    assert not top("coach wants us to learn the new scrum calls").lower().startswith("coach wants")


def test_why_so_many_is_what_is_looked_into():
    got = top("look into why so many parcels come back undelivered")
    assert "why so many parcels come back undelivered" in got


def test_a_race_fuelling_plan_is_followed_not_approved():
    got = top("Sort out my nutrition plan before the marathon")
    assert "revision" not in got and "approved" not in got


def test_a_body_of_work_moved_off_an_old_way_is_the_share_moved():
    assert top("migrate suppliers off the old paper order book").startswith("Move 100% of suppliers off the old paper")


def test_a_must_said_after_a_dash_is_an_aside():
    assert top("Log the setlist after every gig — needed for royalties!!").startswith("Log the setlist after 90% of")

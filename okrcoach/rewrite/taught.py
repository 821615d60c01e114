"""A skill learned from a person the writer names ("Learn koji making from Takeda-san this winter", 「麹づくりを杜氏から
学ぶ」): shown by practising it alongside them and once alone with their sign-off, not by online courses about it.
The pattern that finds the skill and the teacher is the language's (reading.taught_by in lang/<lang>/rewrite.toml,
groups "topic" and "teacher"); the sentence is templates.taught.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match, said_groups

__all__ = ["taught_angle", "COURSE_METRICS"]

# the learning angles a teacher in person replaces: courses taken about the skill
COURSE_METRICS = frozenset({"skills.courses_completed"})


def taught_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The skill practised with the person who teaches it, then done alone and signed off by them."""
    m = core_match(reading, book, "taught_by", "taught")
    if m is None:
        return None
    # the pattern's alternatives number their groups (「…を学びたい、親方に見てもらいながら」: topic2, teacher2;
    # 「先生にビブラートを教わる」: teacher3, topic3)
    said = said_groups(m)
    topic = said.get("topic", "").strip(" 、,")
    teacher = said.get("teacher", "").strip(" 、,")
    if not topic or not teacher:
        return None
    # 「選別のやり方を親方から教わる」: the sorting is what is done with them, not 「やり方を8回行い」
    topic = rx.sub(book.reading.get("taught_topic_lead", "$^"), "", topic) or topic  # (「来てもらって」: arranged)
    topic = rx.sub(book.reading.get("way_of_doing", "$^"), "", topic) or topic
    if rx.search(book.reading.get("way_said", "$^"), topic):  # 「ワックスの塗り方」: its practice is what is done
        topic = book.reading["way_practised"].format(topic=topic)
    return Angle(
        "learning", book.templates["taught"], "output:sessions with the teacher", {"topic": topic, "teacher": teacher}
    )

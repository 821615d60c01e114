"""A perception objective measured by the people it is for: the share who say, in a survey, what the writer wants
them to find ("Raise the share of lab members who say the lab is collaborative from 50% to 70% ...").

The question is built from the statement's own words (who is asked, what they judge, the quality); the readers
of each language are in lang/<lang>/survey.py. No question is made when the reader finds no group to ask or no
quality a person could be asked about: then other angles, or none.
"""

from __future__ import annotations

import re

from .. import rx
from .angles import Angle
from .morphology import gerund, is_plural_word
from .phrasebook import Phrasebook
from .reading import Reading
from .wholeword import find_whole

_TRUST = (
    r"(?i)\b(?:trust|confidence|faith)\s+in\b|\btrusted\s+(?!by\b)[a-z]"
    r"|\btrusts?\s+(?:for|with)\s+(?:advice|their|its|our)\b|\btrusts?\s+first\b"
)


# the items of a trust only its people can give: "they trust our regional news coverage", "we are their most
# trusted advisor on pen testing" (lang/en/survey.py writes them)
_TRUST_ITEMS = ("they trust ", "we are their most trusted ")


def asks_their_trust(angle: Angle) -> bool:
    """Whether a survey angle asks people whether they trust something or the writer."""
    return angle.words.get("item", "").lower().startswith(_TRUST_ITEMS)


def _question(reading: Reading, book: Phrasebook) -> tuple[str, str] | None:
    if not book.survey:
        return None
    if reading.lang == "ja":
        from ..lang.ja.survey import question as ja_question

        return ja_question(reading, book)
    from ..lang.en.survey import question as en_question

    return en_question(reading, book)


def _one_person(group: str, reading: Reading, book: Phrasebook) -> str:
    """The person the writer names as who is asked ("Help Maya feel at home in Lisbon"), as written; "" for a group
    ("Students look forward to ...", "Volunteers leave ...")."""
    said = group.strip()
    if reading.lang != "en" or " " in said or len(said) < 3 or said.lower() in ("you", "she", "him", "her", "them"):
        return ""  # "Build a career I actually enjoy": the writer, self-rated elsewhere; a sheet tag ("O")
    if is_plural_word(said, book):
        return ""
    m = rx.search(rf"\b({re.escape(said.capitalize())})\b", reading.core)
    return m.group(1) if m is not None else ""


def survey_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Return the survey-question angle of a perception objective, or None when it is not one; one person the
    writer names is not a share of a group but rates it in a check-in ("Maya rates feeling at home in Lisbon ...")."""
    found = _question(reading, book)
    if found is None:
        return None
    group, item = found
    if rx.search(book.reading.get("not_asked", "$^"), group):
        return None  # 「ロバたちが安心して余生を過ごせる場所」: animals answer no survey
    group = rx.sub(r"(?i)^help\s+", "", group)  # "Help Mia enjoy music": Mia is asked, not "help mia"
    person = _one_person(group, reading, book)
    they = rx.match(r"they (\w+)\b(.*)$", item)
    if person and they is not None and "one_person" in book.survey:
        doing = gerund(they.group(1), book) + they.group(2)  # "they feel at home" -> "feeling at home"
        words = {"person": person, "doing": doing}
        return Angle("survey", book.survey["one_person"], f"self-rating:{doing}", words)
    return Angle("survey", book.survey["template"], f"survey:{item}", {"group": group, "item": item})


def asks_who_holds_back(angle: Angle) -> bool:
    """Whether a Japanese survey angle asks about a place those who might hold back find easy or good (「一人客でも
    気軽に来られる店だ」「初心者でも釣れる船だ」): only they can say, before any catalog perception metric."""
    item = angle.words.get("item", "")
    return "でも" in item


def felt_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The survey angle of an objective about what its people themselves feel ("Patients leave knowing what
    happens next", "Make the cottage feel like a home"), or a quality only they can judge ("a calm, welcoming
    temple"): asked of them before any metric that is not itself a perception metric. In Japanese only trust
    (「リスナーに信頼される番組」): a clause's other qualities are as often a state the catalog measures
    (「待たされないクリニック」: waiting times)."""
    angle = survey_angle(reading, book)
    if angle is None:
        return None
    if "item" not in angle.words:  # one person's own rating of how they feel: only theirs to judge
        return angle
    if reading.lang == "ja":  # 「リスナーに信頼される番組」: trust, which only they can judge; so is a place those who
        # might hold back find easy (「一人客でも気軽に来られる店」); nothing else here
        trusted = rx.search(r"信頼され|信用され|頼られ|頼りにされ|信頼を(?:得|取り戻|集め)", reading.core)
        # (not 「夜勤でも安心して働ける病棟」: its own staff, whose turnover says it)
        # (「雨の日でも着物で街歩きしたくなるお店」: a day that might hold people back, and what they still want)
        welcoming = rx.search(
            r"でも(?:気軽に|安心して|楽しく|一人で|[^、。]{0,12}?(?:したくなる|たくなる|楽しめる))(?!働)", reading.core
        )
        known = rx.search(r"として(?:知られ|認知され|有名に)", reading.core)  # 「初心者でも釣れる船として知られる」
        return angle if trusted or welcoming or known else None
    item = angle.words["item"].lower()
    perceived = book.survey.get("perceived", ())
    felt = (
        rx.match(r"they (?:feel|leave|go home|graduate|finish|walk away|come away)\b", item) is not None
        or " feels like " in item
        # "A bar where shy people want to sing": only they can say (not "A firm where associates want to stay",
        # which its attrition says)
        or (" is a place where they " in item and not rx.search(r"where they want to (?:stay|work)$", item))
        # trust in a thing, or the writer as someone's trusted advisor, is only theirs to judge
        or (asks_their_trust(angle) and rx.search(_TRUST, reading.core))
        or any(find_whole(item, q) >= 0 for q in perceived)
    )
    return angle if felt else None

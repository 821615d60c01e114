"""A task that trains a group on something ("Train bar staff on how to talk about our beers", 「新人向けの移乗介助の
研修をやる」): it is done when the group can do it, so it is measured as the share of the group signed off on it,
not as a number of sessions held or people sent. The patterns are data in lang/<lang>/rewrite.toml ([trained]),
read through their groups: group (who is trained) and topic (what on); a session named without a topic is the share
of the group that took it ([trained] attended); a course a group is sent or booked onto (group course) the share that
has completed it ([trained] completed).
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .morphology import gerund, without_determiner
from .phrasebook import Phrasebook
from .reading import Reading, match_core, without_sentence_capital

__all__ = ["trained_angle", "animal_trained_angle"]


def trained_angle(reading: Reading, label: str, book: Phrasebook) -> Angle | None:
    """The share of the group signed off on what it is trained on, or None when the task trains no named group."""
    if label != "task" or not book.trained:
        return None
    groups = match_core(reading, book.trained.get("patterns", ()))
    if groups is not None and groups.get("person") and "person" in book.trained:  # "Send Dan on the … course"
        words = {"Person": groups["person"], "course": without_sentence_capital(groups["course"])}
        return Angle("trained", book.trained["person"], f"output:{groups['person']} signed off", words)
    if groups is None or not groups.get("group"):
        return None
    if rx.search(book.reading.get("not_asked", "$^"), groups["group"]):
        return None  # 「若い犬に伏せを教える」: animals trained are no share of staff signed off
    if reading.core.startswith(groups["group"]):  # "Coaches to start ...": the sentence's capital, not a name's
        groups = {**groups, "group": without_sentence_capital(groups["group"])}
    template = book.trained["template"]
    if groups.get("course") and "completed" in book.trained:  # "Send the engineers to the bridge inspection training"
        group = _said_group(groups["group"], book)
        # "Refresher training on wheelchair restraints for the crews": the sentence's capital, not a name's
        words = {"group": group, "course": without_sentence_capital(groups["course"])}
        if groups.get("begun") and "begun" in book.trained:  # "Coaches to start the ... course": enrolled on it
            return Angle("trained", book.trained["begun"], f"output:share of {group} enrolled", words)
        return Angle("trained", book.trained["completed"], f"output:share of {group} who completed it", words)
    public = any(w in groups["group"] for w in book.trained.get("public", ()))
    if public and not groups.get("topic"):
        return None  # 「保護者向けのセミナー」: no share of the public is reached, and nothing named to learn
    if not groups.get("topic"):  # 「民生委員向けの研修を企画」: nothing to sign off on, the share that took it
        if "attended" not in book.trained:
            return None
        template = book.trained["attended"]
    elif public and "public_template" in book.trained:
        # 「高齢者向けのスマホ教室」: people outside the workplace come as they wish, so no share of them is
        # reached; those who learned it are counted
        template = book.trained["public_template"]
    first = groups["group"].lower().split()[0] if book.lang == "ja" else ""
    if book.lang == "en":
        first = without_determiner(groups["group"], book).lower().split()[0]
    if book.lang == "en" and (first in book.trained.get("not_groups", ()) or first[:1].isdigit()):
        return None  # "Train all managers ...": a whole set, a criterion already; "the two new leads": named people
    group = _said_group(groups["group"], book)
    topic = groups.get("topic") or ""
    if groups.get("doing"):  # "train the young monks to explain the dishes": signed off on explaining them
        topic = f"{gerund(groups['doing'], book)} {topic}"
    rest = (groups.get("rest") or "").strip()  # "... the hassetsu before they ever shoot a real arrow"
    words = {"group": group, "topic": f"{topic} {rest}".strip()}
    return Angle("trained", template, f"output:share of {group} signed off", words)


def _said_group(group: str, book: Phrasebook) -> str:
    """The trained group as the rewrite names it: without its article in English, and a group said as one body with
    its article again ("the share of the sales team")."""
    # (「マーシャル向けに救命講習を受ける」: the marshals, not 「マーシャル向け」)
    said = without_determiner(group, book) if book.lang == "en" else group
    for suffix in book.trained.get("group_suffixes", ()):
        said = said.removesuffix(suffix)
    return f"the {said}" if said.split()[-1].lower() in book.trained.get("collective", ()) else said


def animal_trained_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """An animal taught a cue or a skill (reading.animal_taught: 「若い犬に遠距離での伏せを教える」, "Teach the young
    dogs a long-distance stop"): shown by how often it answers the cue, not by sessions held or people signed off
    (templates.animal_taught)."""
    handled = match_core(reading, (book.reading.get("animal_handled", "$^"),))
    if handled is not None and "animal_handled" in book.templates:  # 「子ヤギをマットの上で落ち着かせる」
        words = {"animal": handled["animal"], "skill": handled["skill"]}
        return Angle("single", book.templates["animal_handled"], "output:tries done", words)
    m = match_core(reading, (book.reading.get("animal_taught", "$^"),))
    if m is None or "animal_taught" not in book.templates:
        return None
    words = {"animal": without_sentence_capital(m["animal"]), "skill": m["skill"]}
    if m.get("to") and "animal_taught_doing" in book.templates:  # "Teach the dog to walk on a loose lead"
        return Angle("single", book.templates["animal_taught_doing"], "output:tries done", words)
    return Angle("single", book.templates["animal_taught"], "output:cues answered", words)

"""A statement that grows a group of people ("Grow our donor community", "Expand the volunteer pool", "Increase the
number of paying subscribers"): measured as the number of them against last quarter's level. The group is read from
what the verb acts on: a group noun of the phrasebook, or one said through a head that stands for the group itself
("donor community", "subscriber base"). The words are data in lang/<lang>/rewrite.toml ([grown]); a language without
that section grows no group this way (Japanese sheets name the count itself: 「会員を増やす」 calls the member count).
"""

from __future__ import annotations

from .angles import Angle
from .morphology import object_head, plural_of, without_determiner
from .phrasebook import Phrasebook, word_set
from .reading import Reading
from .wholeword import find_whole

__all__ = ["grown_group", "grown_angle", "said_by_metric"]


def grown_group(reading: Reading, book: Phrasebook) -> str:
    """The group of people the statement grows, as a plural ("our paying subscriber base" -> "paying subscribers"),
    or "" when its verb grows nothing or its object is not a group of people."""
    grown = book.grown
    said = reading.verb_text.lower() if reading.verb_text else ""
    if not grown or not reading.object or (said not in grown["verbs"] and reading.verb not in grown["verbs"]):
        return ""
    words = without_determiner(reading.object, book).lower().strip(" .").split()
    dropped = sorted(grown.get("dropped", ()), key=len, reverse=True)
    changed = True
    while changed and words:  # "a bigger donor base", "the number of new members"
        changed = False
        for d in dropped:
            n = len(d.split())
            if words[:n] == d.split():
                words = without_determiner(" ".join(words[n:]), book).lower().split()
                changed = True
                break
    if not 1 <= len(words) <= 4 or any(not w.replace("-", "").isalpha() for w in words):
        return ""
    ages = grown.get("age_groups", {})
    if len(words) == 2 and words[0] in ages and words[1].endswith(tuple(grown.get("activity_ends", ()))):
        return f"{ages[words[0]]} in {words[1]}"  # "Grow junior curling": the juniors who take part in it
    if object_head(" ".join(words), book).lower().split() != words:
        return ""  # "intros from happy customers", "kids who love being outdoors": the group is not what is grown
    groups = word_set(book, "groups")
    if len(words) >= 2 and words[-1] in grown["collective_heads"]:  # "donor community": donors; "alumni network"
        member = words[-2] if words[-2] in groups else plural_of(words[-2])
        return " ".join([*words[:-2], member]) if member in groups else ""
    return " ".join(words) if words[-1] in groups else ""


def grown_line(reading: Reading, book: Phrasebook) -> str:
    """The line of business the statement grows ("the cat grooming side of the business" -> "cat grooming", "our
    private client practice" -> "private client"), or "" when it grows none."""
    grown = book.grown
    heads = grown.get("line_heads", ())
    said = reading.verb_text.lower() if reading.verb_text else ""
    if not heads or not reading.object or (said not in grown["verbs"] and reading.verb not in grown["verbs"]):
        return ""
    words = without_determiner(reading.object, book).strip(" .").split()
    lowered = [w.lower() for w in words]
    if "of" in lowered and lowered.index("of") >= 2 and len(lowered) - lowered.index("of") <= 3:
        words, lowered = words[: lowered.index("of")], lowered[: lowered.index("of")]  # "... side of the hotel"
    for head in sorted(heads, key=len, reverse=True):
        n = len(head.split())
        line = lowered[:-n]
        if lowered[-n:] == head.split() and 1 <= len(line) <= 3 and all(w.replace("-", "").isalpha() for w in line):
            return " ".join(words[: len(line)])
    return ""


def grown_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The number of the group against last quarter's level, or the revenue of the line of business grown, or None
    when the statement grows neither."""
    group = grown_group(reading, book)
    if group:
        return Angle("own_change", book.grown["template"], f"output:number of {group}", {"group": group})
    line = grown_line(reading, book)
    if line:
        return Angle("own_change", book.grown["line_template"], f"output:{line.lower()} revenue", {"line": line})
    return None


def said_by_metric(group: str, name: str) -> bool:
    """Whether a catalog metric's name says the group itself, as a whole word ("the number of new donors" for "Grow
    our donor base" says it with a baseline and a target; "customer deposit balances" does not say customers)."""
    return find_whole(name.lower(), group.split()[-1]) >= 0

"""English reading of a perception objective as a survey question: who is asked, and what they are asked to say.

"Make our lab a more collaborative place" asks lab members whether the lab is collaborative; "promotions that
feel fair" asks employees whether promotions are fair; "where people feel heard" asks whether they feel heard.
"""

from __future__ import annotations

import re
from functools import cache

from ... import rx
from ...rewrite.morphology import plural_of
from ...rewrite.phrasebook import Phrasebook
from ...rewrite.reading import Reading

_SOFTENERS = r"(?:(?:more|less|much|really|truly|genuinely|actually|even|super|a lot|way|far)\s+)*"
_OPENERS = r"(?:make|keep|turn|become|be|build|create|get|have)"
_NOUN = r"[a-z][a-z'-]*"
_NOT_WHO = (
    r"should|will|must|can|always|all|actually|really|truly|genuinely|finally|and|where|who|whom|that|which|the|a|an"
)
_WHO = rf"(?!(?:{_NOT_WHO})\b)[a-z][a-zà-ÿ'-]*"  # a word of a group or a subject, not a modal or a determiner
_GROUP = rf"{_WHO}(?: {_WHO})?(?: (?:and|&) {_WHO}(?: {_WHO})?)?"  # "new hires", "patients and families"
# words for people at large, who name no group to ask ("Be the pawn shop people trust": its customers are asked)
_CROWD = ("people", "everyone", "everybody", "folks")
_MODALS = r"(?:\s+(?:should|will|must|can|always|all|actually|really|truly|genuinely|finally))*"
_INTENSIFIERS = r"(?:(?:totally|completely|really|fully|truly|very|so|properly)\s+)?"  # "feel totally safe": safe


@cache
def _patterns(book: Phrasebook) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The shapes a perception objective takes, each with its name, built once from the phrasebook's words."""
    s = book.survey
    words = sorted([*s["qualities"], *s["comparatives"]], key=len, reverse=True)
    quality = "|".join(re.escape(w) for w in words)
    felt = "|".join(re.escape(w) for w in sorted(s["felt"], key=len, reverse=True))
    regard = "|".join(re.escape(w) for w in sorted(s["regard"], key=len, reverse=True))
    q = rf"(?P<q>(?:{quality}))(?P<to>\s+to\s+[a-z][a-z ,'-]*?)?"
    lessened = "|".join(re.escape(w) for w in sorted(s["lessened"], key=len, reverse=True)) or "(?!)"
    relieved = "|".join(re.escape(w) for w in sorted(s["relieved"], key=len, reverse=True)) or "(?!)"
    shapes = {
        # "Be known as the agency that hits its deadlines": whether the people it serves say it does
        "known_that": r"^(?:be\s+|become\s+|get\s+)?(?:known|seen|recogni[sz]ed)\s+as\s+(?:the|a|an)\s+"
        r"(?P<subject>(?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s+(?:that|who)\s+"
        r"(?:(?:actually|really|simply|always|just|reliably)\s+)?(?P<rest>[a-z].*)$",
        # "Be known as the most sustainable distillery on the island": whether the people it serves say it is
        "known_as": r"^(?:(?:be|become|get)\s+)?(?:known|seen|recogni[sz]ed)\s+as\s+"
        r"(?P<what>the\s+(?:(?:go-to|first-choice|most\s+[a-z-]+|[a-z-]+est)\s+)"
        r"(?P<subject>[a-z'-]+(?:\s+[a-z'-]+){0,2}?)(?:\s+(?:on|in|of|for|around|across)\s+[a-z' -]+)?)$",
        # "Become the neighbourhood's go-to place for bike repair": whether those it serves say it is theirs
        "go_to": r"^(?:be|become)\s+(?:the\s+|a\s+|our\s+)?(?:(?P<whose>[a-z'-]+(?:\s+[a-z'-]+)?)(?:'s|’s)\s+)?"
        r"go-to\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s+for\s+(?P<for>[a-z' -]+?))?"
        r"(?P<where>\s+(?:in|across|around)\s+(?:the\s+|our\s+)?[a-z'-]+)?$",
        # "A PTA every family feels welcome in": the place, and every one of a group feeling so in it
        "every_felt": rf"^(?:(?:a|an|the|our)\s+)?(?P<subject>(?!(?:make|keep|build|be|become|create|get|help|let)\b)"
        rf"[a-z][a-z'-]*(?:\s+(?!where\b)[a-z][a-z'-]*)?)\s+(?:where\s+)?"
        rf"(?:every|each|all)\s+(?P<group>{_WHO}){_MODALS}\s+feels?\s+(?P<felt>{felt})(?:\s+(?:in|at|on))?$",
        # "A pool older residents feel safe and welcome in": the place, a group feeling so in it (the preposition left
        # at the end says the words before the group are the place)
        "felt_in": rf"^(?:a|an|the|our)\s+(?P<subject>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)??)\s+(?:where\s+)?"
        rf"(?P<group>{_GROUP}){_MODALS}\s+feel\s+(?P<felt>(?:{felt})(?:,?\s+and\s+(?:{felt}))?)\s+(?P<at>in|at|on)$",
        # "Make it easier for residents to deal with the council online"
        "easy_for": rf"^{_OPENERS}\s+it\s+{_SOFTENERS}(?P<q>(?:{quality}))\s+for\s+(?P<group>{_GROUP})"
        rf"\s+(?P<to>to\s+.+)$",
        # "... where people feel heard", "Customers should feel heard"
        # "Help novices feel confident speaking in rounds": who feels it, without the helping verb
        "felt": rf"^(?:.*?\b(?:where|so|so that)\s+)?(?:(?:help|let|make sure|make|get)\s+)?"
        rf"(?P<group>{_GROUP})(?:\s+who)?{_MODALS}"  # "Riders who feel safe on the road"
        rf"\s+feels?\s+{_INTENSIFIERS}(?P<felt>{felt})\b(?P<rest>.*)$",
        # "Make grieving pet owners feel cared for": a group of three words after the verb that makes them feel it
        "felt_made": rf"^(?:help|let|make sure|make|get)\s+(?P<group>{_WHO} {_WHO} {_WHO}){_MODALS}"
        rf"\s+feels?\s+{_INTENSIFIERS}(?P<felt>{felt})\b(?P<rest>.*)$",
        # "Students leave sixth form with a clear next step", "Visitors leave knowing more about ocean conservation",
        # "Clients leave feeling their pet was cared for": what they leave with, knowing or feeling, as they say it
        "left_with": rf"^(?P<group>{_GROUP}){_MODALS}\s+(?P<leave>leave|graduate|finish|go home|walk away|come away)\b"
        rf"(?P<place>(?:\s+(?!feeling\b|knowing\b|with\b|able\b|ready\b|caring\b)[a-z'-]+){{0,4}}?)\s+"
        rf"(?P<how>(?:knowing|with|able to|ready for|ready to|caring\s+more\s+about"
        rf"|feeling\s+(?:their|that|they|like))\s+[a-z].*)$",
        # "Win back residents' trust in tap water": whether they trust it
        "trust_in": r"^(?:win back|earn back|earn|build|regain|restore|rebuild|grow|strengthen|deepen|keep)\s+"
        rf"(?:the\s+)?(?P<group>{_GROUP}?)(?:'s|'|’s|’)\s+(?:trust|confidence|faith)\s+in\s+(?P<rest>[a-z].*)$",
        # "Strengthen trust in our regional news coverage": whether its people trust it
        "trust_in_thing": r"^(?:win back|earn back|earn|build|regain|restore|rebuild|grow|strengthen|deepen|keep|"
        r"increase|raise|improve)\s+(?:the\s+)?(?:public\s+)?(?:trust|confidence|faith)\s+in\s+"
        r"(?P<subject>(?:(?:our|the|my)\s+)?[a-z][a-z' -]*)$",
        # "Become the trusted advisor for regional banks on pen testing": whether they say we are
        "trusted_for": rf"^(?:be|become|stay|remain)\s+(?:the|a|an|their)\s+(?:most\s+)?trusted\s+"
        rf"(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:for|to|of)\s+(?P<group>{_GROUP})(?P<rest>\s+(?:on|in|for)\s+[a-z].*)?$",
        # "A library every neighbourhood kid wants to visit", "A greenhouse customers actually want to wander
        # through": whether they want to
        "every_regard": rf"^(?:(?:a|an|the|our)\s+)?(?P<subject>(?!(?:make|keep|build|be|become|create|get|help|let)\b)"
        rf"[a-z][a-z'-]*(?:\s+(?!(?:every|each|all|where)\b)[a-z][a-z'-]*)?)\s+(?:that\s+|(?P<where>where)\s+)?"
        rf"(?:(?:every|each|all)\s+)?(?P<group>(?:[a-z'-]+\s+)?{_WHO}){_MODALS}\s+"
        rf"(?P<regard>wants? to|would want to|loves? to|"
        rf"looks? forward to|would recommend|trusts|loves|enjoys)\b\s*(?P<rest>[a-z ]*)$",
        # "Make the cottage feel like a home from home": whether it does
        "feels_like": r"^(?:make|keep)\s+(?P<subject>(?:the|our|my)\s+[a-z][a-z' -]*?)\s+feel\s+like\s+"
        r"(?P<like>[a-z].+)$",
        # "Kids leave our clubs more confident", "Families should leave the funeral home feeling cared for"
        "left": rf"^(?P<group>{_GROUP}){_MODALS}\s+(?P<leave>leave|graduate|finish|go home|walk away|come away)\b"
        rf"(?P<place>(?:\s+(?!feeling\b|more\b|less\b)[a-z'-]+){{0,4}}?)\s+(?:feeling\s+)?{_SOFTENERS}"
        rf"(?P<felt>{felt})\b(?P<rest>.*)$",
        # "Make maths something the kids actually enjoy": what the group regards is the thing made
        "something": rf"^make\s+(?P<subject>[a-z][a-z' -]*?)\s+(?:something|somewhere|a place|a thing)\s+(?:that\s+)?"
        rf"(?:(?:the|our|their)\s+)?(?P<group>{_GROUP}){_MODALS}\s+(?P<regard>{regard})\b(?P<rest>.*)$",
        # "Build a brand that developers trust", "Be the clinic families recommend"
        "regarded": rf"^(?:build|be|become|create|make|grow\s+into)\s+"
        rf"(?P<subject>(?:a|an|the)\s+(?:{_WHO}\s+){{0,2}}?{_WHO})"
        rf"\s+(?:that\s+|which\s+)?(?:(?:the|our)\s+)?(?P<group>{_GROUP})"
        rf"(?P<where>\s+(?:in|from|across|around|on)\s+(?:the\s+|our\s+|this\s+)?[a-z'-]+)?"  # "families in the area"
        rf"{_MODALS}\s+(?P<regard>{regard})\b(?P<rest>.*)$",
        # "promotions that feel fair"
        "that_is": rf"^(?:.*?\s)?(?P<subject>{_NOUN}(?: {_NOUN})?)\s+that\s+(?:feels?|is|are|seems?)\s+"
        rf"{_SOFTENERS}{q}(?:\s+for\s+(?P<group>{_GROUP}))?$",
        # "Library: be a welcoming place for teens after school": the team is what is judged
        "we_are": rf"^(?:be|become)\s+(?:(?:a|an|the)\s+)?{_SOFTENERS}{q}\s+(?P<noun>(?:[a-z-]+\s+){{0,2}}?(?:place|"
        rf"space|team|environment|workplace|department|service|partner|home|clinic|practice|shop|store|library|hotel|"
        rf"restaurant|cafe|studio|office|firm|agency|venue|school|club|ward|centre|center|gym|bakery|salon|museum|rental|inn|"
        rf"bar|pub|garage|farm|campsite|marina|pharmacy|dojo|rink|aquarium|zoo|theatre|theater|cinema|florist|brewery|"
        rf"winery|spa|surgery|hostel|lodge|shelter|lab|desk|counter|hospital|nursery|kitchen|market|bookshop))"
        rf"(?:\s+for\s+(?P<group>{_GROUP}))?"
        rf"(?:\s+(?:after|before|during|in|at|on)\s+[a-z ]+)?$",
        # "Students look forward to science class", "Parents trust the after-school club": the group's own regard
        "regard_of": rf"^(?!{_OPENERS}\b|(?:strengthen|rebuild|restore|earn|win|gain|grow|deepen|improve|increase|keep|"
        rf"regain|boost|raise|build)\b)(?P<group>{_GROUP}){_MODALS}\s+(?P<regard>{regard})\s+(?P<rest>[a-z].*)$",
        # "Make our lab a more collaborative place (for new students)", "Keep the lab a kind place to work",
        # "Make our front desk the friendliest part of the clinic"
        "made": rf"^{_OPENERS}\s+(?P<subject>.+?)\s+(?:into\s+|feel\s+)?(?:(?:a|an|the)\s+)?{_SOFTENERS}{q}"
        rf"(?:,?\s+(?:and\s+)?{_SOFTENERS}(?P<q2>{quality}))?"
        rf"(?:\s+(?P<noun>place|space|team|environment|workplace|experience|spot|home|one|part of [a-z ]+)"
        rf"(?P<purpose>\s+to\s+[a-z]+(?: [a-z]+)?)?)?"
        rf"(?:\s+for\s+(?P<group>{_GROUP})(?:\s+(?:of|from|with)\s+(?:any|all|every)\s+[a-z]+)?)?"
        r"$",
        # "Make the first consult feel less intimidating for teenagers": asked whether it is not
        "less": rf"^(?:make|keep|get)\s+(?P<subject>.+?)\s+(?:(?:feel|seem|look)\s+)?less\s+(?P<neg>{lessened})"
        rf"(?:\s+for\s+(?P<group>{_GROUP}))?$",
        # "Reduce the isolation carers feel after a patient dies": asked whether they feel what eases it
        "relieved": rf"^(?:reduce|ease|lessen|cut|tackle|lower|end)\s+(?:the\s+)?(?P<neg>{relieved})\s+(?:that\s+)?"
        rf"(?:(?:our|the)\s+)?(?P<group>{_GROUP})\s+(?:feel|feels|experience|face)\b(?P<rest>.*)$",
        # "A more welcoming front desk", "Calmer, cleaner parks"
        "fragment": rf"^(?:(?:a|an|the)\s+)?{_SOFTENERS}{q}(?:,?\s+(?:and\s+)?{_SOFTENERS}(?P<q2>{quality}))?\s+"
        rf"(?P<subject>{_NOUN}(?: {_NOUN}){{0,2}})(?:\s+for\s+(?P<group>{_GROUP}))?$",
    }
    return tuple((name, re.compile(pattern)) for name, pattern in shapes.items())


def _plain(quality: str, book: Phrasebook) -> str:
    """The quality as a question asks it ("calmer" -> "calm", "easier to use" -> "easy to use")."""
    comparatives = book.survey["comparatives"]
    for said in sorted(comparatives, key=len, reverse=True):  # "most welcoming" before "welcoming"
        if quality == said or quality.startswith(said + " "):
            return (comparatives[said] + quality[len(said) :]).strip()
    return quality.strip()


def _the(subject: str) -> str:
    """What is judged, as the people asked would name it: "our lab" -> "the lab", "front desk" -> "the front desk"
    (a plural stays bare: "parks are clean")."""
    subject = rx.sub(r"(?i)^(?:our|my|your|their)\s+", "the ", subject.strip())
    first = subject.split()[0].lower() if subject.split() else ""
    if first in ("the", "a", "an", "this", "that", "these", "those") or _be(subject) == "are":
        return subject
    return f"the {subject}"


def _vague(subject: str) -> bool:
    """Whether what is judged is too long or names nothing a person could be asked about ("it", "things")."""
    words = subject.lower().split()
    return len(words) > 5 or " ".join(words[-1:]) in ("it", "the", "them", "us", "things", "a", "an", "this", "that")


def _be(subject: str) -> str:
    last = subject.split()[-1] if subject.split() else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return "are" if plural else "is"


def _plural(word: str) -> str:
    """A group named by one of it ("family" of "every family") as the group ("families")."""
    if word.endswith("s") or word.lower().endswith(("people", "children", "folk", "staff", "men")):
        return word  # "shy people" is a group already
    return plural_of(word)


def _group(named: str, subject: str, team: str, book: Phrasebook) -> str:
    """Who is asked: the group the writer names, else the people of what is judged, else those the team serves."""
    s = book.survey
    said = {w.lower(): w for w in named.split() if w[1:] != w[1:].lower()}  # "GPs", "NHS": kept as written
    named = named.strip().lower()
    each = rx.match(r"(?:every|each|all)\s+([a-z][a-z'-]*)$", named)
    if each is not None:  # "every volunteer": volunteers
        named = _plural(each.group(1))
    if named in s["groups"] and named not in _CROWD and not _people_word(named, book):
        # "the neighborhood looks forward to": its residents
        return str(s["groups"][named])
    doing = named.endswith("ing") and named not in s["groups"]  # "for decision making": a purpose, not people
    if named and not doing and named not in s["not_groups"] and named not in _CROWD:
        return " ".join(said.get(w, w) for w in named.split())
    groups: dict[str, str] = s["groups"]
    words = subject.lower().split()
    for n in (2, 1):
        if len(words) >= n and (key := " ".join(words[-n:])) in groups:
            return str(groups[key])
    for word in reversed(team.lower().split()):
        if word in groups:
            return str(groups[word])
    return ""


def question(reading: Reading, book: Phrasebook) -> tuple[str, str] | None:
    """Return (who is asked, what they are asked to say) for a perception objective, or None."""
    # what follows a spaced dash restates or contrasts it ("feel at home here - not like they're in an institution")
    original = rx.split(r"\s[-\u2013\u2014]{1,2}\s", reading.core.strip())[0].strip().rstrip(".!")
    # and so does what it is not, after a comma ("Parents see us as partners, not just a place to drop the kids")
    original = rx.split(r",\s+not\s+(?:just\s+|only\s+|simply\s+)?(?=[a-z])", original)[0].strip()
    if original.isupper():  # "A WARD WHERE FAMILIES FEEL INFORMED" is not shouted in the question
        original = original.lower()
    core = original.lower()
    # the writer's own household is not surveyed; "every family" and "their family heirlooms" are other people's,
    # "a trusted partner" a firm, "feel at home" a feeling
    if not book.survey or any(
        rx.search(rf"(?<!every )(?<!each )(?<!trusted )(?<!preferred )(?<!their )(?<!feel at )\b{re.escape(w)}\b", core)
        for w in book.survey["household"]
    ):
        return None
    for shape, pattern in _patterns(book):
        m = pattern.match(core)
        if m is None:
            continue
        # the writer's own casing ("their first Sunday"); lower() keeps the length of English text
        found = {
            k: (original[m.start(k) : m.end(k)] if v and len(core) == len(original) else v)
            for k, v in m.groupdict().items()
        }
        if shape == "easy_for":  # it is easy for them to do something
            item = f"it is {_plain(found['q'], book)} {found['to']}"
            return _asked(found["group"], "", reading, book, item)
        if shape == "less":  # "the first consult is not intimidating"
            subject = _the(found["subject"])
            if _vague(subject):
                return None
            item = f"{subject} {_be(subject)} not {found['neg']}"
            return _asked(found.get("group") or "", subject, reading, book, item)
        if shape == "relieved":  # "they feel supported after a patient dies"
            felt = book.survey["relieved"][found["neg"].lower()]
            return _asked(found["group"], "", reading, book, f"they feel {felt}{found['rest'].rstrip()}")
        if shape == "every_felt":  # "A PTA every family feels welcome in": they feel welcome in the PTA
            group = _plural(found["group"])
            return _asked(group, "", reading, book, f"they feel {found['felt']} in {_the(found['subject'])}")
        if shape == "go_to":  # "we are their go-to place for bike repair", asked of the people named or whose it is
            whom, noun = (found.get("for") or "").strip(), found["noun"]
            if whom and _people_word(whom, book):  # "... outing for families in the valley": the families
                return _asked(whom + (found.get("where") or ""), "", reading, book, f"we are their go-to {noun}")
            if not found.get("whose"):  # "the go-to insurer for young drivers": its own customers say nothing new
                return None
            # "the neighbourhood's go-to place for bike repair": those who live there, who could go elsewhere
            item = f"we are their go-to {noun}" + (f" for {whom}" if whom else "")
            return _asked("", found["whose"], reading, book, item)
        if shape == "known_that":  # "the agency hits its deadlines", asked of those it serves (else its customers)
            subject = found["subject"]
            item = f"the {subject} {found['rest'].rstrip()}"
            asked = _asked("", subject, reading, book, item)
            if asked is None or _staff(asked[0]):  # "the team that keeps its promises": its customers say so
                return "customers", " ".join(item.split())
            return asked
        if shape == "known_as":  # "we are the most sustainable distillery on the island", asked of its customers
            subject = found["subject"]
            item = f"we are {found['what'].rstrip()}"
            asked = _asked("", subject, reading, book, item)
            if asked is None or _staff(asked[0]):
                return "customers", " ".join(item.split())
            return asked
        if shape == "felt_in":  # "A pool older residents feel safe and welcome in": they feel so in the pool
            subject, group = found["subject"], found["group"]
            first, _, rest = group.partition(" ")
            if _names_the_place(first, rest, book):
                subject, group = f"{subject} {first}", rest  # "A coffee shop students feel at home in": the shop
            if not _people_word(group, book):
                return None  # "A place things feel calm in": no one to ask
            return _asked(group, "", reading, book, f"they feel {found['felt']} {found['at']} {_the(subject)}")
        if shape == "felt_made":  # "Make grieving pet owners feel cared for": they are asked
            return _thing_felt(found, reading, book) or _asked(
                found["group"], "", reading, book, f"they feel {found['felt']}{found['rest'].rstrip()}"
            )
        if shape == "felt":  # "Make the pantry a place where people feel welcome": the pantry's people are asked
            place = rx.match(r"(?:make|keep)\s+(.+?)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:place|space)\s+where\b", core)
            subject = place.group(1) if place is not None else ""
            item = f"they feel {found['felt']}{found['rest'].rstrip()}"
            return _thing_felt(found, reading, book) or _asked(found["group"], subject, reading, book, item)
        if shape == "left_with":  # "they leave sixth form with a clear next step"
            return _asked(found["group"], "", reading, book, f"they {found['leave']}{found['place']} {found['how']}")
        if shape == "trust_in":  # "they trust tap water"
            return _asked(found["group"], "", reading, book, f"they trust {found['rest']}")
        if shape == "trust_in_thing":  # "they trust our regional news coverage"; its readers are asked
            subject = found["subject"].strip()
            item = f"they trust {subject}"
            return _asked("", subject, reading, book, item) or ("people", item)  # the public, when none is named
        if shape == "trusted_for":  # "we are their most trusted advisor on pen testing"
            item = f"we are their most trusted {found['noun']}{(found.get('rest') or '').rstrip()}"
            return _asked(found["group"], "", reading, book, item)
        if shape == "every_regard":  # "they want to visit the library"
            regard, rest = found["regard"].lower(), found["rest"].strip()
            regard = rx.sub(r"^(want|love|look|trust|enjoy)s\b", r"\1", regard)  # "wants to" -> "want to"
            if found.get("where"):  # "A bar where shy people want to sing": the bar is where they do
                item = f"{_the(found['subject'])} is a place where they {regard} {rest}"
            elif rest:
                item = f"they {regard} {rest} {_the(found['subject'])}"
            else:
                item = f"they {regard} {_the(found['subject'])}"
            asked = _asked(_plural(found["group"]), found["subject"], reading, book, item)
            if asked is None and found["group"].lower() in _CROWD:
                # "A coworking space people want to come back to": those it serves
                return ("customers" if _business(found["subject"], book) else "visitors"), " ".join(item.split())
            return asked
        if shape == "feels_like":  # "the cottage feels like a home from home"
            subject = _the(found["subject"])
            if _vague(subject):
                return None
            return _asked("", subject, reading, book, f"{subject} feels like {found['like']}")
        if shape == "left":  # "they leave our clubs feeling confident"
            item = f"they {found['leave']}{found['place']} feeling {found['felt']}{found['rest'].rstrip()}"
            return _asked(found["group"], "", reading, book, item)
        if shape == "something":  # "they enjoy maths"
            item = f"they {found['regard'].lower()} {found['subject']}{found['rest'].rstrip()}"
            return _asked(found["group"], "", reading, book, item)
        if shape == "regard_of":  # "they look forward to science class"
            return _asked(found["group"], "", reading, book, f"they {found['regard'].lower()} {found['rest']}")
        if shape == "regarded":  # "they trust the brand"
            regard = found["regard"].lower()
            # "the neighborhood looks forward to": asked of its people, who look forward to it; a body whose people
            # are not known is not asked ("the nurse the unit trusts")
            one_body = rx.match(r"^(?:looks|loves|trusts|recommends|is)\b", regard) is not None
            if one_body and found["group"].lower() not in book.survey["groups"]:
                return None
            regard = rx.sub(r"^(look|love|trust|recommend)s\b", r"\1", rx.sub(r"^is\s+proud\b", "are proud", regard))
            regard = "would recommend" if regard == "recommend" else regard  # asked of what they would do
            regard = rx.sub(r"^know they can\s+", "can ", regard)  # "they can rely on the office", said once
            subject, group = found["subject"], found["group"]
            head, _, last = subject.rpartition(" ")
            if head and last.lower() in book.survey.get("group_adjectives", ()):
                subject, group = head, f"{last} {group}"  # "the shop local reef keepers trust": local ones trust it
            first, _, rest = group.partition(" ")
            owners = bool(rest) and _people_word(rest.split()[0], book)  # ("people" is no group word)
            if rest and first.lower() in book.survey["served_places"] and not owners:
                # (not "the dyer shop owners trust": the shop owners trust the dyer)
                # "Be the neighborhood pharmacy people trust": the pharmacy is trusted, by people, its customers
                subject, group = f"{subject} {first}", book.survey["served_places"][first.lower()]
            elif _names_the_place(first, rest, book) and not _staff(rest) and not _business(subject, book):
                # (not "the tuner concert venues trust": a tuner is whole, the concert venues trust it)
                # "Be the tree company homeowners recommend": the tree company is recommended, by homeowners
                subject, group = f"{subject} {first}", rest
            elif rest == "people" and not _people_word(first, book):
                # "Be the pawn shop people trust": the pawn shop is trusted, by the people it serves
                subject, group = f"{subject} {first}", rest
            group += found.get("where") or ""  # "families in the neighborhood"
            judged = rx.sub(r"(?i)^(?:a|an)\s+", "the ", subject)  # asked of the one they know: "the brand"
            verb, first = regard.removesuffix(" first"), regard.endswith(" first")  # "they call the grower first"
            item = f"they {verb} {_the(judged)}{' first' if first else ''}{found['rest'].rstrip()}"
            asked = _asked(group, subject, reading, book, item)  # "a city people trust": its residents
            if asked is None and group.strip().lower() == "people" and _business(subject, book):
                asked = ("customers", " ".join(item.split()))  # "Be the jeweller people trust": its customers
            if asked is not None and asked[0] in ("team members", "staff", "employees", "colleagues"):
                if group.strip().lower() == "people" and _business(subject, book):
                    return "customers", asked[1]  # "Be the tap company people book": those who book it, not its staff
                return None  # "Be the team people trust": others trust it, its own staff cannot say so
            return asked
        if shape == "we_are":  # we are the place: the team's name says who "we" are
            quality = _plain(found["q"].lower() + (found.get("to") or ""), book)
            article = "an" if quality[:1] in "aeiou" else "a"
            team = reading.team.strip()
            if team and len(team.split()) <= 3:
                item = f"the {team.lower()} is {article} {quality} {found['noun']}"
            elif found["noun"] not in ("place", "space", "environment", "workplace", "partner", "home"):
                # "the department is welcoming"; "Be the most welcoming funeral home": the funeral home is
                item = f"the {found['noun']} is {quality}"
            else:
                item = f"we are {article} {quality} {found['noun']}"
            # no team named: the people the place serves ("Be the friendliest rental on the lake": its customers)
            return _asked(found.get("group") or "", team or found["noun"], reading, book, item)
        subject = _the(found["subject"])
        if _vague(subject):
            return None
        quality = _plain(found["q"].lower() + (found.get("to") or ""), book)
        if found.get("q2"):  # "Safe, welcoming space": both
            quality += f" and {_plain(found['q2'].lower(), book)}"
        if found.get("purpose"):  # "a kind place to work" says what kind
            article = "an" if quality[:1] in "aeiou" else "a"
            quality = f"{article} {quality} {found['noun']}{found['purpose']}"
        item = f"{subject} {_be(subject)} {quality}"
        return _asked(found.get("group") or "", subject, reading, book, item)
    return None


def _thing_felt(found: dict[str, str], reading: Reading, book: Phrasebook) -> tuple[str, str] | None:
    """A thing made to feel a way ("Make crossings feel safe"): it does, asked of the people it serves
    (survey.groups); None when what feels is people."""
    said = found["group"]
    if said.lower() in _CROWD or _people_word(said, book) or not _group("", said, "", book):
        return None
    thing = _the(said)
    feel = "feel" if _be(thing) == "are" else "feels"
    return _asked("", said, reading, book, f"{thing} {feel} {found['felt']}{found['rest'].rstrip()}")


def _staff(words: str) -> bool:
    """Whether words end in a word for the people who work somewhere ("coaching staff"): its first word says whose."""
    return words.lower().split()[-1] in ("staff", "team", "employees", "colleagues", "crew", "members")


def _business(subject: str, book: Phrasebook) -> bool:
    """Whether what is trusted is a trade that serves customers ("the jeweller", "the pawn shop"), by its last word
    (survey.trades), not a person or a public body."""
    words = subject.lower().split()
    return bool(words) and words[-1] in book.survey.get("trades", ())


def _names_the_place(first: str, rest: str, book: Phrasebook) -> bool:
    """Whether the first word read into a group belongs to the place before it ("the tree company homeowners
    recommend": company), not to the group ("local players", "mid-market retailers", "estate agents")."""
    return (
        bool(rest)
        and _people_word(rest, book)
        and not _people_word(first, book)
        and "-" not in first
        and first.lower() not in book.survey.get("group_adjectives", ())
        and not any(f"{first} {rest}".lower() in group for group in book.people.values())
    )


def _people_word(words: str, book: Phrasebook) -> bool:
    """Whether words name a group of people ("homeowners", "local dentists"), by the last word."""
    last = words.lower().split()[-1] if words.split() else ""
    return any(last in group for group in book.people.values())


def _asked(named: str, subject: str, reading: Reading, book: Phrasebook, item: str) -> tuple[str, str] | None:
    if named.strip().lower() in book.survey["unaskable"]:
        return None  # "a calmer place for the dogs": they cannot be asked
    if named.strip().lower() in ("he", "she", "they", "i", "we", "you", "him", "her"):
        return None  # "Make kyudo something he looks forward to": one person, no survey of a group
    group = _group(named, subject, reading.team, book)
    return (group, " ".join(item.split())) if group else None

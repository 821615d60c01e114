"""English word forms a rewrite needs: the -ing form of a verb, the head of an object and whether it is plural."""

from __future__ import annotations

import re
from functools import lru_cache

from .phrasebook import Phrasebook


def gerund(verb: str, book: Phrasebook) -> str:
    """Return the -ing form of an English verb lemma ("migrate" -> "migrating", "set up" -> "setting up")."""
    if not verb:
        return ""
    head, _, rest = verb.partition(" ")
    if head in book.reading["double_final"]:
        form = head + head[-1] + "ing"
    elif head.endswith("ie"):
        form = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        form = head[:-1] + "ing"
    else:
        form = head + "ing"
    return f"{form} {rest}".strip()


_VOWELS = "aeiou"


def base_of_gerund(word: str) -> str:
    """Return the lemma of a regular English -ing form ("tuning" -> "tune", "setting" -> "set", "opening" -> "open",
    "juggling" -> "juggle"); a word that is not an -ing form is returned as it is."""
    if not word.endswith("ing") or len(word) < 5:
        return word
    stem = word[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" + _VOWELS:
        return stem[:-1]  # "setting", "planning"
    if stem.endswith(("v", "c", "z", "dg", "u")) or (stem[-1] == "l" and stem[-2] not in _VOWELS + "l"):
        return stem + "e"  # "serving", "dancing", "juggling", "cataloguing"
    groups = sum(1 for i, c in enumerate(stem) if c in _VOWELS and (i == 0 or stem[i - 1] not in _VOWELS))
    one_short_vowel = (
        stem[-1] not in _VOWELS + "wxy" and stem[-2] in _VOWELS and (len(stem) == 2 or stem[-3] not in _VOWELS)
    )
    if groups == 1 and one_short_vowel:
        return stem + "e"  # "baking", "tuning", "using" (a doubled consonant was "setting" above)
    return stem


@lru_cache(maxsize=1024)  # a statement's object is asked for its head by the reader, the matcher and the angles
def object_head(obj: str, book: Phrasebook) -> str:
    """Return the words of an object before its first preposition ("case studies about X" -> "case studies")."""
    ends = set(book.reading["head_end"])
    measures = set(book.reading["measure_nouns"])
    participles = set(book.reading.get("head_participles", ()))
    out: list[str] = []
    for word in obj.split():
        low = word.lower()
        # "quotes sent last month", "invoices raised in May": a participle after a plural says which of them
        if out and len(out) < len(obj.split()) and (low in participles or (low.endswith("ed") and len(low) > 4)):
            if is_plural_word(out[-1], book):
                break
        if low in ends and out:
            if word.lower() == "of" and out[-1].lower() in measures:
                out = []  # "the number of volunteers": the head is what is counted
                continue
            break
        out.append(word)
    return " ".join(out).strip(" ,.;:")


def measure_lead(obj: str, book: Phrasebook) -> str:
    """The measure noun an English object opens with before "of" ("reliability" of "reliability of the payments
    API", "number" of "the number of volunteers"), lower case; "" when there is none."""
    words = without_determiner(obj, book).lower().split()
    if len(words) > 2 and words[1] == "of" and words[0] in book.reading["measure_nouns"]:
        return words[0]
    return ""


def plural_of(word: str) -> str:
    """The English plural of a singular noun ("donor" -> "donors", "class" -> "classes", "party" -> "parties")."""
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"  # "mes" is not "mess"
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _plural_noun(last: str, book: Phrasebook, shortest: int) -> bool:
    """Whether a lower-case word reads as a plural noun: listed as one, or ending in s (not ss, us, is, 's) and at
    least so many letters long."""
    if last in book.reading["plural"]:
        return True
    if last in book.reading["not_plural"] or not last.isascii():
        return False
    return len(last) >= shortest and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))


def is_plural_word(word: str, book: Phrasebook) -> bool:
    """True when one English word reads as a plural noun ("quotes", "invoices"; not "process" or "its")."""
    last = word.strip("'\".,;:!?()").lower()
    return (last.isalpha() or last in book.reading["plural"]) and _plural_noun(last, book, 4)


def is_plural_head(head: str, book: Phrasebook) -> bool:
    """True when a noun phrase names several countable things ("case studies", "customers", "1on1s")."""
    words = head.split()
    if not words:
        return False
    if words[0].lower() in book.reading["singular_determiners"] or any(c.isdigit() for c in words[0]):
        return False
    if any(w.lower() in book.reading["comparatives"] for w in words):
        return False  # "better relationships" asks for quality, not a number
    written = words[-1].strip("'\".,;:!?()")
    if written.isupper():
        return False  # an acronym: "NPS", "AWS"
    return _plural_noun(written.lower(), book, 3)


def without_determiner(obj: str, book: Phrasebook) -> str:
    """Return an object without its leading article or possessive ("the customers" -> "customers")."""
    first, _, rest = obj.partition(" ")
    return rest if first.lower() in book.reading["determiners"] and rest else obj


# endings a word's stem is reached by, longest first: "reproducible" and "reproducibility" share "reproduc",
# "deliveries" and "delivery" share "deliver"; agent nouns keep "-er" ("driver" is not "drive")
_DERIVED = (
    "abilities", "ibilities", "ability", "ibility", "ilities", "ility", "ations", "ation", "ments", "ment",
    "nesses", "ness", "ities", "ity", "ible", "able", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "al",
    "ive", "ion", "y", "e",
)  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem shared by a word's inflected and derived forms ("reproducible" -> "reproduc"),
    never shorter than four letters."""
    low = word.lower().strip(".,;:!?()'\"")
    for ending in _DERIVED:
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


_W_SLASH = re.compile(r"(?<![\w/])w/(?!o\b)\s*(?=\w)")
_W_O = re.compile(r"(?<![\w/])w/o\b\s*")


def with_spelled_out(text: str) -> str:
    """English text with "w/" written as "with" ("communication w/ parents" -> "communication with parents"), and
    "w/o" as "without"."""
    return _W_SLASH.sub("with ", _W_O.sub("without ", text))

"""Statement anatomy: split what a sheet holds into prefix, body and notes, and read the claimed type.

"KR 1.2: Close 10 enterprise deals (owner: Sofia)" has the prefix "KR 1.2:", the body "Close 10
enterprise deals", the note "(owner: Sofia)" and claims to be a key result. Numbers in prefixes and
notes never count as measures: the checks and the classifier read the body only, and rewrites are
built from it. The patterns are data (anatomy.toml beside this module), validated when loaded.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .. import rx
from ..errors import DataFileError
from ..normalise import normalise
from ..verdict import Anatomy

__all__ = ["Anatomy", "claim_words", "locate", "split"]

_PREFIX_KINDS = ("bracketed", "typed", "glued", "marker", "numbering", "bullet", "role")
_NOTE_KINDS = ("bracket", "status_words", "owner_dash", "owner_comma", "chatter", "mention", "arrow", "remark", "emoji")
_CLAIMS = ("key_result", "objective", "task")
_FINAL = ".。!！?？;；,、 \t\u3000"
# A note pattern can only match where one of these stands in the text: a cheap test first keeps the
# common statement (no note) from paying for every regular expression.
_NEEDS = {
    "owner_dash": (" -", "\u2013", "\u2014"),
    "owner_comma": (",", "、"),
    "chatter": ("lol", "lmao", "haha", "hehe", "pls", "plz", "tbh", "smh", "fml", "xd", "LOL"),
    "mention": ("@",),
    "remark": ("※",),
}
_ARROWS = ("=>", "->", "→", "⇒", "|")
_CLOSERS = ")]】>}"


@dataclass(frozen=True)
class _Patterns:
    prefix: re.Pattern[str]  # every kind of prefix part as one alternation; a tag's word in group tag_<kind>
    note_bracket: re.Pattern[str]
    status: re.Pattern[str]
    # owner dash, mention, remark: a match is a note; each with its kind and the strings it needs
    tails: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]
    emoji: re.Pattern[str]
    arrow: re.Pattern[str]
    claims: dict[str, str]


def _compile(source: str, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise DataFileError(f"anatomy.toml: [{name}] is not a valid pattern ({exc})") from None


@cache
def _patterns() -> _Patterns:
    raw = tomllib.loads(resources.files(__package__).joinpath("anatomy.toml").read_text("utf-8"))
    for table, keys in (("prefix", _PREFIX_KINDS), ("notes", _NOTE_KINDS), ("claims", _CLAIMS)):
        missing = [k for k in keys if k not in raw.get(table, {})]
        extra = [k for k in raw.get(table, {}) if k not in keys]
        if missing or extra:
            raise DataFileError(f"anatomy.toml: [{table}] missing {missing or 'nothing'}, unknown {extra or 'nothing'}")
    for k in _PREFIX_KINDS:
        _compile(raw["prefix"][k], f"prefix.{k}")  # each part alone first, so an error names its key
    prefix = _compile(
        "|".join(f"(?:{raw['prefix'][k].replace('(?P<tag>', f'(?P<tag_{k}>')})" for k in _PREFIX_KINDS), "prefix"
    )
    notes = raw["notes"]
    claims = {word.replace(" ", "").lower(): kind for kind in _CLAIMS for word in raw["claims"][kind]}
    return _Patterns(
        prefix=prefix,
        note_bracket=_compile(notes["bracket"] + r"\s*$", "notes.bracket"),
        status=_compile(rf"(?:{notes['status_words']})", "notes.status_words"),
        tails=tuple(
            (k, _compile(notes[k], f"notes.{k}"), _NEEDS[k])
            for k in ("owner_dash", "owner_comma", "chatter", "mention", "remark")
        ),
        emoji=_compile(notes["emoji"], "notes.emoji"),
        arrow=_compile(notes["arrow"], "notes.arrow"),
        claims=claims,
    )


def claim_words() -> frozenset[str]:
    """The tag words that claim a type ("kr", "objective", 「目標」), lower case, spaces removed."""
    return frozenset(_patterns().claims)


def _claim(tag: str) -> str | None:
    return _patterns().claims.get(rx.sub(r"\s+", "", tag).lower())


def _prefix_end(norm: str) -> tuple[int, str | None]:
    """Return where the body starts and the type claimed by the last tag of the prefix."""
    pattern = _patterns().prefix
    pos, claimed = 0, None
    while True:  # every part found moves pos on, so this ends
        while pos < len(norm) and norm[pos].isspace():
            pos += 1
        m = pattern.match(norm, pos)
        if m is None or m.end() == pos:
            break
        tag = next((v for k, v in m.groupdict().items() if v and k.startswith("tag_")), None)
        if tag:
            found = _claim(tag)
            # "O2 KR4:": the most specific tag wins (a key result inside an objective)
            if found and not (claimed == "key_result" and found == "objective"):
                claimed = found
        pos = m.end()
    while pos < len(norm) and norm[pos].isspace():
        pos += 1
    return pos, claimed


def _is_note(inner: str) -> bool:
    """True for a bracket that says who or what status, not what is measured."""
    if _patterns().status.search(inner):
        return True
    words = inner.split()
    # "(Sam)", "(Sofia, Leo)": names only, no numbers
    return 0 < len(words) <= 3 and all(rx.fullmatch(r"[A-Z][a-z]+[,.]?|&|and", w) for w in words)


def _notes_start(norm: str, start: int) -> tuple[int, list[tuple[int, int]]]:
    """Return where the notes at the end begin (the body's end) and the span of each note."""
    p = _patterns()
    end = len(norm.rstrip())
    spans: list[tuple[int, int]] = []
    while True:  # every note found moves end back, so this ends
        while end > start and norm[end - 1] in _FINAL:  # "… (owner: Sam)." ends with its note
            end -= 1
        head = norm[:end]
        last = head[-1:]
        found = None
        if last and last in _CLOSERS:
            m = p.note_bracket.search(head, start)
            if m is not None and _is_note(m.group("inner")):
                found = m.start()
        if found is None and any(a in head for a in _ARROWS):
            m = p.arrow.search(head, start)
            if m is not None and p.status.search(m.group("inner")):
                found = m.start()
        if found is None:
            for kind, tail, needs in p.tails:
                if any(n in head for n in needs):
                    m = tail.search(head, start)
                    # a name after a dash is an owner only after a sentence: "People Ops – Modernise
                    # Onboarding" is a team and its headline, "Paint the bedrooms — Dan" has an owner
                    if (
                        kind == "owner_dash"
                        and m is not None
                        and not rx.search(r"[a-z\u3040-\u9fff]", head[start : m.start()])
                    ):
                        continue
                    if m is not None and m.start() > start:
                        found = m.start()
                        break
        if found is None and last and not last.isascii() and not last.isalnum():
            m = p.emoji.search(head, start)
            if m is not None and m.start() > start:
                found = m.start()
        if found is None or found <= start:
            break
        spans.append((found, end))
        end = len(norm[:found].rstrip())
    return end, spans[::-1]


def end_notes_start(text: str) -> int:
    """Return where the owner and status notes at the end of a piece of a statement begin (its length when it ends
    with none): the piece a reader keeps before a goal link, "Set up text reminders (owner: Dev)" of "... (owner:
    Dev) for Sales KR 1.2", 「…受けられるようにする（担当：佐藤）」 of 「…（担当：佐藤）サービスKR1.2のため」."""
    norm, offsets = normalise(text)
    end, notes = _notes_start(norm, 0)
    if not notes or not any(ch.isalnum() for ch in norm[:end]):
        return len(text)
    return offsets[end - 1] + 1


@lru_cache(maxsize=32768)  # classifying, explaining and rewriting a statement each ask where its body is
def locate(norm: str) -> tuple[int, int, str | None, tuple[tuple[int, int], ...]]:
    """Return body start and end in a normalised statement, the claimed type and the note spans.

    A tag with nothing after it ("KR1:") has an empty body; otherwise the body keeps at least one
    letter or digit (notes and final punctuation are only cut where something is left).
    """
    start, claimed = _prefix_end(norm)
    if not any(ch.isalnum() for ch in norm[start:]):  # a tag alone ("KR1:"): nothing is said yet
        return start, start, claimed, ()
    end, notes = _notes_start(norm, start)
    if not any(ch.isalnum() for ch in norm[start:end]):
        end, notes = len(norm.rstrip()), []
    while end > start and norm[end - 1] in _FINAL:  # a final full stop is not part of what is said
        end -= 1
    if not any(ch.isalnum() for ch in norm[start:end]):
        end = len(norm.rstrip())
    return start, end, claimed, tuple(notes)


def split(text: str) -> Anatomy:
    """Return the anatomy of a statement: prefix, body, notes and the claimed type."""
    norm, offsets = normalise(text)
    start, end, claimed, notes = locate(norm)

    def back(i: int) -> int:
        return offsets[i] if i < len(norm) else len(text)

    o_start, o_end = back(start), (offsets[end - 1] + 1 if end > start else back(start))
    return Anatomy(
        prefix=text[:o_start].strip(),
        body=text[o_start:o_end],
        notes=tuple(text[back(s) : (offsets[e - 1] + 1 if e > s else back(s))].strip() for s, e in notes),
        claimed=claimed,
        body_start=o_start,
        body_end=o_end,
    )

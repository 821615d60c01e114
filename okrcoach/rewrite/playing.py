"""How the writer plays an instrument ("Play with a sweeter, less shrieky high register", 「ビブラートをきれいに
かけられるようになる」, "Feel at home playing in the community band"): shown by a recording a teacher scores for that
quality, by the set played through at rehearsals, by practice kept up; not online courses, not a survey of the band,
and not nothing at all, which is what the catalog found for them.

A statement is about the writer's playing when it names what playing sounds like (reading.playing_aspect, group
"quality": a register, a tone, vibrato, intonation), or an ensemble played in (reading.playing_ensemble, group
"ensemble"), or an instrument (reading.playing_instrument, group "instrument"), with a playing word
(reading.playing_cue) or words only music has (reading.playing_heard: vibrato, 音色). "Make the shop the place
ukulele players meet" names the instrument, but no one's playing.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading

__all__ = ["music_only", "playing_angles"]

_TEMPLATES = ("played_quality", "played_ensemble", "played_pieces", "played_practice")


def _found(book: Phrasebook, key: str, text: str, group: str) -> str:
    """The named group of the language's pattern reading.<key> in the text, or ""."""
    pattern = book.reading.get(key, "")
    m = rx.search(pattern, text) if pattern else None
    return m.group(group).strip(" 、,") if m is not None else ""


def _quality(found: str, book: Phrasebook) -> str:
    """The quality as the templates say it: as said when its lead-in already says whose or which
    (reading.playing_quality_kept: "a sweeter high register"), else the writer's own (reading.playing_quality_as,
    after the lead-in reading.playing_quality_dropped: "the high notes" -> "my high notes")."""
    if rx.match(book.reading.get("playing_quality_kept", "$^"), found):
        return found
    dropped = book.reading.get("playing_quality_dropped", "")
    bare = rx.sub(dropped, "", found) if dropped else found
    return book.reading.get("playing_quality_as", "{}").format(bare or found)


def music_only(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement's core names what only music has (reading.playing_heard: vibrato, the low brass
    section, 音色, 低音パート): about playing whatever else its words call."""
    return rx.search(book.reading.get("playing_heard", "$^"), reading.core) is not None


def playing_angles(reading: Reading, book: Phrasebook, statement: str) -> list[Angle]:
    """Rewrites of how the writer plays, or none when the statement is not about their playing. What it is about is
    read in the core; whether anything is played, in the whole statement ("... so I can take the solo bits", 🎵)."""
    if not all(key in book.templates for key in _TEMPLATES):
        return []
    text = reading.core.strip(" .。!！?？")
    quality = _found(book, "playing_aspect", text, "quality")
    if quality and rx.match(book.reading.get("not_playing_quality", "$^"), quality):
        return []  # "get better at picking out top notes blind": a skill after "at", no sound the writer plays
    ensemble = _found(book, "playing_ensemble", text, "ensemble")
    instrument = _found(book, "playing_instrument", text, "instrument")
    played = rx.search(book.reading.get("playing_cue", "$^"), statement) is not None
    heard = music_only(reading, book)
    if not (played or instrument or heard):
        return []  # "the tone of our emails": a tone with nothing played
    if rx.search(book.reading.get("playing_taught", "$^"), statement):
        return []  # 「吹奏楽部の顧問になったので合奏の指導法を学ぶ」: teaching others to play, not the writer's playing
    if not quality and not heard and not ((ensemble or instrument) and played):
        return []  # "Sell more ukuleles": an instrument no one plays here
    ensemble = ensemble if played or heard else ""
    quality = "" if quality and quality in ensemble else quality  # 「低音パート」 is the part played in, not a sound
    named = book.reading.get("playing_instrument_as", "{instrument}").format(instrument=instrument)
    words = {"instrument": named if instrument else book.templates.get("played_instrument_default", "")}
    out: list[Angle] = []
    if quality:
        words["quality"] = _quality(quality, book)
        out.append(Angle("learning", book.templates["played_quality"], "output:teacher's score", dict(words)))
    if ensemble:
        words["ensemble"] = ensemble
        out.append(
            Angle("learning", book.templates["played_ensemble"], "output:rehearsals played through", dict(words))
        )
    else:
        out.append(Angle("learning", book.templates["played_pieces"], "output:pieces played through", dict(words)))
    out.append(Angle("learning", book.templates["played_practice"], "output:practice days", dict(words)))
    return out

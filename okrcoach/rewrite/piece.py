"""A piece of music finished without a learning verb (「来月の発表会に向けてFly Me to the Moonを仕上げる」): the piece
kind's own rewrites (played through, a teacher's score, an audience), not online courses about it or a document
finished. The pattern that finds the piece is the language's (reading.piece_learned, group "piece"); a piece the
statement names without a music word needs a music cue in it (reading.music_cues), and an instrument or songs at
large are no piece (reading.not_pieces). English names its pieces with the piece kind's words ("learn the song for
grandma's birthday"), which the learning reader finds itself. Music played for someone ("Play for grandma at the New
Year party") is pieces played through for them (reading.played_for, templates.played_for).
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["performance_angle", "piece_angles"]


def piece_angles(reading: Reading, book: Phrasebook) -> list[Angle]:
    """The piece kind's rewrites of a piece of music the writer finishes, or none when it is not one."""
    pattern = book.reading.get("piece_learned", "")
    kind = next((k for k in book.learning_kinds if k.name == "piece"), None)
    if not pattern or kind is None:
        return []
    m = rx.search(pattern, reading.core.strip(" .。!！"))
    named = None if m is not None else rx.search(book.reading.get("piece_named", "$^"), reading.core.strip(" .!"))
    if named is not None and rx.search(book.reading.get("music_cues", "$^"), reading.body):
        m = named  # "learn Hot Cross Buns for the class concert": a title learned, with music around it
    readied = None if m is not None else rx.search(book.reading.get("piece_for_event", "$^"), reading.core.strip(" .!"))
    performed = f"{readied.group('event') or ''} {reading.deadline}" if readied is not None else ""
    if readied is not None and rx.search(book.reading.get("performance_events", "$^"), performed):
        m = readied  # "Prepare a short piece for the Diwali program": the piece readied for the performance
    practised = None if m is not None else rx.search(book.reading.get("practice_for_event", "$^"), reading.core)
    if practised is not None and "event_piece" in book.reading:
        # 「１２月のmini concertに向けて練習」: the piece for that day played through by then, not courses about it
        event = practised.group("event").strip(" 、,")
        piece = book.reading["event_piece"].format(head=event.split()[-1])  # "my recital piece"
        words = {"subject": piece, "deadline": book.reading["event_by"].format(event=event)}
        return _kind_angles(kind.templates, kind.metrics, words)
    if m is None:
        return []
    piece = m.group("piece").strip(" 、,")
    by_heart = rx.search(book.reading.get("by_heart", "$^"), reading.core) is not None
    if by_heart and rx.search(book.reading.get("not_by_heart", "$^"), piece):
        return []  # 「コードを覚えたい」「振り付けを覚える」: chords or steps learned, not a piece by heart
    the_one = book.reading.get("the_one", "{name}")
    piece = the_one.format(name=piece) if m is readied else piece  # ("Play the short piece all the way through")
    # 「発表会に向けて曲を仕上げる」: one piece, the one for the event its deadline names
    event = f"{reading.deadline} {reading.link}"  # (「コンサートに向けて」: a link)
    word = book.reading.get("piece_word", "")
    for_event = bool(word) and piece == word and rx.search(book.reading.get("music_cues", "$^"), event) is not None
    quoted = rx.search(r"[『「“][^』」”]+[』」”]", piece)
    if quoted is not None:  # 「二胡で『二泉映月』」: the title the writer quotes
        piece = quoted.group()
    else:  # 「発表会でカエルの歌」「ピアノでショパンのノクターン」: where or on what it is played goes
        piece = rx.sub(r"^[^、。]*?で", "", piece)
        # 「ギターを弾けるようになりたい」「好きな曲」: an instrument or songs at large, not one piece
        at_large = not piece or rx.search(book.reading.get("not_pieces", "$^"), piece) is not None
        if at_large and not for_event:  # (「発表会までに曲を…」: the deadline says which piece)
            return []
    titled = piece.isascii() and len(piece.split()) >= 2 and m is not named  # "Cripple Creek": a two-word title
    if not titled and not rx.search(book.reading.get("music_cues", "$^"), f"{piece} {reading.body}"):
        return []  # 「資料を仕上げる」: a document finished, not a piece played; "play Catan": a game
    words = {"subject": piece}
    if m is readied and readied.group("event") and not reading.deadline:  # "… for the Diwali program at the temple"
        words["deadline"] = book.reading.get("event_by", "{event}").format(event=readied.group("event"))
    templates = kind.templates
    for said, from_memory in book.reading.get("by_heart_said", ()) if by_heart else ():
        # 「アメイジング・グレイスを覚える」: learned by heart, so played from memory
        templates = tuple(t.replace(said, from_memory) for t in templates)
    return _kind_angles(templates, kind.metrics, words)


def _kind_angles(templates: tuple[str, ...], metrics: tuple[str, ...], words: dict[str, str]) -> list[Angle]:
    """The piece kind's rewrites, one per template, each with its own copy of the words."""
    return [Angle("learning", t, metric, dict(words)) for t, metric in zip(templates, metrics, strict=True)]


def performance_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Music played for someone ("Play for grandma at the New Year party"): pieces played through for them, not visits
    to relatives (reading.played_for, group "rest"; templates.played_for)."""
    m = core_match(reading, book, "played_for", "played_for")
    if m is None:
        return _piece_by_day(reading, book)
    words = {"rest": m.group("rest").strip()}
    piece = (m.groupdict().get("piece") or "").strip()
    one = (m.groupdict().get("one") or "").strip()
    if one:  # "Play a song for grandma": that one song, not two pieces
        piece = book.reading.get("the_one", "{name}").format(name=one.split()[-1].lower())
    if piece and "played_for_piece" in book.templates:  # "Play the Mozart Adagio for the grandchildren": that piece
        words["piece"] = piece
        return Angle("learning", book.templates["played_for_piece"], "output:run-throughs without a stop", words)
    return Angle("learning", book.templates["played_for"], "output:pieces played for them", words)


def _piece_by_day(reading: Reading, book: Phrasebook) -> Angle | None:
    """A named piece played, said with the day it is for ("Play the Mozart Adagio" in time for the grandchildren at
    Christmas): played through by then (reading.played_piece, group "piece", with a music cue; templates.played_piece).
    """
    m = core_match(reading, book, "played_piece", "played_piece") if reading.deadline else None
    if m is None or not rx.search(book.reading.get("music_cues", "$^"), reading.core):
        return None
    words = {"piece": m.group("piece").strip()}
    return Angle("learning", book.templates["played_piece"], "output:run-throughs without a stop", words)

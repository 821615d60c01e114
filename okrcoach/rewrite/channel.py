"""A task that opens a new way in for something people send or do ("Let patients book appointments online",
"Take quote requests on WhatsApp", 「内見予約をLINEで受け付けられるようにする」, 「見守り訪問の記録をタブレットで
入力できるようにする」): it is done when that way is used, so it is measured as the share of those things that
come in through it. A new way has no share today: the target alone is written, as for anything started.

The patterns and words of each language are data in lang/<lang>/rewrite.toml ([channel]); this module only
reads their groups: thing (what comes in), channel (the new way), act (what is done with it) and who.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .morphology import without_determiner
from .phrasebook import Phrasebook
from .reading import Reading, match_core

__all__ = ["channel_angle"]


def _inside(groups: dict[str, str], book: Phrasebook) -> bool:
    """Whether the new way is for the organisation's own people (records typed on a tablet, staff timesheets in
    an app), which all of them are expected to use, rather than one more way in offered to the public."""
    if groups.get("whole"):
        return True  # 「連絡をアプリに一本化する」: every one of them is to come that way (a pattern's group "whole")
    words = rx.findall(r"\w+", f"{groups.get('who', '')} {groups.get('thing', '')}".lower())
    staff = frozenset(book.channel.get("inside_words", ()))
    if not groups.get("who") and groups.get("act", "").lower() in book.channel.get("own_acts", ()):
        return True  # "Send invoices by email instead of post": the organisation sends every one of them
    if book.lang == "ja":
        return any(w in groups.get("thing", "") for w in staff) or groups.get("act", "") in staff
    return any(w in staff for w in words)


def _thing(groups: dict[str, str], book: Phrasebook) -> str:
    """What comes in, as a plural noun phrase without its article ("the quote requests" -> "quote requests",
    "booking for the courts" -> "bookings for the courts"); Japanese as written."""
    thing = groups.get("thing", "")
    if book.lang == "ja":
        return thing
    head, tail = _head_and_tail(without_determiner(thing, book))
    words = head.split()
    plural = book.channel.get("plurals", {}).get(words[-1].lower()) if words else None
    return " ".join([*words[:-1], plural] if plural else words) + tail


def _head_and_tail(thing: str) -> tuple[str, str]:
    """Split an English noun phrase before its first preposition ("requests", " at the surgery")."""
    m = rx.search(r" (?:for|at|of|in|from|to|on|with) ", thing)
    return (thing[: m.start()], thing[m.start() :]) if m else (thing, "")


def _how(groups: dict[str, str], book: Phrasebook) -> str:
    """How the things come in, in the writer's words: "booked online", 「LINEで受け付けたもの」, 「Web経由のもの」."""
    forms: dict[str, str] = book.channel.get("done_forms", {})
    channel = groups["channel"]
    act = groups.get("act", "").lower() if book.lang == "en" else groups.get("act", "")
    if book.lang == "en":
        channel = book.channel.get("adverbs", {}).get(channel.lower(), channel)
        return f"{forms.get(act, forms.get('', 'made'))} {channel}"
    done = forms.get(act)
    if done is None and len(act) >= 2 and rx.fullmatch(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+", act):
        done = act + "した"  # a verbal noun: 「入力」 -> 「入力した」; not a verb's stem (「送れる」 of 「送る」)
    return f"{channel}で{done}もの" if done else f"{channel}経由のもの"


def _is_channel(channel: str, book: Phrasebook) -> bool:
    """Whether Japanese words before 「で」 name a way in: a product or medium in Latin letters or katakana
    (「LINE」「タブレット」「Webフォーム」) or one of the language's channel words (「電話」)."""
    if rx.search(r"[A-Za-z\u30a1-\u30fa]", channel):
        return True
    return any(w in channel for w in book.channel.get("channel_words", ()))


def channel_angle(reading: Reading, label: str, book: Phrasebook) -> Angle | None:
    """The share of the things that come in through the task's new way, or None when the task opens none."""
    if label != "task" or not book.channel:
        return None
    groups = match_core(reading, book.channel.get("patterns", ()))
    if groups is None or not groups.get("thing") or not groups.get("channel"):
        return None
    if book.lang == "ja" and not _is_channel(groups["channel"], book):
        return None  # 「自分で触れるようになりたい」: a way of doing it, not a way in
    if groups.get("act", "") in book.channel.get("viewing_acts", ()):
        return None  # 「リフト待ち状況をアプリで見られるようにする」: information looked at, nothing that comes in
    thing = _thing(groups, book)
    if book.lang == "en" and not _head_and_tail(thing)[0].lower().endswith("s"):
        return None  # "Let members renew online": nothing countable named to take a share of
    target = book.channel["inside_target"] if _inside(groups, book) else book.channel["outside_target"]
    words = {"thing": thing, "how": _how(groups, book), "channel": groups["channel"]}
    return Angle(
        "channel",
        book.channel["template"],
        f"output:share of {thing} through {groups['channel']}",
        words,
        {"target": target},
    )

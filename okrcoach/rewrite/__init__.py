"""Measurable rewrites of tasks, objectives and weak key results, in the statement's own language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .engine import render, templates
from .topic import Topic

if TYPE_CHECKING:
    from ..tokens.base import TokenView
    from ..verdict import Suggestion, Verdict

__all__ = ["suggestions_for", "extract_topic", "choose_shape", "fix_names"]


def fix_names(fixes: tuple[str, ...], lang: str) -> list[str]:
    """Return what a rewrite fixed, in words of the given language ("adds a measure", 「期限を追加」)."""
    names = templates(lang).fixes
    return [names.get(f, f) for f in fixes]


def extract_topic(view: TokenView) -> Topic:
    """Return the topic of a statement (language-specific extraction)."""
    if view.lang == "ja":
        from . import ja

        return ja.extract(view)
    from . import en

    return en.extract(view)


def choose_shape(topic: Topic, label: str, lang: str, *, recurring: bool = False) -> str:
    """Return the template family that fits a topic: learning, a metric change, a perception or an output."""
    t = templates(lang)
    if topic.learning:
        return "learning"
    if recurring:
        return "recurring"
    if topic.verb in t.words["culture_verbs"]:
        return "culture"
    if topic.verb in t.words["become_verbs"]:
        return "become"
    if topic.reduce:
        return "metric_reduce"
    if topic.verb in t.words["raise_verbs"]:
        return "metric_raise"
    for family, verbs in t.families.items():  # an activity's own outputs, even when its topic names a metric
        if topic.verb in verbs:
            return family
    kind = metric_kind(topic, lang)
    if kind != "count" and topic.verb:  # a metric with no direction given: its better side decides
        down = t.metric_kinds[kind].get("down") or lower_is_better(topic, lang)
        return "metric_reduce" if down else "metric_raise"
    if label == "objective":
        return "perceived" if topic.verb else "rated"
    return "default"


def _mentions(topic: Topic, words: list[str]) -> bool:
    """True when the topic's text contains any of the words (case-insensitive, within words too)."""
    low = topic.text.lower()
    return any(w.lower() in low for w in words)


def lower_is_better(topic: Topic, lang: str) -> bool:
    """True when the topic names something that is better when lower (churn, latency, 残業)."""
    words = templates(lang).words
    return not _mentions(topic, words.get("higher_is_better", [])) and _mentions(
        topic, words.get("lower_is_better", [])
    )


def metric_kind(topic: Topic, lang: str) -> str:
    """Return what the topic measures: money, percent, time, or count when nothing more specific shows."""
    for name, kind in templates(lang).metric_kinds.items():
        if _mentions(topic, kind["words"]):
            return name
    return "count"


def _metric_values(topic: Topic, shape: str, lang: str) -> dict[str, str]:
    chosen = templates(lang).metric_kinds[metric_kind(topic, lang)]
    baseline, target = chosen["reduce" if shape == "metric_reduce" else "raise"]
    return {"baseline": baseline, "target": target}


def _fixes(verdict: Verdict, shape: str) -> tuple[str, ...]:
    fired = {c.id for c in verdict.checks if c.fired}
    fixes = ["added_measure"]
    if "wish_form" in fired:
        fixes.append("removed_wish")
    if "activity_verb" in fired or "recurring_activity" in fired:
        fixes.append("outcome_not_activity")
    if shape.startswith("metric") or "vague_verb" in fired:
        fixes.append("metric_not_direction")
    if "has_deadline" not in fired:
        fixes.append("added_deadline")
    return tuple(fixes)


def _is_level(view: TokenView) -> bool:
    """True when the measure is a level that has a value today (a rate, a score, a metric), not a count of outputs."""
    from ..lexicon import load

    low = view.norm.lower()
    return "%" in low or any(m in low for m in load(view.lang).metrics)


def _sharpen(verdict: Verdict, view: TokenView) -> list[Suggestion]:
    """A key result missing a deadline or a baseline: the same statement, with them added."""
    fired = {c.id for c in verdict.checks if c.fired}
    t = templates(view.lang)
    statement = view.text[view.offsets[view.body_start] :].strip().rstrip("。.")
    fixes: list[str] = []
    template = "{statement}"
    if "has_deadline" not in fired:
        template = t.templates["add_deadline"].replace("{statement}", template)
        fixes.append("added_deadline")
    if "has_measure" in fired and "has_baseline" not in fired and _is_level(view):
        template = t.templates["add_baseline"].replace("{statement}", template)
        fixes.append("added_baseline")
    if not fixes:
        return []
    return [render(template, statement=statement, fixes=tuple(fixes), shape="sharpen")]


def suggestions_for(verdict: Verdict, n: int = 3) -> list[Suggestion]:
    """Return up to n measurable rewrites for a verdict (none for a key result with baseline and deadline)."""
    view = verdict.view
    if verdict.label == "key_result":
        return _sharpen(verdict, view)[:n]
    topic = extract_topic(view)
    if not any(ch.isalnum() for ch in topic.text + topic.phrase):
        return []  # nothing but numbering, punctuation or emoji: nothing to rewrite
    recurring = any(c.id == "recurring_activity" and c.fired for c in verdict.checks)
    shape = choose_shape(topic, verdict.label, view.lang, recurring=recurring)
    if not topic.text and any("{topic" in t for t in templates(view.lang).templates[shape]):
        if not any(ch.isalnum() for ch in topic.phrase):
            return []
        shape = "default"  # a verb with no object ("Learn"): only the statement's own words can be reused
    values: dict[str, str] = _metric_values(topic, shape, view.lang) if shape.startswith("metric") else {}
    fixes = _fixes(verdict, shape)
    kind = "learning" if shape == "learning" else "business"
    statement = topic.phrase if view.lang == "en" else _core(view)
    words = {
        "phrase": topic.phrase,
        "statement": statement,
        "topic_no": topic.text + ("ための" if re.search(r"[うくすつぬふむゆるぐずづぶぷ]$", topic.text) else "の"),
    }
    deadline = next((c for c in verdict.checks if c.id == "has_deadline" and c.fired), None)
    if deadline is not None and deadline.span:
        values["deadline"] = own_deadline(deadline.span, view.lang)  # keep the user's own deadline
        fixes = tuple(f for f in fixes if f != "added_deadline")
    if view.lang == "en":
        words.update({"Verb": topic.verb.capitalize(), "gerund": gerund(topic.verb)})
    return [
        render(tpl, topic=topic.text, statement=statement, words=words, values=values, fixes=fixes, shape=kind)
        for tpl in templates(view.lang).templates[shape][:n]
    ]


def _core(view: TokenView) -> str:
    """The statement without numbering, notes, wish endings and final punctuation (for quoting it)."""
    from ..checks import facts
    from ..tokens.base import NOTE

    body = NOTE.sub("", view.body)
    wish = facts.wish(view)
    if wish is not None and view.lang == "ja":
        body = body[: max(0, wish.start - view.body_start)]
        body = re.sub(r"(?:し|でき|なり|やり)?$", "", body) + ("する" if body.endswith("し") else "")
    return body.strip().rstrip("。.!！、")


def own_deadline(span: str, lang: str) -> str:
    """Return a deadline the user wrote, shaped to stand where a template puts its deadline slot."""
    if lang == "ja":
        if span.endswith(("まで", "中", "内")):
            return f"{span}に"
        return span if span.endswith(("に", "で")) else f"{span}までに"
    # English templates say "by {deadline}", so "by March 31" gives "March 31"; other prepositions
    # ("before Golden Week", "in Q3") are handled in render by replacing the "by".
    return re.sub(r"^(?:by|until|till|no later than|due)\s+", "", span, flags=re.I)


_DOUBLE_FINAL = {"run", "plan", "ship", "set", "map", "get", "stop", "drop", "scan", "chat"}


def gerund(verb: str) -> str:
    """Return the -ing form of an English verb lemma ("migrate" -> "migrating", "run" -> "running")."""
    if not verb:
        return "working on"
    head, _, rest = verb.partition(" ")
    if head in _DOUBLE_FINAL:
        form = head + head[-1] + "ing"
    elif head.endswith("ie"):
        form = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        form = head[:-1] + "ing"
    else:
        form = head + "ing"
    return f"{form} {rest}".strip()

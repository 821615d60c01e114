"""How good are the rewrites? Self-consistency and topic keeping over labeled tasks and objectives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..corpus.dataset import Example

_EN_STOP = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "for",
    "in",
    "on",
    "at",
    "by",
    "with",
    "our",
    "my",
    "we",
    "i",
    "is",
    "are",
    "be",
    "it",
    "this",
    "that",
    "from",
    "into",
    "more",
    "all",
    "new",
    "want",
    "like",
    "would",
    "try",
    "able",
    "will",
    "get",
    "make",
    "about",
    "their",
    "your",
    "as",
    "so",
    "up",
}


def content_words(view: Any) -> set[str]:
    """Return the words that carry a statement's topic: nouns and names, not verbs, particles or numbers."""
    from ..checks import facts
    from ..lexicon import load

    lex = load(view.lang)
    spans = [h for h in (facts.deadline(view), facts.schedule(view), facts.wish(view)) if h is not None]
    out = set()
    for t in view.body_tokens:
        if any(h.start <= t.start < h.end for h in spans):
            continue  # schedule, deadline and wish words are not the topic
        lemma = t.lemma.lower()
        if t.is_number or t.pos in ("PUNCT", "SYM", "PART", "AUX", "VERB", "PREFIX", "SUFFIX"):
            continue
        if lemma in lex.activity_verbs or lemma in lex.vague_verbs or lemma in lex.wish_lemmas:
            continue
        if view.lang == "en" and (lemma in _EN_STOP or not any(c.isalpha() for c in lemma) or len(lemma) < 3):
            continue
        out.add(lemma)
    return out


def evaluate_rewrites(examples: Sequence[Example], split: str = "test") -> dict[str, Any]:
    """Return, per language, the share of top suggestions that okrcoach labels key_result, that differ
    from the input and that keep the input's topic (at least half of its content words)."""
    from ..api import classify_many
    from ..tokens import tokenize_many

    result: dict[str, Any] = {}
    for lang in ("en", "ja"):
        part = [e for e in examples if e.lang == lang and e.split == split and e.label in ("task", "objective")]
        verdicts = classify_many([e.text for e in part], lang=lang, keep_views=True)
        tops = [v.suggestions[0].text if v.suggestions else "" for v in verdicts]
        judged = classify_many([t for t in tops if t], lang=lang)
        labels = iter(j.label for j in judged)
        top_views = iter(tokenize_many([t for t in tops if t], lang))
        n = len(part)
        is_kr = differs = keeps = empty = 0
        misses: list[dict[str, str]] = []
        for e, v, top in zip(part, verdicts, tops, strict=True):
            if not top:
                empty += 1
                continue
            label = next(labels)
            words = content_words(v.view)
            rewritten = {t.lemma.lower() for t in next(top_views).tokens} | {top.lower()}
            kept = not words or sum(any(w in r for r in rewritten) for w in words) >= len(words) / 2
            is_kr += label == "key_result"
            differs += top.strip() != e.text.strip()
            keeps += kept
            if (label != "key_result" or not kept) and len(misses) < 15:
                misses.append({"text": e.text, "suggestion": top, "label": label, "kept_topic": str(kept)})
        result[lang] = {
            "n": n,
            "no_suggestion": empty,
            "key_result_rate": is_kr / n if n else 0.0,
            "differs_rate": differs / n if n else 0.0,
            "keeps_topic_rate": keeps / n if n else 0.0,
            "examples_of_misses": misses,
        }
    return result


def format_rewrite_report(result: dict[str, Any], split: str) -> str:
    """Return the rewrite evaluation as plain text."""
    lines = [f"Rewrites of task/objective statements in the {split} split (top suggestion each):"]
    for lang, r in result.items():
        lines.append(
            f"  [{lang}] n={r['n']}  classified key_result {r['key_result_rate']:.1%}  "
            f"differs from input {r['differs_rate']:.1%}  keeps topic {r['keeps_topic_rate']:.1%}  "
            f"no suggestion {r['no_suggestion']}"
        )
    for lang, r in result.items():
        if r["examples_of_misses"]:
            lines.append(f"  [{lang}] some misses:")
            for m in r["examples_of_misses"][:8]:
                lines.append(f"    - {m['text']}  ->  {m['suggestion']}  ({m['label']}, topic kept: {m['kept_topic']})")
    return "\n".join(lines)

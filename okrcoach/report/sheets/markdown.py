"""A Markdown report of a sheet check: the same sections as the HTML report, as tables."""

from __future__ import annotations

from pathlib import Path

from ...sheets.results import SheetReport
from ...verdict import Suggestion
from .view import attention, finding_counts, label_name, learning_rows, objective_rows, owner_rows, ui


def _cell(text: object) -> str:
    """Return text safe inside a Markdown table cell: no pipes, no line breaks, no HTML."""
    s = "" if text is None else str(text)
    s = s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    return s.replace("<", "&lt;").replace(">", "&gt;")


def _n(value: int | None) -> str:
    return "–" if value is None else str(value)


def _row(words: dict[str, str], *keys: str) -> str:
    return "| " + " | ".join(words[k] for k in keys) + " |"


def _suggestion(s: Suggestion) -> str:
    return _cell(s.highlighted("**", "**"))


def _labels(counts: dict[str, int], lang: str) -> str:
    return ", ".join(f"{label_name(k, lang)} {n}" for k, n in counts.items())


def render_markdown(report: SheetReport) -> str:
    """Return the report as Markdown in report.ui_lang (example values of rewrites in bold)."""
    lang = report.ui_lang
    w = ui(lang)
    src = ", ".join(sorted({Path(t.table.source).name for t in report.tables}))
    sharp = report.sharpness
    lines = [
        f"# {_cell(w['title'])}: {_cell(src)}",
        "",
        f"| {w['statements']} | {w['problems']} | {w['warnings']} | {w['sharpness']} |",
        "|---:|---:|---:|---:|",
        f"| {len(report.judged)} | {report.count('problem')} | {report.count('warning')} | {_n(sharp)} |",
        "",
        f"{w['sharpness']}: {w['sharpness_note']}",
        "",
    ]
    for t in report.tables:
        name = Path(t.table.source).name + (f" [{t.table.sheet}]" if t.table.sheet else "")
        lines.append(f"- {_cell(name)}: {w['layout']} `{t.items.layout_name}`, {w['sharpness']} {_n(t.sharpness)}")
    if report.skipped:
        lines.append(f"- {w['skipped']}: {_cell(', '.join(report.skipped))}")
    lines.append("")
    if report.comparison is not None:
        c = report.comparison
        lines += [f"## {w['compare']}", "", f"{w['sharpness']}: {_n(c.before)} → {_n(c.after)}", ""]
        changed = [(o, b, a) for o, b, a in c.objectives if b is not None and b != a]
        if changed:
            lines += [_row(w, "objective", "before", "after"), "|---|---:|---:|"]
            lines += [f"| {_cell(o)} | {_n(b)} | {_n(a)} |" for o, b, a in changed]
            lines.append("")
        for title, rows in ((w["sharper"], c.sharper), (w["worse"], c.worse)):
            if rows:
                lines += [f"### {title} ({len(rows)})", "", f"| {w['before']} | {w['after']} | |", "|---|---|---:|"]
                lines += [
                    f"| {_cell(ch.old_text)} | {_cell(ch.new_text)} | {ch.old_score} → {ch.new_score} |" for ch in rows
                ]
                lines.append("")
    lines += [f"## {w['attention']}", ""]
    items = attention(report)
    if not items:
        lines += [w["no_findings"], ""]
    else:
        lines += [
            f"| {w['line']} | {w['statement']} | {w['label']} | {w['issues']} | {w['suggestion']} |",
            "|---:|---|---|---|---|",
        ]
        for a in items:
            j = a.judged
            msgs = "<br>".join(f"**{w[s]}**: {_cell(m)}" for s, m in a.messages)
            label = f"{label_name(j.label, lang)} ({j.sharpness})" if j is not None else w["objective"]
            sugg = _suggestion(j.suggestion) if j is not None and j.suggestion else ""
            lines.append(f"| {_cell(a.where)} | {_cell(a.text)} | {label} | {msgs} | {sugg} |")
        lines.append("")
    lines += [f"## {w['by_label']}", "", f"| {w['label']} | {w['count']} |", "|---|---:|"]
    lines += [f"| {label_name(k, lang)} | {n} |" for k, n in report.labels.most_common()]
    lines.append("")
    counts = finding_counts(report)
    if counts:
        lines += [f"## {w['by_problem']}", "", f"| {w['finding']} | {w['severity']} | {w['count']} |", "|---|---|---:|"]
        lines += [f"| {_cell(msg)} (`{fid}`) | {w[sev]} | {n} |" for fid, sev, n, msg in counts]
        lines.append("")
    objectives = objective_rows(report)
    if objectives:
        lines += [
            f"## {w['by_objective']}",
            "",
            _row(w, "objective", "owner", "key_results", "label", "sharpness", "issues"),
            "|---|---|---:|---|---:|---|",
        ]
        for o in objectives:
            msgs = "<br>".join(_cell(m) for s, m in o["findings"] if s in ("problem", "warning"))
            lines.append(
                f"| {_cell(o['text'])} | {_cell(o['owners'])} | {o['key_results']} | {_labels(o['labels'], lang)} | "
                f"{o['sharpness'] if o['sharpness'] is not None else '–'} | {msgs} |"
            )
        lines.append("")
    owners = owner_rows(report)
    if owners:
        lines += [
            f"## {w['by_owner']}",
            "",
            _row(w, "owner", "statements", "label", "problems", "warnings", "sharpness", "alignment"),
            "|---|---:|---|---:|---:|---:|---|",
        ]
        for o in owners:
            lines.append(
                f"| {_cell(o['owner'])} | {o['statements']} | {_labels(o['labels'], lang)} | {o['problems']} | "
                f"{o['warnings']} | {o['sharpness'] if o['sharpness'] is not None else '–'} | {_cell(o['learning'])} |"
            )
        lines.append("")
    learning = learning_rows(report)
    if learning:
        lines += [
            f"## {w['learning']}",
            "",
            f"| {w['line']} | {w['owner']} | {w['statement']} | {w['why']} | {w['why_now']} |",
            "|---:|---|---|---|---|",
        ]
        for r in learning:
            why = _cell(r["why"]) or f"**{w['none']}**" + (f" → {_cell(r['link'])}" if r["link"] else "")
            now = _cell(r["why_now"]) or f"**{w['none']}**"
            lines.append(f"| {r['line']} | {_cell(r['owner'])} | {_cell(r['text'])} | {why} | {now} |")
        lines.append("")
    return "\n".join(lines)

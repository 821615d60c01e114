"""Terminal and CI renderings of a sheet check: a readable summary (problems first) and GitHub annotations."""

from __future__ import annotations

from pathlib import Path

from ...sheets.results import SheetReport
from .view import attention, finding_counts, label_name, learning_rows, ui

_SEV = {"problem": "31", "warning": "33"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


def render_summary(report: SheetReport, *, color: bool = False, limit: int = 50) -> str:
    """Return the terminal summary: counts, the statements to fix (problems first), objectives, learning."""
    lang = report.ui_lang
    w = ui(lang)
    sharp = report.sharpness
    lines = []
    for t in report.tables:
        name = t.table.name
        lines.append(
            _paint(f"{name}", "1", color)
            + f"  ({w['layout']}: {t.items.layout_name}, {w['statements']}: {len(t.judged)})"
        )
    if report.skipped:
        lines.append(f"{w['skipped']}: {', '.join(report.skipped)}")
    labels = ", ".join(f"{label_name(k, lang)} {n}" for k, n in report.labels.most_common())
    lines.append(
        f"{w['statements']}: {len(report.judged)} ({labels})  "
        + _paint(f"{w['problems']}: {report.count('problem')}", _SEV["problem"], color and report.count("problem") > 0)
        + "  "
        + _paint(f"{w['warnings']}: {report.count('warning')}", _SEV["warning"], color and report.count("warning") > 0)
        + f"  {w['sharpness']}: {'–' if sharp is None else sharp}/100"
    )
    if report.comparison is not None:
        c = report.comparison
        lines.append(
            f"{w['compare']}: {w['sharpness']} {c.before} → {c.after}; {w['sharper']} {len(c.sharper)}, "
            f"{w['worse']} {len(c.worse)}, {w['new']} {len(c.new)}, {w['dropped']} {len(c.dropped)}"
        )
        for ch in c.worse[:10]:
            lines.append(f"  ↓ {ch.old_score} → {ch.new_score}  {ch.new_text}")
        for ch in c.sharper[:10]:
            lines.append(f"  ↑ {ch.old_score} → {ch.new_score}  {ch.new_text}")
    items = attention(report)
    lines.append("")
    if not items:
        lines.append(w["no_findings"])
    for a in items[:limit]:
        j = a.judged
        what = f"{label_name(j.label, lang)} ({j.sharpness})" if j is not None else w["objective"]
        text = a.text if len(a.text) <= 160 else a.text[:159] + "…"
        lines.append(_paint(f"{a.location}  {what}", _SEV[a.severity], color) + f"  {text}")
        for sev, msg in a.messages:
            lines.append(f"    {_paint(w[sev], _SEV[sev], color)}: {msg}")
        if j is not None and j.suggestion:
            text = j.suggestion.highlighted("\033[1;4m", "\033[0m") if color else j.suggestion.highlighted("[", "]")
            lines.append(f"    → {text}")
    if len(items) > limit:
        more = len(items) - limit
        lines.append(
            f"… {more} more; write a report with -o report.html"
            if lang == "en"
            else f"… ほか{more}件（-o report.html で全件）"
        )
    counts = finding_counts(report)
    if counts:
        lines += ["", w["by_problem"] + ":"]
        lines += [f"  {n:>4}  {msg} ({fid})" for fid, _, n, msg in counts]
    learning = learning_rows(report)
    if learning:
        lines += ["", w["learning"] + ":"]
        for r in learning:
            why = r["why"] or f"{w['none']}" + (f" → {r['link']}" if r["link"] else "")
            lines.append(
                f"  {r['line']:>4}  {r['text']}  | {w['why']}: {why} | {w['why_now']}: {r['why_now'] or w['none']}"
            )
    return "\n".join(lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: SheetReport) -> str:
    """Return one GitHub Actions annotation per problem and warning (::error / ::warning)."""
    lang = report.ui_lang
    lines = []
    for t in report.tables:
        by_row = t.by_row()
        for f in t.findings:
            if f.severity not in ("problem", "warning"):
                continue
            level = "error" if f.severity == "problem" else "warning"
            texts = [j.item.text for j in by_row.get(f.row, [])] if f.row is not None else []
            message = f.message(lang) + (f" ({texts[0]})" if texts else "")
            props = [f"file={_escape_property(str(Path(t.table.source)))}"]
            if f.line is not None and t.table.kind != "xlsx":
                props.append(f"line={f.line}")
            title = f"okrcoach {f.id}" + (f" [{t.table.sheet} row {f.line}]" if t.table.kind == "xlsx" else "")
            props.append(f"title={_escape_property(title)}")
            lines.append(f"::{level} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(lines)

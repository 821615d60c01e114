"""A self-contained HTML report of a sheet check: inline CSS and SVG, no script, no request to anywhere.

Every value from the sheet goes through html.escape; the page carries a Content-Security-Policy that
forbids loading anything, so even a missed escape could not fetch or run anything.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from ...sheets.results import SheetReport
from ...verdict import LABELS, Suggestion
from .view import (
    attention,
    chart_groups,
    finding_counts,
    label_name,
    learning_rows,
    objective_rows,
    owner_rows,
    ui,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"  # nothing may be fetched or run
_COLOURS = {"key_result": "#2e7d32", "task": "#ef6c00", "objective": "#1565c0", "": "#9e9e9e"}

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP",sans-serif;font-size:18px;
 line-height:1.45;margin:0 auto;max-width:1200px;padding:1.5rem;color:#1a1a1a;background:#fff}
h1{font-size:2rem;margin:.2rem 0 1rem}h2{font-size:1.4rem;margin-top:2rem;border-bottom:2px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.35rem .5rem;
 vertical-align:top;text-align:left}th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:8px;padding:.6rem 1rem;
 min-width:9rem}.card b{display:block;font-size:2rem}.card.problem,li.problem .sev,td.problem{color:#b71c1c}
.card.warning,li.warning .sev,td.warning,span.warning{color:#8d6e00}
tr.problem td:first-child{border-left:6px solid #c62828}tr.warning td:first-child{border-left:6px solid #f9a825}
.sev{font-weight:600}mark{background:#fff59d;padding:0 .15em;border-radius:3px}
.label{display:inline-block;padding:0 .4em;border-radius:4px;color:#fff;font-size:.85em;white-space:nowrap}
.muted{color:#666;font-size:.9em}ul.msgs{margin:.2rem 0;padding-left:1.1rem}svg text{font-size:13px}
details summary{cursor:pointer;font-weight:600}#problems td:nth-child(2){min-width:13rem}
#problems td:nth-child(6){min-width:15rem}
"""


def _n(value: int | None) -> str:
    return "–" if value is None else str(value)


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _label(label: str, lang: str) -> str:
    return (
        f'<span class="label" style="background:{_COLOURS.get(label, "#9e9e9e")}">{_e(label_name(label, lang))}</span>'
    )


def highlighted(s: Suggestion) -> str:
    """Return a suggestion as HTML with its example values in <mark> (escaped)."""
    out, pos = [], 0
    for slot in sorted(s.slots, key=lambda x: x.start):
        out.append(_e(s.text[pos : slot.start]))
        out.append(f'<mark title="{_e(slot.name)}">{_e(s.text[slot.start : slot.end])}</mark>')
        pos = slot.end
    out.append(_e(s.text[pos:]))
    return "".join(out)


def labels_chart(report: SheetReport) -> str:
    """Return an inline SVG of stacked bars: labels per objective (or per owner)."""
    lang = report.ui_lang
    kind, groups = chart_groups(report)
    groups = groups[:20]
    if not groups:
        return ""
    words = ui(lang)
    bar_h, gap, left, width = 22, 8, 330, 520
    most = max(sum(c.values()) for _, c in groups) or 1
    height = len(groups) * (bar_h + gap) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{left + width + 40}" height="{height}" '
        f'aria-label="{_e(words["chart"] if kind == "objective" else words["chart_owner"])}">'
    ]
    for i, (name, counts) in enumerate(groups):
        y = i * (bar_h + gap)
        short = name if len(name) <= 40 else name[:39] + "…"
        parts.append(f'<text x="{left - 8}" y="{y + 16}" text-anchor="end"><title>{_e(name)}</title>{_e(short)}</text>')
        x: float = left
        for label in (*LABELS, ""):
            n = counts.get(label, 0)
            if not n:
                continue
            w = width * n / most
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{_COLOURS[label]}">'
                f"<title>{_e(label_name(label, lang))}: {n}</title></rect>"
            )
            if w > 18:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + 16}" text-anchor="middle" fill="#fff">{n}</text>')
            x += w
    y = len(groups) * (bar_h + gap) + 10
    x = left
    for label in LABELS:
        parts.append(f'<rect x="{x}" y="{y}" width="14" height="14" fill="{_COLOURS[label]}"/>')
        parts.append(f'<text x="{x + 18}" y="{y + 12}">{_e(label_name(label, lang))}</text>')
        x += 150
    parts.append("</svg>")
    return "".join(parts)


def _counts_table(head: tuple[str, str], rows: list[tuple[str, object]]) -> str:
    body = "".join(f"<tr><td>{k}</td><td class=n>{_e(v)}</td></tr>" for k, v in rows)
    return f"<table><tr><th>{_e(head[0])}</th><th>{_e(head[1])}</th></tr>{body}</table>"


def _labels_cell(counts: Counter[str], lang: str) -> str:
    return " ".join(f"{_label(k, lang)}&nbsp;{n}" for k, n in sorted(counts.items(), key=lambda kv: kv[0] == ""))


def render_html(report: SheetReport) -> str:
    """Return the whole report as one self-contained HTML page in report.ui_lang."""
    lang = report.ui_lang
    w = ui(lang)
    sources = sorted({t.table.source for t in report.tables})
    src = ", ".join(Path(s).name for s in sources)
    sharp = report.sharpness
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(w['title'])}: {_e(src)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(w['title'])}: {_e(src)}</h1>",
        '<section id="summary" class="cards">',
        f'<div class="card">{_e(w["statements"])}<b id="n-statements">{len(report.judged)}</b></div>',
        f'<div class="card problem">{_e(w["problems"])}<b id="n-problems">{report.count("problem")}</b></div>',
        f'<div class="card warning">{_e(w["warnings"])}<b id="n-warnings">{report.count("warning")}</b></div>',
        f'<div class="card" title="{_e(w["sharpness_note"])}">{_e(w["sharpness"])}'
        f'<b id="sharpness">{"–" if sharp is None else sharp}</b></div>',
        "</section>",
        f'<p class="muted">{_e(w["sharpness"])}: {_e(w["sharpness_note"])}</p>',
    ]
    tables = "; ".join(
        f"{_e(Path(t.table.source).name)}{_e(f' [{t.table.sheet}]' if t.table.sheet else '')}: "
        f"{_e(w['layout'])} {_e(t.items.layout_name)}, {_e(w['sharpness'])} {_n(t.sharpness)}"
        for t in report.tables
    )
    out.append(f'<p class="muted">{tables}</p>')
    if report.skipped:
        out.append(f'<p class="muted">{_e(w["skipped"])}: {_e(", ".join(report.skipped))}</p>')
    if report.comparison is not None:
        out.append(_comparison(report))

    # problems first
    items = attention(report)
    out.append(f'<h2 id="attention">{_e(w["attention"])}</h2>')
    if not items:
        out.append(f"<p>{_e(w['no_findings'])}</p>")
    else:
        out.append(
            f'<table id="problems"><tr><th>{_e(w["line"])}</th><th>{_e(w["statement"])}</th><th>{_e(w["claimed"])}</th>'
            f"<th>{_e(w['label'])}</th><th>{_e(w['issues'])}</th><th>{_e(w['suggestion'])}</th></tr>"
        )
        for a in items:
            msgs = "".join(f'<li class="{s}"><span class="sev">{_e(w[s])}</span>: {_e(m)}</li>' for s, m in a.messages)
            j = a.judged
            if j is not None:
                sugg = highlighted(j.suggestion) if j.suggestion else ""
                claimed = _e(label_name(j.item.claimed, lang) if j.item.claimed else "")
                label = f"{_label(j.label, lang)} <span class=muted>{j.sharpness}</span>"
            else:
                sugg, claimed = "", _e(w["objective"])
                score = a.objective.sharpness if a.objective else None
                label = f"<span class=muted>{_e(w['sharpness'])} {_n(score)}</span>"
            out.append(
                f'<tr class="{a.severity}"><td class=n>{_e(a.where)}</td><td>{_e(a.text)}'
                f'<div class="muted">{_e(a.context)}</div></td><td>{claimed}</td><td>{label}</td>'
                f'<td><ul class="msgs">{msgs}</ul></td><td>{sugg}</td></tr>'
            )
        out.append("</table>")

    # summary tables
    out.append(f'<h2 id="by-label">{_e(w["by_label"])}</h2>')
    labels = report.labels
    out.append(_counts_table((w["label"], w["count"]), [(_label(k, lang), n) for k, n in labels.most_common()]))
    chart = labels_chart(report)
    if chart:
        kind, _ = chart_groups(report)
        out.append(f'<h2 id="chart">{_e(w["chart"] if kind == "objective" else w["chart_owner"])}</h2>{chart}')
    counts = finding_counts(report)
    if counts:
        out.append(f'<h2 id="by-finding">{_e(w["by_problem"])}</h2>')
        out.append(
            f"<table><tr><th>{_e(w['finding'])}</th><th>{_e(w['severity'])}</th><th>{_e(w['count'])}</th></tr>"
            + "".join(
                f'<tr class="{sev}"><td>{_e(msg)} <span class=muted>{_e(fid)}</span></td>'
                f'<td class="{sev}">{_e(w[sev])}</td><td class=n>{n}</td></tr>'
                for fid, sev, n, msg in counts
            )
            + "</table>"
        )
    objectives = objective_rows(report)
    if objectives:
        out.append(f'<h2 id="by-objective">{_e(w["by_objective"])}</h2>')
        out.append(
            f"<table><tr><th>{_e(w['objective'])}</th><th>{_e(w['owner'])}</th><th>{_e(w['key_results'])}</th>"
            f"<th>{_e(w['label'])}</th><th>{_e(w['sharpness'])}</th><th>{_e(w['issues'])}</th></tr>"
        )
        for o in objectives:
            msgs = "".join(f'<li class="{s}">{_e(m)}</li>' for s, m in o["findings"] if s in ("problem", "warning"))
            out.append(
                f"<tr><td>{_e(o['text'])}</td><td>{_e(o['owners'])}</td><td class=n>{o['key_results']}</td>"
                f"<td>{_labels_cell(o['labels'], lang)}</td><td class=n>{_n(o['sharpness'])}</td>"
                f'<td><ul class="msgs">{msgs}</ul></td></tr>'
            )
        out.append("</table>")
    owners = owner_rows(report)
    if owners:
        out.append(f'<h2 id="by-owner">{_e(w["by_owner"])}</h2>')
        out.append(
            f"<table><tr><th>{_e(w['owner'])}</th><th>{_e(w['statements'])}</th><th>{_e(w['label'])}</th>"
            f"<th>{_e(w['problems'])}</th><th>{_e(w['warnings'])}</th><th>{_e(w['sharpness'])}</th><th>{_e(w['alignment'])}</th></tr>"
        )
        for o in owners:
            out.append(
                f"<tr><td>{_e(o['owner'])}</td><td class=n>{o['statements']}</td>"
                f"<td>{_labels_cell(o['labels'], lang)}</td>"
                f"<td class=n>{o['problems']}</td><td class=n>{o['warnings']}</td>"
                f"<td class=n>{_n(o['sharpness'])}</td><td>{_e(o['learning'])}</td></tr>"
            )
        out.append("</table>")
    learning = learning_rows(report)
    if learning:
        out.append(f'<h2 id="learning">{_e(w["learning"])}</h2>')
        out.append(
            f'<table id="learning-table"><tr><th>{_e(w["line"])}</th><th>{_e(w["owner"])}</th>'
            f"<th>{_e(w['statement'])}</th>"
            f"<th>{_e(w['why'])}</th><th>{_e(w['why_now'])}</th></tr>"
        )
        for r in learning:
            why = _e(r["why"]) if r["why"] else f'<span class="warning">{_e(w["none"])}</span>'
            if not r["why"] and r["link"]:
                why += f'<div class="muted">→ {_e(r["link"])}</div>'
            now = _e(r["why_now"]) if r["why_now"] else f'<span class="warning">{_e(w["none"])}</span>'
            out.append(
                f"<tr><td class=n>{r['line']}</td><td>{_e(r['owner'])}</td><td>{_e(r['text'])}"
                f'<div class="muted">{_e(r["objective"])}</div></td><td>{why}</td><td>{now}</td></tr>'
            )
        out.append("</table>")
    out.append(f"<details><summary>{_e(w['all_statements'])} ({len(report.judged)})</summary>")
    out.append(
        f'<table id="all"><tr><th>{_e(w["line"])}</th><th>{_e(w["statement"])}</th><th>{_e(w["label"])}</th>'
        f"<th>{_e(w['sharpness'])}</th><th>{_e(w['owner'])}</th></tr>"
    )
    for t in report.tables:
        for j in t.judged:
            out.append(
                f"<tr><td class=n>{j.item.line}</td><td>{_e(j.item.text)}</td><td>{_label(j.label, lang)}</td>"
                f"<td class=n>{j.sharpness}</td><td>{_e(j.item.owner)}</td></tr>"
            )
    out.append("</table></details>")
    out.append(f'<p class="muted">{_e(w["generated"])}</p></body></html>')
    return "\n".join(out)


def _comparison(report: SheetReport) -> str:
    c = report.comparison
    w = ui(report.ui_lang)
    parts = [f'<h2 id="compare">{_e(w["compare"])}</h2>']
    parts.append(
        f"<p>{_e(w['sharpness'])}: {_e(w['before'])} <b>{_e(c.before if c.before is not None else '–')}</b> → "
        f"{_e(w['after'])} <b>{_e(c.after if c.after is not None else '–')}</b></p>"
    )
    changed = [(o, b, a) for o, b, a in c.objectives if b is not None and b != a]
    if changed:
        parts.append(
            f"<table><tr><th>{_e(w['objective'])}</th><th>{_e(w['before'])}</th><th>{_e(w['after'])}</th></tr>"
        )
        parts += [f"<tr><td>{_e(o)}</td><td class=n>{_n(b)}</td><td class=n>{_n(a)}</td></tr>" for o, b, a in changed]
        parts.append("</table>")
    for title, rows in ((w["sharper"], c.sharper), (w["worse"], c.worse)):
        if rows:
            parts.append(f"<h3>{_e(title)} ({len(rows)})</h3><table>")
            parts.append(f"<tr><th>{_e(w['before'])}</th><th>{_e(w['after'])}</th><th></th></tr>")
            for ch in rows:
                parts.append(
                    f"<tr><td>{_e(ch.old_text)}</td><td>{_e(ch.new_text)}</td>"
                    f"<td class=n>{ch.old_score} → {ch.new_score}</td></tr>"
                )
            parts.append("</table>")
    return "".join(parts)

"""Reports of a sheet check for people: terminal summary and CI annotations, Markdown, self-contained HTML.

view.py computes what every report shows; terminal.py, markdown.py and html.py only lay it out, in the
interface language of ui.toml. These modules sit at the layer of okrcoach.sheets (they render its SheetReport).
"""

"""`okrcoach try`: an interactive prompt that classifies each statement typed and shows why, in colour."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from .lexicon import messages
from .verdict import LABELS
from .web.payload import label_name, verdict_payload

_LABEL_STYLE = {
    "key_result": "bold white on green4",
    "task": "bold black on yellow3",
    "objective": "bold white on blue",
}
_MARK = {"pass": ("✓", "green"), "fail": ("✗", "red"), "tip": ("·", "grey58"), "note": ("?", "grey58")}
_WORDS = {
    "en": {
        "hello": "Type an OKR statement and press Enter. :ja / :en switch the messages' language, "
        ":board shows the statements so far, :help lists the commands, Ctrl-D leaves.",
        "help": ":en  messages in English\n:ja  messages in Japanese\n:board  the statements so far, by label\n"
        ":clear  forget them\n:help  this list\nCtrl-D (or :quit)  leave",
        "empty": "No statements yet.",
        "unknown": "Unknown command {cmd!r}; :help lists the commands.",
        "lang": "Messages in English.",
        "cleared": "Board cleared.",
        "bye": "Bye.",
    },
    "ja": {
        "hello": "OKRの文を入力してEnterを押してください。:ja / :en でメッセージの言語を切り替え、"
        ":board でこれまでの文を表示、:help でコマンド一覧、Ctrl-D で終了します。",
        "help": ":en  英語のメッセージ\n:ja  日本語のメッセージ\n:board  これまでの文をラベル別に表示\n"
        ":clear  一覧を消去\n:help  この一覧\nCtrl-D（または :quit）  終了",
        "empty": "まだ文がありません。",
        "unknown": "不明なコマンド {cmd!r} です。:help でコマンド一覧を表示します。",
        "lang": "メッセージを日本語で表示します。",
        "cleared": "一覧を消去しました。",
        "bye": "終了します。",
    },
}


def render(payload: dict[str, Any]) -> Text:
    """Return a verdict payload (see okrcoach.web.payload) as coloured text."""
    out = Text()
    out.append(f" {payload['label_name']} ", style=_LABEL_STYLE[payload["label"]])
    out.append(f"  {payload['confidence']:.0%} · {payload['lang']}\n", style="grey58")
    for reason in payload["reasons"]:
        mark, style = _MARK[reason["mark"]]
        out.append(f"  {mark} ", style=style)
        out.append(reason["message"] + "\n", style=None if reason["mark"] in ("pass", "fail") else "grey58")
    if payload["suggestions"]:
        said = messages(payload["ui"])
        names = said["list_separator"].join(payload["suggestions"][0]["fix_names"])
        out.append(f"  {said['rewrites_heading'].format(fixes=names)}\n", style="bold")
        for suggestion in payload["suggestions"]:
            out.append("    → ")
            pos, sentence = 0, suggestion["text"]
            for slot in sorted(suggestion["slots"], key=lambda s: s["start"]):
                out.append(sentence[pos : slot["start"]])
                out.append(sentence[slot["start"] : slot["end"]], style="bold underline cyan")
                pos = slot["end"]
            out.append(sentence[pos:] + "\n")
    return out


def render_board(statements: list[tuple[str, str]], ui: str) -> Text:
    """Return the statements typed so far, grouped by label with counts."""
    if not statements:
        return Text(_WORDS[ui]["empty"])
    out = Text()
    for label in LABELS:
        texts = [text for text, lab in statements if lab == label]
        out.append(f" {label_name(label, ui)} ", style=_LABEL_STYLE[label])
        out.append(f" {len(texts)}\n", style="bold")
        for text in texts:
            out.append(f"    {text}\n")
    return out


def _enable_history() -> None:
    """Arrow-key history and line editing for input(), where the platform has readline."""
    try:
        import readline  # noqa: F401  (importing it is what turns line editing on)
    except ImportError:
        pass


def run_prompt(
    *,
    ui: str | None = None,
    lang: str | None = None,
    color: bool = True,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    """Read statements until end of input; print each verdict. Return the exit code."""
    from .api import classify

    interactive = stdin is None and sys.stdin.isatty()
    console = Console(file=out or sys.stdout, no_color=not color, highlight=False, emoji=False, soft_wrap=True)
    if interactive:
        _enable_history()
    words = _WORDS[ui or "en"]
    console.print(Text(words["hello"], style="grey58"))
    board: list[tuple[str, str]] = []
    while True:
        try:
            line = input("okr> " if interactive else "") if stdin is None else _read_line(stdin)
        except EOFError:
            console.print(Text(_WORDS[ui or "en"]["bye"], style="grey58"))
            return 0
        except KeyboardInterrupt:
            console.print()
            continue
        text = line.strip()
        if not text:
            continue
        if text.startswith(":"):
            command = text[1:].strip().lower()
            if command in ("en", "ja"):
                ui = command
                console.print(Text(_WORDS[ui]["lang"], style="grey58"))
            elif command == "board":
                console.print(render_board(board, ui or "en"))
            elif command == "clear":
                board.clear()
                console.print(Text(_WORDS[ui or "en"]["cleared"], style="grey58"))
            elif command == "help":
                console.print(Text(_WORDS[ui or "en"]["help"]))
            elif command in ("q", "quit", "exit"):
                console.print(Text(_WORDS[ui or "en"]["bye"], style="grey58"))
                return 0
            else:
                console.print(Text(_WORDS[ui or "en"]["unknown"].format(cmd=text), style="red"))
            continue
        try:
            verdict = classify(text, lang=lang)
        except (ValueError, TypeError) as exc:
            console.print(Text(f"okrcoach: {exc}", style="red"))
            continue
        board.append((text, verdict.label))
        if not interactive:  # the statement was not echoed by a terminal: show what is being judged
            console.print(Text(text, style="bold"))
        console.print(render(verdict_payload(verdict, ui)))


def _read_line(stdin: TextIO) -> str:
    line = stdin.readline()
    if not line:
        raise EOFError
    return line

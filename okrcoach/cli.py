"""The okrcoach command: thin argument parsing over the library, one-line errors, exit codes."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CLIError(Exception):
    """An error the user can fix; printed as one line on stderr."""


def _read_statements(path: str) -> list[str]:
    """Return the non-empty, non-comment lines of a text file ('-' for standard input)."""
    if path == "-":
        raw = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.is_file():
            raise CLIError(f"{path}: no such file")
        raw = p.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text" export
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise CLIError(f"{path}: starts like UTF-16 text but does not decode ({exc.reason})") from None
    if b"\x00" in raw:
        raise CLIError(f"{path}: looks like a binary file, expected text with one statement per line")
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CLIError(f"{path}: not UTF-8 or Shift_JIS (cp932) text")
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def _color(args: argparse.Namespace) -> bool:
    return not args.no_color and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _cmd_classify(args: argparse.Namespace) -> int:
    import okrcoach
    from okrcoach.report.text import render_verdict

    texts = list(args.text)
    if args.file:
        texts.extend(_read_statements(args.file))
    if not texts:
        raise CLIError("nothing to classify: give statements as arguments or --file PATH")
    verdicts = okrcoach.classify_many(texts, lang=args.lang, keep_views=True)
    if args.json:
        print(json.dumps([v.to_dict() for v in verdicts], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(render_verdict(v, color=_color(args), suggestions=not args.no_suggestions) for v in verdicts))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from importlib import resources

    if args.sheet:
        # the bundled example sheets, one per layout in both languages; a demo does not fail on findings
        folder = str(resources.files("okrcoach.sheet_examples"))
        check = build_parser().parse_args(
            ["check", folder, "--fail-on", "never", *(["-o", args.output] if args.output else [])]
        )
        check.no_color = args.no_color
        return int(_cmd_check(check))
    args.text = []
    args.file = str(resources.files("okrcoach.examples").joinpath("workshop.txt"))
    return _cmd_classify(args)


def _cmd_train(args: argparse.Namespace) -> int:
    import tempfile

    from okrcoach.training.train import compare_with_shipped, train

    data = Path(args.data) if args.data else None
    if args.card:
        from okrcoach.training.train import rewrite_card

        print(f"wrote {rewrite_card()}")
        return EXIT_OK
    if not args.check:
        train(data, log=lambda m: print(m, file=sys.stderr))
        return EXIT_OK
    with tempfile.TemporaryDirectory() as tmp:
        train(data, Path(tmp), log=lambda m: print(m, file=sys.stderr))
        problems = compare_with_shipped(Path(tmp))
    for problem in problems:
        print(f"okrcoach: rebuilt model differs: {problem}", file=sys.stderr)
    print("rebuilt models match the shipped ones" if not problems else "rebuilt models differ from the shipped ones")
    return EXIT_ERROR if problems else EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.grades:
        from okrcoach.evaluation import rewrites

        path = Path(args.grades)
        if not path.is_file():
            print(f"okrcoach: error: {path}: no such grades file", file=sys.stderr)
            return EXIT_USAGE
        try:
            blocks = [rewrites.format_grades(rewrites.read_grades(path, r), r) for r in rewrites.grade_rounds(path)]
            best = rewrites.read_best_of(path)
            if best:
                blocks.append(rewrites.format_grades(best, "best of each statement's suggestions"))
        except rewrites.CasesError as exc:
            print(f"okrcoach: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print("\n".join(blocks))
        return EXIT_OK
    if args.rewrites or args.grading_sheet:
        from okrcoach.evaluation import rewrites

        cases = rewrites.read_cases(Path(args.data) if args.data else rewrites.default_cases_path())
        if args.grading_sheet:
            seed = rewrites.GRADING_SEED if args.grading_seed is None else args.grading_seed
            n = rewrites.write_grading_sheet(cases, Path(args.grading_sheet), seed=seed)
            print(f"wrote {n} statements to grade to {args.grading_sheet}")
            return EXIT_OK
        result = rewrites.evaluate(cases)
        grades_path = rewrites.default_grades_path()
        grades = rewrites.read_grades(grades_path) if grades_path.is_file() else {}
        if args.json:
            print(json.dumps({"rewrites": result, "grades": grades}, indent=2, ensure_ascii=False))
        else:
            print(rewrites.format_report(result) + ("\n" + rewrites.format_grades(grades) if grades else ""))
        return EXIT_OK
    from okrcoach.corpus.dataset import default_data_path, read_examples
    from okrcoach.evaluation.classifier import evaluate_split, format_report

    path = Path(args.data) if args.data else default_data_path()
    if not path.is_file():
        raise CLIError(f"{path}: no labeled data here; evaluation runs from a source checkout (pass --data)")
    split = args.split
    if split == "field":  # --data names another field-style sheet (text, lang, label) instead of data/field.csv
        from okrcoach.corpus.dataset import default_field_path, read_field

        examples = read_field(default_field_path() if not args.data else path)
    else:
        examples = read_examples(path)
    if args.invariance:
        from okrcoach.evaluation.invariance import format_changes, label_changes

        chosen = [e for e in examples if e.split == split]
        changes = label_changes(chosen)
        print(json.dumps(changes, indent=2, ensure_ascii=False) if args.json else format_changes(changes, split))
        return EXIT_OK
    result = evaluate_split(examples, split)
    print(json.dumps(result, indent=2) if args.json else format_report(result, split))
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from okrcoach.web.server import port_problem, serve

    problem = port_problem(args.port, share=args.share)
    if problem:
        raise CLIError(problem)
    return serve(port=args.port, share=args.share, db=args.db, resume=args.resume, title=args.title or "")


def _cmd_try(args: argparse.Namespace) -> int:
    from okrcoach.prompt import run_prompt

    return run_prompt(ui=args.ui, lang=args.lang, color=not args.no_color and "NO_COLOR" not in os.environ)


def _cmd_check(args: argparse.Namespace) -> int:
    """okrcoach check: lint OKR sheets; exit 0 (clean), 1 (findings fail the run) or 2 (input error)."""
    from okrcoach.errors import SheetError
    from okrcoach.sheets.check import check_sheet, paused_collection, write_progress
    from okrcoach.sheets.write import REPORT_SUFFIXES, write_report

    def ids(values: list[str] | None) -> list[str] | None:
        return None if values is None else [i.strip() for v in values for i in v.split(",") if i.strip()]

    columns = {
        "statement": args.text_column,
        "type": args.type_column,
        "objective": args.objective_column,
        "owner": args.owner_column,
        "parent": args.parent_column,
        "due": args.due_column,
    }
    options = {
        "ignore": ids(args.ignore),
        "select": ids(args.select),
        "fail_on": args.fail_on,
        "accept_delivery": True if args.accept_delivery else None,
        "lang": args.lang,
        "encoding": args.encoding,
        "sheet": args.sheet,
        "columns": {k: v for k, v in columns.items() if v},
        "ui_lang": args.ui_lang,
    }
    for out in args.output or []:
        if Path(out).suffix.lower() not in REPORT_SUFFIXES:
            print(
                f"okrcoach: error: {out}: unknown output type; use one of {', '.join(REPORT_SUFFIXES)}", file=sys.stderr
            )
            return EXIT_USAGE
    progress = write_progress if sys.stderr.isatty() and not args.quiet else None
    try:
        with paused_collection():  # from reading the sheets to writing the reports
            report = check_sheet(args.inputs, progress=progress, **options)
            if args.compare:
                from okrcoach.sheets.compare import compare

                last = check_sheet(args.compare, **{**options, "sheet": None})
                report.comparison = compare(last, report)
            for out in args.output or []:
                write_report(report, out)
    except (SheetError, OSError) as exc:
        print(f"okrcoach: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "github":
        from okrcoach.report.sheets.terminal import render_github

        text = render_github(report)
        if text:
            print(text)
    elif args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif not args.output:
        from okrcoach.report.sheets.terminal import render_summary

        print(render_summary(report, color=_color(args)))
    if args.output and not args.quiet:
        sharp = report.sharpness
        print(
            f"okrcoach: wrote {', '.join(args.output)}: {len(report.judged)} statements, "
            f"{report.count('problem')} problems, {report.count('warning')} warnings, sharpness {sharp}",
            file=sys.stderr,
        )
    return report.exit_code


def _add_check_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="check whole OKR sheets (CSV, TSV, XLSX, Markdown): exit 1 on problems, 2 on unreadable input",
        description="Check every statement of OKR sheets as what it claims to be, each objective's structure "
        "and learning alignment. Settings also come from okrcoach.toml or [tool.okrcoach] beside the sheet.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="sheets or folders of sheets")
    p.add_argument(
        "-o",
        "--output",
        action="append",
        metavar="OUTPUT",
        help="write a report: .csv .tsv .xlsx (input rows plus okr_* columns), .json, .md, .html (repeatable)",
    )
    p.add_argument(
        "--format",
        choices=["text", "github", "json"],
        default="text",
        help="what to print: a summary (default), GitHub annotations, or the JSON report",
    )
    p.add_argument("--sheet", help="the XLSX sheet to check (default: every sheet that holds OKRs)")
    p.add_argument("--encoding", help="the text encoding of CSV/TSV input (default: detect UTF-8/UTF-16/Shift_JIS)")
    p.add_argument("--lang", choices=["en", "ja"], help="force the statements' language (default: detect)")
    p.add_argument("--ui-lang", choices=["en", "ja"], help="language of the report (default: most statements')")
    for role, what in (
        ("text", "the statements"),
        ("type", "the row types"),
        ("objective", "the objectives"),
        ("owner", "the owners"),
        ("parent", "the parent or alignment"),
        ("due", "the due dates"),
    ):
        p.add_argument(f"--{role}-column", metavar="HEADER", help=f"the column of {what} (header, number or letter)")
    p.add_argument(
        "--ignore", action="append", metavar="ID", help="finding or check ids not to report (comma-separated)"
    )
    p.add_argument("--select", action="append", metavar="ID", help="report only these finding or check ids")
    p.add_argument(
        "--fail-on", choices=["problem", "warning", "never"], help="what makes the exit code 1 (default: problem)"
    )
    p.add_argument(
        "--accept-delivery", action="store_true", help="accept delivery key results (a named deliverable with a date)"
    )
    p.add_argument("--compare", metavar="LAST", help="last cycle's sheet: show what got sharper and what got worse")
    p.add_argument("--no-color", action="store_true", help="no ANSI colours (also: NO_COLOR env variable)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no 'wrote' line")
    p.set_defaults(func=_cmd_check)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (no heavy imports happen here)."""
    from okrcoach import __version__

    parser = argparse.ArgumentParser(
        prog="okrcoach",
        description="Is this OKR statement a key result, a task or an objective? Why, and how to make it measurable.",
    )
    parser.add_argument("--version", action="version", version=f"okrcoach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=["en", "ja"], help="force the language (default: detect per statement)")
        p.add_argument("--json", action="store_true", help="print JSON instead of text")
        p.add_argument("--no-color", action="store_true", help="no ANSI colours (also: NO_COLOR env variable)")
        p.add_argument("--no-suggestions", action="store_true", help="do not print rewrites")

    p = sub.add_parser("classify", help="classify statements given as arguments or in a file")
    p.add_argument("text", nargs="*", help="statements to classify")
    p.add_argument("--file", "-f", help="text file with one statement per line ('-' for stdin; # starts a comment)")
    common(p)
    p.set_defaults(func=_cmd_classify)

    p = sub.add_parser("demo", help="classify the bundled workshop examples (English and Japanese)")
    common(p)
    p.add_argument("--sheet", action="store_true", help="check the bundled example OKR sheets instead")
    p.add_argument("-o", "--output", help="with --sheet: write the report here (.html, .md, .json, .xlsx)")
    p.set_defaults(func=_cmd_demo)
    _add_check_parser(sub)

    p = sub.add_parser("train", help="rebuild models/ from data/statements.csv (source checkout)")
    p.add_argument("--data", help="labeled CSV (default: data/statements.csv)")
    p.add_argument(
        "--check",
        action="store_true",
        help="rebuild in a temporary folder and compare with the shipped models instead of replacing them",
    )
    p.add_argument(
        "--card",
        action="store_true",
        help="only render models/README.md again from models/card.json and data/rewrite_grades*.csv",
    )
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("evaluate", help="score the shipped model and the baselines on a split")
    p.add_argument("--data", help="labeled CSV (default: data/statements.csv)")
    p.add_argument(
        "--split",
        choices=["test", "dev", "train", "field"],
        default="test",
        help="which statements: a split of data/statements.csv, or the held-out field split (data/field.csv)",
    )
    p.add_argument(
        "--invariance",
        action="store_true",
        help="measure label changes under sheet noise (full stop, tag, owner note, case) instead of scores",
    )
    p.add_argument(
        "--rewrites",
        action="store_true",
        help="evaluate the rewrites instead, on data/rewrite_cases.csv (or --data): do they name an acceptable metric?",
    )
    p.add_argument(
        "--grades",
        metavar="PATH",
        help="print the hand grades recorded in PATH, per round when it has a round column "
        "(data/rewrite_grades_earlier.csv)",
    )
    p.add_argument("--grading-sheet", metavar="PATH", help="write a blind grading sheet of top rewrites to PATH")
    p.add_argument(
        "--grading-seed",
        type=int,
        default=None,
        help="which random statements the grading sheet takes (default: the seed of the recorded rounds)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("serve", help="start the workshop room: a live phrasing page and a facilitator's board")
    p.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765)")
    p.add_argument(
        "--share",
        action="store_true",
        help="listen on the local network and print a join address with a room code and a QR code",
    )
    p.add_argument("--db", help="SQLite file for the boards (default: $XDG_DATA_HOME/okrcoach/workshops.db)")
    p.add_argument("--resume", action="store_true", help="reopen the last workshop instead of starting a new one")
    p.add_argument("--title", help="the new workshop's title (default: the date and time)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("try", help="an interactive prompt: type statements, see verdicts and rewrites (Ctrl-D leaves)")
    p.add_argument("--lang", choices=["en", "ja"], help="force the statements' language (default: detect)")
    p.add_argument("--ui", choices=["en", "ja"], help="language of the messages (default: each statement's own)")
    p.add_argument("--no-color", action="store_true", help="no colours (also: NO_COLOR env variable)")
    p.set_defaults(func=_cmd_try)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from okrcoach.errors import OKRCoachError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except (CLIError, OKRCoachError, ValueError, TypeError, KeyError) as exc:
        print(f"okrcoach: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

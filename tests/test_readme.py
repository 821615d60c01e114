"""The README opens with the two commands, and .ci/run runs the README's test command."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    block = text.split("```", 2)[1]
    return [line for line in block.splitlines()[1:] if line.strip()]


def test_readme_opens_with_exactly_two_commands():
    commands = _commands()
    assert len(commands) == 2
    assert "okrcoach demo" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert _commands()[1] in ci.splitlines()

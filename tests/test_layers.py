"""The house: every import in okrcoach looks down the flow, never up (imports inside functions included).

text -> language -> anatomy -> tokens -> checks -> model -> pipeline -> rewrite -> API -> tools.
A module may import modules of its own layer or of lower layers. A package's __init__ belongs to
the layer of the package. New modules must be placed here, so the layering is decided, not drifted.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "okrcoach"

# Lowest first. A module's layer is the longest entry that is a prefix of its dotted name.
LAYERS: list[tuple[str, ...]] = [
    ("okrcoach.errors", "okrcoach.normalise", "okrcoach.labels", "okrcoach.rx"),
    ("okrcoach.tokens.base", "okrcoach.sharpness"),
    ("okrcoach.verdict",),
    ("okrcoach.language", "okrcoach.anatomy", "okrcoach.lexicon", "okrcoach.lang"),
    ("okrcoach.tokens", "okrcoach.lang.en.tokenizer", "okrcoach.lang.ja.tokenizer"),
    ("okrcoach.checks",),
    ("okrcoach.model",),
    ("okrcoach.pipeline",),
    (
        "okrcoach.rewrite",
        "okrcoach.lang.en.reading",
        "okrcoach.lang.ja.reading",
        "okrcoach.lang.en.survey",
        "okrcoach.lang.ja.survey",
    ),
    ("okrcoach.explain", "okrcoach.api"),
    ("okrcoach.frame", "okrcoach.spacy_component", "okrcoach.report", "okrcoach.corpus", "okrcoach.examples"),
    ("okrcoach.evaluation", "okrcoach.sheets", "okrcoach.report.sheets"),
    ("okrcoach.training", "okrcoach.web", "okrcoach.prompt"),
    ("okrcoach.cli", "okrcoach.__main__", "okrcoach"),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(name: str) -> int:
    best, found = -1, -1
    for i, names in enumerate(LAYERS):
        for prefix in names:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), i
    return found


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Return (line, imported okrcoach module) for every import in the file, wherever it stands."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "okrcoach"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "okrcoach":
                continue
            # "from . import api" names a module; "from .verdict import Verdict" names a module's member
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                known = (ROOT.parent / Path(*sub.split("."))).with_suffix(".py").exists() or (
                    ROOT.parent / Path(*sub.split(".")) / "__init__.py"
                ).exists()
                found.append((node.lineno, sub if known else target))
    return found


FILES = sorted(ROOT.rglob("*.py"))


def test_every_module_has_a_layer():
    unplaced = [module_name(p) for p in FILES if layer_of(module_name(p)) < 0]
    assert not unplaced, f"place these modules in LAYERS: {unplaced}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: module_name(p))
def test_imports_only_look_down(path: Path):
    here = layer_of(module_name(path))
    upward = [
        f"line {line}: {target} (layer {layer_of(target)} > {here})"
        for line, target in imports_of(path)
        if layer_of(target) > here
    ]
    assert not upward, f"{module_name(path)} imports upward: {upward}"


def test_the_walk_sees_imports_inside_functions(tmp_path: Path):
    # guard against a walk that only reads the top of the file
    sample = ROOT / "verdict.py"
    tree = ast.parse("def f():\n    from .rewrite import suggestions_for\n")
    inner = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert inner and inner[0].module == "rewrite" and sample.exists()
    assert layer_of("okrcoach.rewrite") > layer_of("okrcoach.verdict")


def test_every_module_imports_first_on_its_own():
    """A module imported before any other (a user's ``from okrcoach.lang.ja.reading import ...``) must not
    meet a partly initialised package: the layers above allow imports within a layer, so cycles are caught
    here, by importing each module first in a clean interpreter state."""
    import subprocess
    import sys

    names = [
        ".".join(("okrcoach", *p.relative_to(ROOT).with_suffix("").parts)).removesuffix(".__init__")
        for p in sorted(ROOT.rglob("*.py"))
        if "__pycache__" not in p.parts and p.name != "__main__.py"
    ]
    script = (
        "import importlib, sys\n"
        "failed = []\n"
        f"for name in {names!r}:\n"
        "    for loaded in [m for m in sys.modules if m == 'okrcoach' or m.startswith('okrcoach.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError as e:\n"
        "        failed.append(f'{name}: {e}')\n"
        "print('\\n'.join(failed))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

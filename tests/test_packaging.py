"""What `pip install .` ships: every subpackage and every data file the code reads."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def _folder(package: str) -> Path:
    mapped = CONFIG.get("package-dir", {}).get(package)
    return ROOT / mapped if mapped else ROOT / package.replace(".", "/")


def test_every_subpackage_is_listed():
    mapped = set(
        CONFIG.get("package-dir", {})
    )  # folders outside okrcoach/ shipped as packages: models/, data/examples/
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "okrcoach").rglob("__init__.py")} | mapped
    assert on_disk == set(CONFIG["packages"])


def test_every_data_file_is_shipped():
    shipped = set()
    for package, patterns in CONFIG["package-data"].items():
        folder = _folder(package)
        for pattern in patterns:
            shipped |= {p.resolve() for p in folder.glob(pattern)}
    data = [
        p
        for pkg in CONFIG["packages"]
        for p in _folder(pkg).rglob("*")
        if p.is_file()
        and p.suffix in {".toml", ".skops", ".json", ".txt", ".typed", ".html", ".css", ".js", ".svg"}
        and "__pycache__" not in p.parts
    ]
    missing = [str(p.relative_to(ROOT)) for p in data if p.resolve() not in shipped]
    assert not missing, f"not in package-data: {missing}"
    assert any(fnmatch(p.name, "*.skops") for p in shipped)

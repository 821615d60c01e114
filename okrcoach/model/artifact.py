"""Where the shipped models live, and how they are saved and loaded without pickle.

The model files (models/<lang>.skops) hold only numpy arrays, strings and lists, and are read with
skops against an explicit trusted-type list. skops itself imports all of scikit-learn (seconds), so
after the first verified load the same arrays are kept in a cache of plain .npz files (read with
allow_pickle=False) named by the sha256 of the skops file they came from; later processes start fast.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .linear import LinearModel

# Every type a model file may contain, named explicitly: skops refuses anything else.
TRUSTED_TYPES: list[str] = ["builtins.dict", "builtins.list", "builtins.str", "builtins.tuple", "numpy.ndarray"]
_ARRAY_KEYS = ("terms", "idf", "coef_t", "intercept")


class ModelNotFoundError(RuntimeError):
    """Raised when the package ships no trained model (run `okrcoach train`)."""


def model_dir() -> Path:
    """Return the folder of the shipped models (package data of okrcoach.models)."""
    return Path(str(resources.files("okrcoach.models")))


def model_path(lang: str) -> Path:
    """Return the path of one language's model file."""
    return model_dir() / f"{lang}.skops"


def card_path() -> Path:
    """Return the path of the machine-readable model card."""
    return model_dir() / "card.json"


def cache_dir() -> Path:
    """Return the folder for verified fast copies of the models ($OKRCOACH_CACHE or the user cache)."""
    if os.environ.get("OKRCOACH_CACHE"):
        return Path(os.environ["OKRCOACH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "okrcoach"


def dumps_deterministic(obj: Any) -> bytes:
    """Serialise with skops, then rewrite the zip with fixed timestamps so equal models give equal bytes."""
    import skops.io as sio

    src = zipfile.ZipFile(io.BytesIO(sio.dumps(obj)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def save_model(model: LinearModel, path: Path) -> None:
    """Write a model file that skops can read back with TRUSTED_TYPES."""
    path.write_bytes(dumps_deterministic(model.to_arrays()))


def types_in(path: Path) -> set[str]:
    """Return every type named in a skops file's schema (skops would also admit its own defaults)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "__module__" in node and "__class__" in node:
                found.add(f"{node['__module__']}.{node['__class__']}")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    with zipfile.ZipFile(path) as archive:
        walk(json.loads(archive.read("schema.json")))
    return found


def load_skops(path: Path) -> dict[str, Any]:
    """Read a model file with skops, refusing any type outside TRUSTED_TYPES (skops' defaults included)."""
    import skops.io as sio

    untrusted = sorted(types_in(path) - set(TRUSTED_TYPES))
    if untrusted:
        raise RuntimeError(f"model file {path} holds types okrcoach does not trust: {', '.join(untrusted)}")
    loaded: dict[str, Any] = sio.load(path, trusted=TRUSTED_TYPES)
    return loaded


def _cache_file(digest: str) -> Path:
    return cache_dir() / f"model-{digest}.npz"


def _write_cache(arrays: dict[str, Any], digest: str) -> None:
    meta = {k: v for k, v in arrays.items() if k not in _ARRAY_KEYS}
    try:
        target = _cache_file(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".tmp", delete=False) as tmp:
            np.savez(tmp, meta=np.array(json.dumps(meta)), **{k: arrays[k] for k in _ARRAY_KEYS})
        os.replace(tmp.name, target)
    except OSError:
        pass  # a read-only home only costs speed, never correctness


def _read_cache(digest: str) -> dict[str, Any] | None:
    try:
        with np.load(_cache_file(digest), allow_pickle=False) as data:
            arrays: dict[str, Any] = json.loads(str(data["meta"]))
            arrays.update({k: data[k] for k in _ARRAY_KEYS})
            return arrays
    except (OSError, KeyError, ValueError):
        return None


@cache
def load_model(lang: str) -> LinearModel:
    """Load one language's model once per process (verified skops read, then the fast cache)."""
    path = model_path(lang)
    if not path.is_file():
        raise ModelNotFoundError(f"no trained model for {lang!r} at {path}; run `okrcoach train` to build it")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    arrays = _read_cache(digest)
    if arrays is None:
        arrays = load_skops(path)
        _write_cache(arrays, digest)
    return LinearModel.from_arrays(arrays)

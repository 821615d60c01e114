"""Where the shipped models live and how they are saved and loaded without pickle."""

from __future__ import annotations

import io
import json
import zipfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

# Every type inside a shipped model, named explicitly: skops refuses anything else.
TRUSTED_TYPES: list[str] = [
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.slice",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.float64",
    "numpy.int64",
    "numpy.int32",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
]


def model_dir() -> Path:
    """Return the folder of the shipped models (package data of okrcoach.models)."""
    return Path(str(resources.files("okrcoach.models")))


def model_path(lang: str) -> Path:
    """Return the path of one language's model file."""
    return model_dir() / f"{lang}.skops"


def card_path() -> Path:
    """Return the path of the machine-readable model card."""
    return model_dir() / "card.json"


def dumps_deterministic(obj: Any) -> bytes:
    """Serialise with skops, then rewrite the zip with fixed timestamps so equal models give equal bytes."""
    import skops.io as sio

    raw = sio.dumps(obj)
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


class ModelNotFoundError(RuntimeError):
    """Raised when the package ships no trained model (run `okrcoach train`)."""


@cache
def load_model(lang: str) -> dict[str, Any]:
    """Load one language's model once, refusing any type outside TRUSTED_TYPES."""
    import skops.io as sio

    path = model_path(lang)
    if not path.is_file():
        raise ModelNotFoundError(f"no trained model for {lang!r} at {path}; run `okrcoach train` to build it")
    untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
    if untrusted:
        raise RuntimeError(f"model file {path} holds types okrcoach does not trust: {', '.join(untrusted)}")
    return sio.load(path, trusted=TRUSTED_TYPES)  # type: ignore[no-any-return]


def read_card() -> dict[str, Any]:
    """Return the machine-readable model card (data hash, versions, scores)."""
    return json.loads(card_path().read_text("utf-8"))  # type: ignore[no-any-return]

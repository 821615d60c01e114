"""Everything that differs by language, one folder per language (as spaCy's lang/).

Each folder holds the language's tokenizer glue (tokenizer.py), its word lists and patterns
(lexicon.toml), what okrcoach says in it outside the checks (messages.toml), and, for rewrites, its
templates and topic reader. Adding a language is adding a folder and naming it in LANGUAGES.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

LANGUAGES: tuple[str, ...] = ("en", "ja")


def data_file(lang: str, name: str) -> Traversable:
    """Return a data file of a language's folder (lexicon.toml, messages.toml, ...)."""
    return resources.files(__package__).joinpath(lang, name)

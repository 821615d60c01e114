"""Japanese: fugashi with unidic-lite (tokenizer.py), lexicon.toml and messages.toml."""

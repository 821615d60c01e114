"""Japanese: fugashi with unidic-lite (tokenizer.py), lexicon.toml, messages.toml, rewrite.toml, reading.py."""

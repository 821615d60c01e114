"""English: spaCy's tokenizer rules (tokenizer.py), lexicon.toml, messages.toml, rewrite.toml, reading.py."""

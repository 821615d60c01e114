"""English: spaCy's tokenizer rules (tokenizer.py), lexicon.toml and messages.toml."""

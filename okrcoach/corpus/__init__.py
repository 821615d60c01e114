"""The labeled statements in data/: reading them and their fixed train/dev/test split."""

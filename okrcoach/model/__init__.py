"""The trained classifier: features, training, evaluation and safe loading (skops, no pickle)."""

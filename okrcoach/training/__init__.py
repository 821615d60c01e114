"""Training: rebuild models/ from data/ (dataset, split, fitting, comparison classifiers, model card)."""

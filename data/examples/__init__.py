"""Example OKR sheets in English and Japanese, one per layout (shipped for `okrcoach demo --sheet`)."""

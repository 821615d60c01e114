"""How good okrcoach is, measured on hand-written cases: rewrites scored against metrics chosen before any rewrite."""

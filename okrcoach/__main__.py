"""python -m okrcoach: the same as the okrcoach command."""

from .cli import main

raise SystemExit(main())

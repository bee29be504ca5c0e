"""``python -m dechaff``."""

from .cli import main

raise SystemExit(main())

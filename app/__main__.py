"""``python -m app``: the desktop program."""

from app.ui.main import main

raise SystemExit(main())

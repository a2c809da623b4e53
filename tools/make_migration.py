"""Write a new Alembic revision from the difference between the models and head.

    python tools/make_migration.py "what changed"
    python tools/make_migration.py --initial      # before the first release only: rewrite revision 0001
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.models.db import make_engine, to_url
from app.models.schema import MIGRATIONS, alembic_config


def main() -> None:
    initial = "--initial" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--initial"]
    message = args[0] if args else ("initial schema" if initial else "schema change")
    if initial:
        for p in (MIGRATIONS / "versions").glob("*.py"):
            p.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(to_url(Path(tmp) / "scratch.db"))
        cfg = alembic_config(engine)
        command.upgrade(cfg, "head")
        command.revision(cfg, message=message, autogenerate=True, rev_id="0001" if initial else None)
        engine.dispose()


if __name__ == "__main__":
    main()

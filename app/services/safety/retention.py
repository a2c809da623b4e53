"""Backup names and retention: 7 daily, 4 weekly, 12 monthly (never anything younger than a day).

``backup_name`` is ``duebook-<company>-<UTC timestamp>.duebak``; ``prune_backups`` deletes the
backups of a company in a folder that ``retained`` does not keep.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path

from app.models.base import utcnow

SUFFIX = ".duebak"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STAMP = "%Y%m%dT%H%M%SZ"


# ---- making a backup ------------------------------------------------------------------------------

def slug(name: str) -> str:
    return re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_") or "company"


def backup_name(company: str, at: dt.datetime) -> str:
    return f"duebook-{slug(company)}-{at.strftime(STAMP)}{SUFFIX}"


# ---- retention ------------------------------------------------------------------------------------

_NAME_RE = re.compile(r"^duebook-(?P<slug>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.duebak$")


def _backups_in(folder: Path, company: str) -> list[tuple[dt.datetime, Path]]:
    want = slug(company)
    out = []
    for p in folder.glob(f"duebook-*{SUFFIX}"):
        m = _NAME_RE.match(p.name)
        if m and m.group("slug") == want:
            out.append((dt.datetime.strptime(m.group("stamp"), STAMP), p))
    out.sort(key=lambda t: (t[0], t[1].name), reverse=True)
    return out


def retained(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months
    that have one, and every backup younger than a day."""
    ordered = sorted(set(stamps), reverse=True)
    keep = {t for t in ordered if now - t < dt.timedelta(days=1)}
    for key_fn, count in ((lambda t: t.date(), KEEP_DAILY),
                          (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for t in ordered:
            k = key_fn(t)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(t)
    return keep


def prune_backups(folder: str | os.PathLike[str], company: str,
                  now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups of ``company`` in ``folder`` that the retention rule does not keep."""
    items = _backups_in(Path(folder), company)
    keep = retained([t for t, _ in items], now or utcnow())
    newest_of: dict[dt.datetime, Path] = {}
    for t, p in items:
        newest_of.setdefault(t, p)
    removed = []
    for t, p in items:
        if t in keep:
            continue
        with contextlib.suppress(OSError):
            p.unlink()
            removed.append(p)
    return removed

"""Where a rendered document goes: a path (written whole, then renamed) or an open binary stream."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

Target = str | os.PathLike[str] | BinaryIO


def save(data: bytes, target: Target) -> Path | None:
    """Write ``data`` to ``target``; returns the path written (None for a stream)."""
    if isinstance(target, str | os.PathLike):
        out = Path(target)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(out)
        return out
    target.write(data)
    return None

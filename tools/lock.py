"""Write ``requirements.lock``: the exact versions of everything Duebook and its extras need, as installed.

    python -m tools.lock            # after the tests passed in this environment

The lock is the closure of the project's requirements (its dependencies, the ``dev``, ``server`` and
``bundle`` extras, the build requirements) over the distributions installed in the running environment, so it
names exactly what the tests ran against and nothing else the environment happens to hold. The
Makefile installs with it as constraints (``pip install -c requirements.lock``).
"""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
EXTRAS = ("dev", "server", "bundle")


def top_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(r) for r in project["project"]["dependencies"]]
    for extra in EXTRAS:
        reqs += [Requirement(r) for r in project["project"]["optional-dependencies"][extra]]
    reqs += [Requirement(r) for r in project["build-system"]["requires"]]
    return [r for r in reqs if canonicalize_name(r.name) != "duebook"]


def closure(reqs: list[Requirement]) -> dict[str, str]:
    """name -> installed version of every distribution the requirements pull in (with their extras)."""
    env = default_environment()
    found: dict[str, str] = {}
    todo = [(r, frozenset(r.extras)) for r in reqs]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        req, extras = todo.pop()
        key = (canonicalize_name(req.name), extras)
        if key in seen:
            continue
        seen.add(key)
        dist = metadata.distribution(req.name)
        found[canonicalize_name(req.name)] = dist.version
        for line in dist.requires or []:
            sub = Requirement(line)
            if sub.marker is None or any(sub.marker.evaluate({**env, "extra": e}) for e in extras or {""}):
                todo.append((sub, frozenset(sub.extras)))
    return found


def lock_text() -> str:
    pins = closure(top_requirements())
    head = (f"# The exact versions the tests ran against (Python {sys.version_info.major}.{sys.version_info.minor}, "
            "Linux x86-64).\n# Made by `python -m tools.lock`; used as constraints by the Makefile.\n")
    return head + "".join(f"{name}=={version}\n" for name, version in sorted(pins.items()))


if __name__ == "__main__":
    LOCK.write_text(lock_text(), encoding="utf-8")
    print(f"wrote {LOCK}")

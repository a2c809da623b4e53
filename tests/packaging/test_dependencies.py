"""Dependency hygiene: floors are versions the tests ran, the lock names them exactly, tools are pinned,
and PostgreSQL support is an extra that says so when it is missing."""

from __future__ import annotations

import importlib.util
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from app.cli import main
from tools import lock

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FLOOR_BELOW_TESTED = {"pyrage"}  # installed at its floor and run by test_minimum_versions.py


def locked() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def requirements(*extras: str) -> list[Requirement]:
    reqs = [Requirement(r) for r in PROJECT["project"]["dependencies"]]
    for extra in extras:
        reqs += [Requirement(r) for r in PROJECT["project"]["optional-dependencies"][extra]]
    return reqs


def floor(req: Requirement) -> str | None:
    return next((s.version for s in req.specifier if s.operator in (">=", "==")), None)


def test_every_requirement_has_a_floor_the_lock_satisfies_and_the_floor_is_what_was_tested() -> None:
    pins = locked()
    for req in requirements("server", "dev"):
        name = canonicalize_name(req.name)
        assert floor(req) is not None, f"{req} has no floor"
        assert name in pins, f"{req.name} is not in requirements.lock"
        assert req.specifier.contains(pins[name]), f"requirements.lock has {name}=={pins[name]}, outside {req}"
        if name not in FLOOR_BELOW_TESTED:
            assert floor(req) == pins[name], f"{req}: the floor is not the tested version {pins[name]}"
    assert floor(next(r for r in requirements() if r.name == "pyrage")) == "1.2.1"


def test_the_lock_is_the_environment_the_tests_run_in() -> None:
    assert lock.closure(lock.top_requirements()) == locked(), "requirements.lock is stale: run python -m tools.lock"


def test_the_gating_tools_are_pinned_exactly() -> None:
    dev = {canonicalize_name(r.name): r for r in requirements("dev")}
    for tool in ("ruff", "mypy", "import-linter", "pytest"):
        (spec,) = dev[tool].specifier
        assert spec.operator == "==" and spec.version == metadata.version(tool)


def test_postgresql_support_is_the_server_extra_and_the_dev_extra_pulls_it() -> None:
    core = {canonicalize_name(r.name) for r in requirements()}
    assert "psycopg" not in core
    assert "psycopg" in {canonicalize_name(r.name) for r in requirements("server")}
    assert "psycopg" in {canonicalize_name(r.name) for r in requirements("dev")}


def test_a_server_url_without_the_server_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a))
    code = main(["--db", "postgresql+psycopg://clerk:s3cret@127.0.0.1:5432/books", "customers"])
    err = capsys.readouterr().err
    assert code == 1
    assert "no PostgreSQL driver" in err and "pip install 'duebook[server]'" in err
    assert "s3cret" not in err

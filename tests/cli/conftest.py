"""Run the command line in-process, the way a script would see it: stdout, stderr, exit code."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


Runner = Callable[..., Result]


@pytest.fixture
def company_file(tmp_path: Path) -> Path:
    return tmp_path / "books.duebook"


@pytest.fixture
def duebook(company_file: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(["--db", str(company_file), *args])
        except SystemExit as e:  # argparse usage errors
            code = int(e.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run

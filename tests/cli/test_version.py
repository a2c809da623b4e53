"""``--version`` on both programs names the installed version (what a supporter asks first)."""

from __future__ import annotations

from importlib import metadata

import pytest

from app.cli import main
from app.ui.startup import parse_args


def test_duebook_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"duebook {metadata.version('duebook')}"


def test_duebook_gui_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        parse_args(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"duebook-gui {metadata.version('duebook')}"

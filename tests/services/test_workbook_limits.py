"""A small workbook that claims a huge sheet or inflates to gigabytes is refused before it is read
(issue 20, item 8): the zip's directory and each sheet's dimension are checked first."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.errors import CompanyFileError
from app.services.interchange import importing


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "customers"
    ws.append(["code", "name"])
    ws.append(["C1", "Harbor Trading Ltd"])
    wb.save(path)
    return path


def _rewrite(path: Path, member: str, change: bytes | None = None, replace: tuple[bytes, bytes] | None = None) -> None:
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    if replace is not None:
        items[member] = items[member].replace(*replace)
    if change is not None:
        items[member] = change
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


def test_a_sheet_claiming_16384_columns_is_refused_unread(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "wide.xlsx")
    _rewrite(path, "xl/worksheets/sheet1.xml", replace=(b'<dimension ref="A1:B2"', b'<dimension ref="A1:XFD2000"'))
    with pytest.raises(CompanyFileError, match="claims 16384 columns"):
        importing.read_path(path, [])


def test_a_shared_strings_bomb_is_refused_unread(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "bomb.xlsx")
    bomb = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + b"<si><t>" + b"A" * (8 << 20) + b"</t></si></sst>")
    _rewrite(path, "xl/sharedStrings.xml", change=bomb)
    with pytest.raises(CompanyFileError, match="zip bomb"):
        importing.read_path(path, [])


def test_an_ordinary_workbook_is_read(tmp_path: Path) -> None:
    tables = importing.read_path(_workbook(tmp_path / "ok.xlsx"), [])
    assert tables["customers"].rows[0][:2] == ["C1", "Harbor Trading Ltd"]

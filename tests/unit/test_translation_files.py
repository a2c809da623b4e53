"""Every translation file is whole: each entry has a context, and every Chinese entry a finished text.

An entry under an empty context is never found by the program (its text stays English), and an
unfinished one shows English in the Chinese program. The Chinese files together also hold every
text the program's screens ask for (lupdate over app/ui), so a string added without its Chinese
fails here rather than in a user's window.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.context import i18n_dir

ROOT = Path(__file__).resolve().parents[2]
I18N = i18n_dir()
TS_FILES = sorted(I18N.glob("*.ts"))


def entries(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message) of every message of a .ts file, obsolete ones left out."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out.append((name, msg.findtext("source") or "", msg))
    return out


def problems(path: Path) -> list[str]:
    chinese = path.stem.endswith("_zh_CN")
    bad = []
    for name, source, msg in entries(path):
        where = f"{path.name}: {source!r}"
        if not name.strip():
            bad.append(f"{where} has an empty context")
        tr = msg.find("translation")
        if tr is None:
            bad.append(f"{where} has no translation")
            continue
        if tr.get("type") == "unfinished" and (chinese or msg.get("numerus") == "yes"):
            bad.append(f"{where} is unfinished")
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if not forms or not all(f.strip() for f in forms):
                bad.append(f"{where} lacks a plural form")
        elif chinese and not (tr.text or "").strip():
            bad.append(f"{where} has no Chinese text")
    return bad


def test_there_are_translation_files() -> None:
    names = {p.name for p in TS_FILES}
    assert {"duebook_zh_CN.ts", "duebook_en.ts"} <= names


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_entry_has_a_context_and_a_finished_translation(path: Path) -> None:
    assert problems(path) == []


def test_the_checks_catch_an_empty_context_and_an_unfinished_entry(tmp_path: Path) -> None:
    ts = tmp_path / "x_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN">'
        "<context><name></name><message><source>Last backup</source><translation>上次备份</translation></message>"
        "</context><context><name>Page</name><message><source>Open</source>"
        '<translation type="unfinished"></translation></message></context></TS>', encoding="utf-8")
    found = problems(ts)
    assert any("empty context" in p for p in found) and any("unfinished" in p for p in found)


def _lupdate() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else shutil.which("pyside6-lupdate")


def test_every_text_of_the_screens_has_its_chinese(tmp_path: Path) -> None:
    lupdate = _lupdate()
    assert lupdate is not None, "pyside6-lupdate (PySide6's tools) is needed"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "all_zh_CN.ts"
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    have = {(name, source) for p in TS_FILES if p.stem.endswith("_zh_CN")
            for name, source, msg in entries(p)
            if (msg.find("translation") is not None and msg.find("translation").get("type") != "unfinished")}  # type: ignore[union-attr]
    missing = sorted(f"{name}: {source!r}" for name, source, _m in entries(fresh) if (name, source) not in have)
    assert missing == []

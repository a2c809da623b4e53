"""`duebook company set`: the letterhead, bank details, logo and default language (INTERCHANGE §4)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image

from tests.cli.conftest import Runner


def picture(path: Path, kind: str = "PNG", size: tuple[int, int] = (240, 80)) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buf, kind)
    path.write_bytes(buf.getvalue())
    return path


def test_company_set_fills_the_letterhead_and_the_remittance_box(duebook: Runner, tmp_path: Path) -> None:
    assert duebook("init", "--company", "上海演示贸易有限公司", "--locale", "zh_CN").code == 0
    r = duebook("company", "set", "--address", "上海市浦东新区世纪大道100号\\n20楼", "--tax-id", "91310000MA1FL1234X",
                "--phone", "021-5555 1234", "--email", "ar@demo.example",
                "--bank", "招商银行上海分行\\n账号 6225 8888 1234 5678", "--logo", str(picture(tmp_path / "l.png")),
                "--json")
    assert r.code == 0, r.err
    assert r.json == {"name": "上海演示贸易有限公司", "address": "上海市浦东新区世纪大道100号\n20楼",
                      "tax_id": "91310000MA1FL1234X", "phone": "021-5555 1234", "email": "ar@demo.example",
                      "currency": "CNY", "default_language": "zh_CN", "bank_name": "", "bank_account": "",
                      "bank": "招商银行上海分行\n账号 6225 8888 1234 5678", "logo": True}
    # only what is given changes
    assert duebook("company", "set", "--phone", "021-6666 0000").code == 0
    shown = duebook("company", "show", "--json").json
    assert shown["phone"] == "021-6666 0000" and shown["tax_id"] == "91310000MA1FL1234X" and shown["logo"]
    # every document now carries it: a statement's letterhead and its "请汇款至" box
    duebook("import", str(_books(tmp_path)))
    out = tmp_path / "st.pdf"
    assert duebook("statement", "C1", "--from", "2026-01-01", "--to", "2026-03-31", "--pdf", str(out)).code == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("上海市浦东新区世纪大道100号", "20楼", "91310000MA1FL1234X", "请汇款至", "招商银行上海分行",
                  "账号 6225 8888 1234 5678"):
        assert words in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3  # two header lines, then the logo


def _books(tmp_path: Path) -> Path:
    folder = tmp_path / "books"
    folder.mkdir()
    (folder / "customers.csv").write_text("code,name\nC1,上海华东贸易有限公司\nC2,Harbor Trading Ltd\n",
                                          encoding="utf-8")
    (folder / "invoices.csv").write_text("number,customer_code,issue_date,amount\nI1,C1,2026-02-01,1200.00\n",
                                         encoding="utf-8")
    return folder


def test_a_bad_logo_is_refused_with_a_clear_message_and_nothing_changes(duebook: Runner, tmp_path: Path) -> None:
    duebook("init", "--company", "Demo Co", "--locale", "en")
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    r = duebook("company", "set", "--phone", "123", "--logo", str(text))
    assert r.code == 1
    assert "logo" in r.err and "PNG or JPEG" in r.err
    big = picture(tmp_path / "big.png", size=(4100, 100))
    r = duebook("company", "set", "--logo", str(big))
    assert r.code == 1 and "4100 x 100 pixels; at most 4000 x 4000" in r.err
    r = duebook("company", "set", "--logo", str(tmp_path / "missing.png"))
    assert r.code == 1 and "no such file" in r.err
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (1024 * 1024 + 10))
    r = duebook("company", "set", "--logo", str(huge))
    assert r.code == 1 and "at most 1024 KB" in r.err
    shown = duebook("company", "show", "--json").json
    assert shown["phone"] == "" and shown["logo"] is False
    assert duebook("company", "set", "--logo", str(picture(tmp_path / "ok.jpg", "JPEG"))).code == 0
    assert duebook("company", "set", "--no-logo").code == 0
    assert duebook("company", "show", "--json").json["logo"] is False


def test_the_default_language_decides_a_new_customers_letters(duebook: Runner, tmp_path: Path) -> None:
    duebook("init", "--company", "Demo Co", "--locale", "zh_CN")
    assert duebook("company", "set", "--default-language", "en").code == 0
    assert duebook("company", "set", "--default-language", "fr").code == 2
    duebook("import", str(_books(tmp_path)))
    rows = duebook("customers", "--json").json
    from app.services.company import open_company

    assert {r["code"] for r in rows} == {"C1", "C2"}
    db = open_company(str(tmp_path / "books.duebook"))
    try:
        from app.services.customers.records import get_customer

        assert get_customer(db.uow(), "C1").language == "en"
    finally:
        db.close()

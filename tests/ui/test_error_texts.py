"""Every error a service can raise has words in the GUI's languages (issue 3).

The raise sites are read from the source of ``app/services`` (tests/ui/error_sources.py), so a
new code, field or message without a translation fails here instead of reaching a Chinese
user in English.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.services import errors as e
from app.services.permissions import ACTIONS
from app.ui import errors as ui
from app.ui.context import translation_files
from tests.ui.error_sources import ROOT, SAMPLE, Raised, error_classes, raised, sample

# Raise sites whose message is not a literal, and where its words come from instead.
COMPUTED = {
    ("app/services/customers/records.py", "FieldProblem"),  # check_customer's bad(): its calls are listed
    ("app/services/customers/records.py", "bad"),  # the tax ID reason: tax_id.check_tax_id's literals
    ("app/services/customers/tax_id.py", "TaxIdCheck"),  # a valid ID: no reason
    ("app/services/interchange/importing.py", "RowError"),  # _record joins the reasons listed; the tax ID reason
    ("app/services/ledger/postings.py", "NotFound"),  # NotFound(kind, number): the document kinds
    ("app/services/collections/reminders.py", "NotFound"),  # NotFound("invoice", number)
    ("app/services/credit/policy.py", "PermissionDenied"),  # action= words: ACTIONS
    ("app/services/sql.py", "NotFound"),  # get_or_raise(..., what="customer"): the words of NotFound's what
    ("app/services/permissions.py", "PermissionDenied"),
    ("app/services/locking.py", "FileLocked"),  # path, pid, host
    ("app/services/progress.py", "Cancelled"),
    ("app/services/server/connection.py", "ServerUnreachable"),  # the driver's reason, inside a translated sentence
    ("app/services/server/connection.py", "ServerLoginFailed"),
    ("app/services/company.py", "ServerUnreachable"),  # server_error: the same, when an open meets it
    ("app/services/company.py", "ServerLoginFailed"),
    ("app/services/server/transfer.py", "CompanyFileError"),  # another error's message, passed on
    ("app/services/company.py", "ServerSupportMissing"),  # the URL only: the sentence is its code's
    # the bank parsers' row.bad(row, str(exc)): the ValueError reasons of bank/formats.py and
    # bank/profile.py (test_bank_statement_reasons_are_translated)
    ("app/services/bank/formats.py", "RowError"),
    # the outbox's errors: PARAM_CODES, their sentence built from host, port, user, customer
    # (and the server's reply) in app/ui/errors.py (test_mail_server_errors_read_in_chinese)
    ("app/services/outbox/settings.py", "SmtpPasswordNeeded"),
    ("app/services/outbox/transport.py", "SmtpNotConfigured"),
    ("app/services/outbox/transport.py", "SmtpLoginFailed"),
    ("app/services/outbox/transport.py", "SmtpUnreachable"),
    ("app/services/outbox/transport.py", "SmtpRefused"),
    ("app/services/outbox/sources.py", "NoEmailAddress"),
    # --- approvals --- (PARAM_CODES: their sentence is their code's)
    ("app/services/approvals/requests.py", "OwnRequest"),
    ("app/services/approvals/requests.py", "AlreadyDecided"),
    ("app/services/approvals/rules.py", "ApprovalNeeded"),
}
# Messages with a computed middle, and the texts they can become.
EXPANSIONS = {
    f"customer {SAMPLE} is {SAMPLE} archived": [f"customer {SAMPLE} is already archived",
                                               f"customer {SAMPLE} is not archived"],
    f"wrong user name or password{SAMPLE}": ["wrong user name or password",
                                              f"wrong user name or password; wait {SAMPLE} s before the next try"],
    f"{SAMPLE}: {SAMPLE}": [f"not a decimal amount: '{SAMPLE}'", f"more than 2 decimal places: '{SAMPLE}'"],
    f"{SAMPLE}; an override with a reason is needed": [
        f"exposure {SAMPLE} would exceed the credit limit {SAMPLE}; an override with a reason is needed",
        f"customer is on credit hold ({SAMPLE}); an override with a reason is needed"],
}
# Document kinds a NotFound can name (ledger.find_document: kind.replace("_", " ")).
KINDS = ["invoice", "payment", "credit note", "refund", "write off", "opening balance", "charge", "void"]


def _sites() -> list[Raised]:
    return raised()


def _messages() -> Iterator[tuple[str, str]]:
    codes = error_classes()
    for r in _sites():
        if r.kind == "NotFound" or r.message is None or codes.get(r.kind) in ui.PARAM_CODES:
            continue  # NotFound names a kind (below); PARAM_CODES make their sentence from params
        for text in EXPANSIONS.get(r.message, [r.message]):
            yield r.where, text


def test_the_source_walk_finds_the_raise_sites() -> None:
    sites = _sites()
    assert len(sites) > 150
    kinds = {r.kind for r in sites}
    assert {"ValidationError", "FieldProblem", "RowError", "StateError", "BackupError", "CreditRefused"} <= kinds


def test_every_error_code_raised_in_the_services_has_a_sentence() -> None:
    codes = set(error_classes().values())
    codes |= {r.code for r in _sites() if r.code is not None}
    missing = sorted(c for c in codes if c not in ui.CODE_TEXTS)
    assert missing == [], f"add these codes to app/ui/errors.py CODE_TEXTS: {missing}"
    problem_codes = [r for r in _sites() if r.kind in ("ValidationError", "FieldProblem", "bad")
                     and (r.where.split(":")[0], r.kind) not in COMPUTED]
    assert all(r.code is not None for r in problem_codes), [r.where for r in problem_codes if r.code is None]


def test_every_message_raised_in_the_services_has_a_translation() -> None:
    missing = sorted({f"{where}: {text!r}" for where, text in _messages() if ui.detail_text(text) is None})
    assert missing == [], "add these messages to app/ui/errors.py DETAILS:\n" + "\n".join(missing)


def test_computed_messages_are_only_the_known_ones() -> None:
    computed = {(r.where.split(":")[0], r.kind) for r in _sites() if r.message is None}
    assert computed <= COMPUTED, f"a message is built where the test cannot read it: {computed - COMPUTED}"


def test_every_field_has_a_label() -> None:
    fields = set()
    for r in _sites():
        if r.field is None or r.field == "*":
            continue
        f = r.field.replace(f"[{SAMPLE}]", "[0]")
        if f.startswith(f"{SAMPLE}."):  # dunning: f"levels[{n}].{name}"
            f = "levels[1]." + f.removeprefix(f"{SAMPLE}.")
        if SAMPLE in f:
            continue
        fields.add(f)
    fields |= {"levels[1].fee", "levels[1].min_amount"}  # dunning's f"{f}.{name}" for the two amounts
    from app.services.interchange.importing import SPEC

    fields |= {c for required, optional in SPEC.values() for c in (*required, *optional)}
    missing = sorted(f for f in fields if ui.field_label(f) == f)
    assert missing == [], f"add these fields to app/ui/errors.py FIELD_LABELS: {missing}"


def test_not_found_names_and_permission_words_are_translated() -> None:
    whats = {r.message for r in _sites() if r.kind == "NotFound" and r.message is not None}
    missing = sorted(w for w in whats | set(KINDS) if w not in ui.WHAT_LABELS)
    assert missing == []
    assert sorted(w for w, _roles in ACTIONS.values() if w not in ui.ACTION_LABELS) == []


def test_amount_parse_errors_are_translated() -> None:
    tree = ast.parse((ROOT / "app" / "models" / "money.py").read_text(encoding="utf-8"))
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args \
                and isinstance(node.exc.func, ast.Name) and node.exc.func.id == "ValueError":
            t = sample(node.exc.args[0])
            if t is not None:
                texts.append(t)
    assert len(texts) >= 8
    assert [t for t in texts if ui.detail_text(t) is None] == []


def test_bank_statement_reasons_are_translated() -> None:
    """A statement line the bank parsers cannot read says why in the user's language."""
    texts = []
    for name in ("formats.py", "profile.py"):
        tree = ast.parse((ROOT / "app" / "services" / "bank" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ValueError" \
                    and node.args:
                arg = node.args[0]
                for part in (arg.body, arg.orelse) if isinstance(arg, ast.IfExp) else (arg,):
                    t = sample(part)
                    if t is not None:
                        texts.append(t)
    assert len(texts) >= 8
    assert [t for t in texts if ui.detail_text(t) is None] == []


@pytest.fixture
def chinese(qapp) -> Iterator[QTranslator]:
    loaded = []
    for qm in translation_files("zh_CN"):
        t = QTranslator()
        assert t.load(str(qm))
        QCoreApplication.installTranslator(t)
        loaded.append(t)
    yield loaded[0]
    for t in loaded:
        QCoreApplication.removeTranslator(t)


def _has_cjk(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def test_every_entry_of_the_tables_has_chinese(chinese: QTranslator) -> None:
    untranslated = []
    for context, table in (("Fields", list(ui.FIELD_LABELS.values()) + [g for g, _o in ui.GROUP_LABELS.values()]),
                           ("Errors", list(ui.CODE_TEXTS.values()) + ui.DETAILS + list(ui.WHAT_LABELS.values())
                            + list(ui.ACTION_LABELS.values()))):
        for source in table:
            if not _has_cjk(QCoreApplication.translate(context, source)):
                untranslated.append(f"{context}: {source}")
    assert untranslated == []


def test_chinese_sentences_keep_every_value(chinese: QTranslator) -> None:
    """A translation that drops %2 would hide the amount or the number the user needs."""
    lost = [s for s in ui.DETAILS
            if sorted(set(re.findall(r"%[1-9]", s))) != sorted(set(re.findall(r"%[1-9]",
                                                                               QCoreApplication.translate("Errors", s))))]
    assert lost == []


def test_errors_read_in_chinese(chinese: QTranslator) -> None:
    exc = e.ValidationErrors([e.FieldProblem("email", "format", "not an email address"),
                              e.FieldProblem("credit_limit", "digits", "at most 2 decimal places")])
    text = ui.error_text(exc)
    assert "电子邮件" in text and "2" in text and "email address" not in text
    refused = e.CreditRefused("exposure 1200.00 would exceed the credit limit 1000.00; an override with a "
                              "reason is needed", customer="C1", status="over")
    text = ui.error_text(refused)
    assert _has_cjk(text) and "C1" in text and "1,200.00" in text and "1,000.00" in text
    assert "exceed" not in text
    assert _has_cjk(ui.error_text(e.NotFound("customer", "C9"))) and "C9" in ui.error_text(e.NotFound("customer", "C9"))
    assert _has_cjk(ui.error_text(e.Conflict("customer C1 was changed by someone else; reload it and try again")))
    denied = ui.error_text(e.PermissionDenied(user="ann (viewer)", action="post documents"))
    assert _has_cjk(denied) and "ann (viewer)" in denied
    rows = e.ImportRejected([e.RowError("invoices.csv", 3, "amount", "not an amount; also due_date: no such date: x")])
    text = ui.error_text(rows)
    assert "invoices.csv:3" in text and "not an amount" not in text and _has_cjk(text)
    bank = ui.error_text(e.ImportRejected([e.RowError("statement.csv", 4, "", "no such date: 2026-02-30")]))
    assert "statement.csv:4: " in bank and ": :" not in bank and "2026-02-30" in bank and "no such date" not in bank


def test_mail_server_errors_read_in_chinese(chinese: QTranslator) -> None:
    from app.services.outbox import errors as oe
    from app.services.outbox.transport import plain_reason

    cases = [(oe.SmtpNotConfigured(), []),
             (oe.SmtpPasswordNeeded(user="ar@example.com", host="smtp.example.com"), ["ar@example.com", "smtp.example.com"]),
             (oe.SmtpLoginFailed(host="smtp.example.com", user="ar", reply="535 5.7.8 bad credentials"),
              ["smtp.example.com", "ar", "535 5.7.8 bad credentials"]),
             (oe.SmtpUnreachable(host="smtp.example.com", port=587, reason="timed out"), ["smtp.example.com", "587"]),
             (oe.SmtpRefused(reply="550 mailbox unavailable"), ["550 mailbox unavailable"]),
             (oe.NoEmailAddress(customer="C042"), ["C042"])]
    for exc, values in cases:
        text = ui.error_text(exc)
        assert exc.code in ui.PARAM_CODES
        assert _has_cjk(text) and all(v in text for v in values), text
        assert "mail server" not in text and "timed out" not in text, text
    refused = ui.error_text(oe.SmtpUnreachable(host="smtp.example.com", port=25, reason=plain_reason(
        ConnectionRefusedError(111, "Connection refused"))))
    assert _has_cjk(refused) and "refused" not in refused and "listening" not in refused, refused


def test_an_unknown_code_falls_back_to_the_english_detail() -> None:
    class Strange(e.DuebookError):
        code = "strange_new_code"

    assert ui.error_text(Strange("the gizmo is stuck")) == "the gizmo is stuck"
    # English stays as the services wrote it
    assert ui.error_text(e.ValidationError("email", "not an email address", code="format")) == \
        "Email: not an email address"


def test_the_reasons_a_server_cannot_be_reached_are_translated() -> None:
    tree = ast.parse((ROOT / "app" / "services" / "company.py").read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "plain_reason")
    returned = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return) and n.value is not None]
    texts = [t for v in returned for n in ast.walk(v) for t in [sample(n)] if isinstance(n, ast.Constant) and t]
    assert len(texts) >= 5
    assert [t for t in texts if ui.detail_text(t) is None] == []


def test_the_reasons_a_mail_server_cannot_be_reached_are_translated() -> None:
    tree = ast.parse((ROOT / "app" / "services" / "outbox" / "transport.py").read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "plain_reason")
    returned = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return) and isinstance(n.value, ast.Constant)]
    texts = [t for v in returned for t in [sample(v)] if t]
    assert len(texts) >= 4
    assert [t for t in texts if ui.detail_text(t) is None] == []

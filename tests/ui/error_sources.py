"""Every error the services can raise, read from their source (for the translation tests).

Walks ``app/services`` and ``app/models`` with :mod:`ast` and lists each raise site's class code,
problem code, field and English message, with every ``{...}`` of an f-string replaced by
``SAMPLE`` so that the message can be matched by the UI's translation patterns.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "app" / "services").rglob("*.py")), *sorted((ROOT / "app" / "models").glob("*.py"))]
SAMPLE = "Q7"

# Calls that carry a message to the user: name -> (index of the field, of the code, of the message).
FIELD_CALLS = {"ValidationError": (0, 2, 1), "FieldProblem": (0, 1, 2)}
MESSAGE_ONLY = {"RowError": 3, "TaxIdCheck": 3}


@dataclass(frozen=True)
class Raised:
    where: str  # file:line
    kind: str  # the class (or helper) called
    code: str | None  # the problem code of a ValidationError / FieldProblem
    field: str | None
    message: str | None  # the English message with SAMPLE for each placeholder; None when not a literal


def sample(node: ast.AST | None) -> str | None:
    """The literal text of a str constant, f-string or sum of them; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
            else:
                parts.append(SAMPLE)
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = sample(node.left), sample(node.right)
        if a is None and b is None:
            return None
        return (a if a is not None else SAMPLE) + (b if b is not None else SAMPLE)
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _arg(call: ast.Call, index: int, keyword: str) -> ast.AST | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return call.args[index] if index < len(call.args) else None


def error_classes() -> dict[str, str]:
    """Class name -> ``code`` of every DuebookError subclass in the services."""
    out: dict[str, str] = {}
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "code"
                                                            for t in stmt.targets) \
                            and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
                        out[node.name] = stmt.value.value
    return out


def raised() -> list[Raised]:
    classes = error_classes()
    out: list[Raised] = []
    for path in SOURCES:
        rel = path.relative_to(ROOT)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            where = f"{rel}:{node.lineno}"
            if name in FIELD_CALLS:
                fi, ci, mi = FIELD_CALLS[name]
                field = _arg(node, fi, "field")
                code = _arg(node, ci, "code")
                if name == "ValidationError" and code is None:
                    code_text: str | None = "invalid"
                else:
                    code_text = code.value if isinstance(code, ast.Constant) and isinstance(code.value, str) else None
                out.append(Raised(where, name, code_text, sample(field) if field is not None else None,
                                  sample(_arg(node, mi, "detail" if name == "ValidationError" else "message"))))
            elif name == "bad" and len(node.args) == 3:  # customers.check_customer's bad(field, code, message)
                out.append(Raised(where, name, sample(node.args[1]), sample(node.args[0]), sample(node.args[2])))
            elif name == "bad" and len(node.args) == 2:  # the import's row.bad(column, reason)
                out.append(Raised(where, "RowError", None, sample(node.args[0]), sample(node.args[1])))
            elif name in MESSAGE_ONLY:
                out.append(Raised(where, name, None, None, sample(_arg(node, MESSAGE_ONLY[name], "reason"))))
            elif name in classes and name not in ("ValidationErrors", "ImportRejected"):
                detail = node.args[0] if node.args else _arg(node, 99, "detail")
                out.append(Raised(where, name, None, None, sample(detail) if detail is not None else None))
    return out

"""Connecting to a company on a PostgreSQL server, and what to do when the server cannot be reached.

The connection (host, port, database, user) is remembered in ``server.json`` in
the config folder; the password only ever in the operating system's keyring
(``keyring``), never in a settings file. With no keyring (a Linux without a
Secret Service) the password is simply asked each time.

When the server cannot be reached the user is told so plainly and may open the
latest local backup (``.duebak``) read-only: it is decrypted into a private
working copy, so the backup itself is never changed and nothing is written to
the server.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from app import config
from app.services.company import ServerLoginFailed, ServerUnreachable, open_company, plain_reason
from app.services.errors import CompanyFileError, ValidationErrors
from app.services.errors import FieldProblem as Problem
from app.services.safety import archive, restore
from app.services.unit_of_work import Database

KEYRING_SERVICE = "Duebook server"
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is reported quickly, not after minutes


@dataclass(frozen=True)
class ServerProfile:
    """Where the company lives on a server (everything but the password)."""

    host: str = "localhost"
    port: int = 5432
    database: str = ""
    user: str = ""
    schema: str = ""  # optional: one database may hold several companies, one per schema

    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}" + (f" ({self.schema})" if self.schema else "")


def check_profile(p: ServerProfile) -> ServerProfile:
    """The profile with spaces trimmed; every empty or bad field reported at once."""
    p = ServerProfile(p.host.strip(), p.port, p.database.strip(), p.user.strip(), p.schema.strip())
    problems = []
    if not p.host or not re.fullmatch(r"[\w.\-:\[\]]+", p.host):
        problems.append(Problem("host", "required" if not p.host else "format", "a host name or address"))
    if not 0 < p.port < 65536:
        problems.append(Problem("port", "range", "a port between 1 and 65535"))
    if not p.database:
        problems.append(Problem("database", "required", "the name of the database"))
    if not p.user:
        problems.append(Problem("user", "required", "a user name"))
    if p.schema and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p.schema):
        problems.append(Problem("schema", "format", "letters, digits and _ only"))
    if problems:
        raise ValidationErrors(problems)
    return p


def server_url(p: ServerProfile, password: str | None) -> str:
    """The SQLAlchemy URL (psycopg 3) with a short connect timeout."""
    query = {"connect_timeout": str(CONNECT_TIMEOUT)}
    if p.schema:
        query["options"] = f"-csearch_path={p.schema}"
    return URL.create("postgresql+psycopg", username=p.user, password=password or None, host=p.host,
                      port=p.port, database=p.database, query=query).render_as_string(hide_password=False)


# ---- remembering the connection --------------------------------------------------------------------

def _profile_file() -> Path:
    return config.config_dir() / "server.json"


def load_profile() -> ServerProfile | None:
    try:
        raw = json.loads(_profile_file().read_text(encoding="utf-8"))
        return ServerProfile(str(raw["host"]), int(raw["port"]), str(raw["database"]), str(raw["user"]),
                             str(raw.get("schema", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_profile(p: ServerProfile) -> None:
    """Remember the connection for next time. Never the password."""
    _profile_file().write_text(json.dumps(dataclasses.asdict(p), indent=2), encoding="utf-8")


def _key(p: ServerProfile) -> str:
    return p.label()


def store_password(p: ServerProfile, password: str) -> bool:
    """Keep the password in the OS keyring; False when this computer has no keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _key(p), password)
        return True
    except KeyringError:
        return False


def saved_password(p: ServerProfile) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _key(p))
    except KeyringError:
        return None


def forget_password(p: ServerProfile) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _key(p))


# ---- connecting -------------------------------------------------------------------------------------

def connect(p: ServerProfile, password: str | None, user: str | None = None) -> Database:
    """Open the company on the server. ServerUnreachable / ServerLoginFailed say plainly what went wrong."""

    p = check_profile(p)
    try:
        db = open_company(server_url(p, password))
    except OperationalError as exc:
        detail = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
        if re.search(r"password|authentication|permission denied|does not exist", detail, re.I):
            raise ServerLoginFailed(detail, host=p.host, user=p.user, database=p.database) from exc
        raise ServerUnreachable(plain_reason(detail), host=p.host, port=p.port) from exc
    except CompanyFileError as exc:  # its message would show the URL, password included
        raise CompanyFileError(f"database {p.database} on {p.host} holds no Duebook company; "
                               "put one there with: duebook transfer --from FILE --to URL") from exc
    if user:
        db.user = user
    return db


# ---- the fallback: the latest local backup, read-only -----------------------------------------------

_BACKUP_RE = re.compile(r"^duebook-(?P<slug>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.duebak$")


def latest_backup(folders: list[Path] | None = None) -> Path | None:
    """The newest ``.duebak`` in the backup folders (the default one unless others are given)."""
    best: tuple[dt.datetime, str, Path] | None = None
    for folder in folders if folders is not None else [config.default_backup_dir()]:
        if not folder.is_dir():
            continue
        for path in folder.glob("duebook-*.duebak"):
            m = _BACKUP_RE.match(path.name)
            if not m:
                continue
            at = dt.datetime.strptime(m.group("stamp"), "%Y%m%dT%H%M%SZ")
            if best is None or (at, path.name) > best[:2]:
                best = (at, path.name, path)
    return None if best is None else best[2]


def open_backup_read_only(backup: Path, progress: object = None) -> Database:
    """Decrypt ``backup`` into a private working copy and open that copy read-only."""

    work = config.data_dir() / "read-only"
    work.mkdir(parents=True, exist_ok=True)
    target = work / (backup.stem + ".duebook")
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    with archive.opened_backup(backup, restore.identities_for(None), workdir=work) as (db_file, manifest):
        restore.check_snapshot(db_file, manifest, backup.name)
        shutil.move(str(db_file), target)
    db = open_company(str(target), upgrade=False)
    db.read_only = True
    return db

"""The company database and the unit of work: rollback unless commit.

Every unit of work declares its intent (:data:`Intent`): ``"write"`` (``db.uow()``: on SQLite
its transaction begins IMMEDIATE, taking the write lock) or ``"read"`` (``db.read_uow()``: a
deferred BEGIN that reads a snapshot, never takes the write lock, and refuses to flush,
commit or pass a write permission check). :class:`Work` is the protocol services rely on.
"""

from __future__ import annotations

import getpass
from types import TracebackType
from typing import Any, Literal, Protocol

from sqlalchemy import Connection, Engine, String, event, inspect
from sqlalchemy.orm import Session

from app.models.db import configure_money, is_sqlite_url, session_factory, sqlite_path


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account); still audit something
        return "user"


class Database:
    """An open company: an engine and how to make sessions. Shared by GUI and CLI."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.digits = configure_money(engine)
        self._sessions = session_factory(engine)
        self.user = default_user()
        self.role: str | None = None  # set by a login when users are on
        self.read_only = False
        self.lock: object | None = None  # app.services.locking.FileLock, when held

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite_url(self.url)

    @property
    def path(self) -> str | None:
        p = sqlite_path(self.url)
        return None if p is None else str(p)

    def refresh_money(self) -> None:
        self.digits = configure_money(self.engine)

    def new_session(self) -> Session:
        return self._sessions()

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self)

    def read_uow(self) -> ReadUnitOfWork:
        """For long reads (reports, batches, exports): never blocks a writer."""
        return ReadUnitOfWork(self)

    def close(self) -> None:
        release = getattr(self.lock, "release", None)
        if callable(release):
            release()
        self.engine.dispose()


Intent = Literal["read", "write"]


class WriteInReadingWork(RuntimeError):
    """A change was flushed or committed through a unit of work declared to read (a program error)."""


class Work(Protocol):
    """What a service needs of a unit of work: its declared intent, a session, the company."""

    intent: Intent
    session: Session
    db: Database
    digits: int
    user: str

    def __enter__(self) -> Any: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class UnitOfWork:
    """``with db.uow() as uow: ...; uow.commit()``: anything not committed is rolled back."""

    intent: Intent = "write"
    session: Session

    def __init__(self, db: Database) -> None:
        self.db = db
        self.digits = db.digits
        self.user = db.user

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.new_session()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


def _refuse_changes(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        raise WriteInReadingWork("a reading unit of work never writes")


class ReadUnitOfWork(UnitOfWork):
    """A unit of work that only reads (intent ``"read"``): every command and view that only reads.

    On SQLite every writing transaction of the program begins IMMEDIATE (it takes the write
    lock); a batch of a thousand statements in such a transaction would block the GUI's writer
    for a minute. This one begins with a deferred BEGIN: it reads a consistent snapshot (WAL)
    while others keep writing, and never takes the write lock. On PostgreSQL it is an ordinary
    transaction. Nothing is ever flushed or committed: a change raises :class:`WriteInReadingWork`.
    """

    intent: Intent = "read"
    _conn: Connection

    def __enter__(self) -> ReadUnitOfWork:
        self._conn = self.db.engine.connect()
        self._conn.info["duebook_write"] = False
        self.session = Session(bind=self._conn, expire_on_commit=False, autoflush=False)
        event.listen(self.session, "before_flush", _refuse_changes)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()
            self.session.close()
        finally:
            self._conn.info.pop("duebook_write", None)
            self._conn.close()

    def commit(self) -> None:
        raise WriteInReadingWork("a reading unit of work never commits")


class JoinedUnitOfWork(UnitOfWork):
    """A service that opens its own unit of work, run inside the caller's transaction.

    Entering and leaving do nothing and ``commit`` only flushes: the caller's unit of work commits
    (or rolls back) everything at once. Dunning posts its charges and bank reconciliation its
    payments through the ledger's own services this way.
    """

    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(uow.db)
        self.intent = uow.intent
        self.session = uow.session
        self.user = uow.user
        self.digits = uow.digits

    def __enter__(self) -> JoinedUnitOfWork:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None

    def commit(self) -> None:
        self.session.flush()

    def rollback(self) -> None:
        return None
@event.listens_for(Session, "before_flush")
def _no_control_characters(session: Session, _context: object, _instances: object) -> None:
    """The last line of text hygiene: no text column of any record is written holding a control
    character (NUL, ESC ...), whichever service or screen made it. Codes and names are checked
    with a precise message earlier (customers, import); this catches every other field."""
    from app.services.errors import ValidationError
    from app.services.text import IDENTITY_FIELDS, text_problem

    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        mapper = state.mapper
        for col in mapper.columns:
            if not isinstance(col.type, String):
                continue
            value = getattr(obj, col.key, None)
            if isinstance(value, str) and text_problem(value, multiline=True):
                raise ValidationError(col.key, "holds a control character", code="control")
            kind = IDENTITY_FIELDS.get((mapper.local_table.name, col.key))
            if kind is not None and isinstance(value, str) and (
                    obj in session.new or state.attrs[col.key].history.has_changes()):
                _check_identity(session, mapper, obj, col.key, value, kind)


def _check_identity(session: Session, mapper: Any, obj: object, key: str, value: str, kind: str) -> None:
    """Codes and names of every record, at the edge: a direction override (or, in a name, a hidden
    character) is refused; a code is stored normalised, and a look-alike of a code already used
    (``C1`` and ``C1`` + a zero-width space) is refused as that code."""
    from sqlalchemy import Index, UniqueConstraint, and_, select

    from app.services.errors import ValidationError
    from app.services.text import IDENTITY_FIELDS, clean_identity, identity_problem, text_problem

    if text_problem(value):  # a code or a name is one line
        raise ValidationError(key, "holds a control character", code="control")
    if identity_problem(value, kind):
        raise ValidationError(key, "holds a character that reverses or hides text", code="control")
    cleaned = clean_identity(value, kind)
    if cleaned == value:
        return
    setattr(obj, key, cleaned)
    table = mapper.local_table
    col = table.c[key]
    groups = [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint) and c.columns.contains_column(col)]
    groups += [list(i.columns) for i in table.indexes if isinstance(i, Index) and i.unique and i.columns.contains_column(col)]
    pk = mapper.primary_key
    for cols in groups:  # a look-alike written in the same flush (two tags of one customer)
        keys = [mapper.get_property_by_column(c).key for c in cols]
        mine = [getattr(obj, k) for k in keys]
        for other in session.new:
            if other is not obj and inspect(other).mapper is mapper:
                theirs = [getattr(other, k) for k in keys]
                theirs = [clean_identity(v, IDENTITY_FIELDS.get((table.name, k), "")) if isinstance(v, str) else v
                          for v, k in zip(theirs, keys, strict=True)]
                if theirs == mine:
                    raise ValidationError(key, f"{cleaned} is already used", code="duplicate")
    with session.no_autoflush:
        for cols in groups:
            cond = [c == getattr(obj, mapper.get_property_by_column(c).key) for c in cols]
            ident = [getattr(obj, mapper.get_property_by_column(c).key) for c in pk]
            if all(v is not None for v in ident):
                cond.append(~and_(*[c == v for c, v in zip(pk, ident, strict=True)]))
            if session.execute(select(*pk).where(*cond).limit(1)).first() is not None:
                raise ValidationError(key, f"{cleaned} is already used", code="duplicate")

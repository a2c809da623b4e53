"""What every page shares: the open company, the job runner, signals, locale formatting.

Pages never hold a database session. They call services through the context:

    ctx.call(customers.search_ids, filt, on_done=self._show)          # read, off the GUI thread
    ctx.call(ledger.post_payment, cid, day, amount, write=True, on_done=...)  # the writer; data_changed
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol, get_minus_sign_symbol
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QWidget

from app import config
from app.models import money as m
from app.services.dto import CompanyInfo
from app.services.unit_of_work import Database, UnitOfWork
from app.ui.jobs import Done, Failed, Job, Jobs
from app.ui.startup import GUI_CACHE_KIB, gui_page_cache  # noqa: F401  (GUI_CACHE_KIB: for callers)

LANGUAGES = ("en", "zh_CN")
_BABEL = {"en": "en_US", "zh_CN": "zh_CN"}


_FILES = contextlib.ExitStack()  # keeps extracted resource files alive (only a zipped install extracts)


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    """``app/resources`` (icons, fonts, translations) inside the installed package or bundle."""
    return _FILES.enter_context(resources.as_file(resources.files("app").joinpath("resources")))


def i18n_dir() -> Path:
    return resource_dir() / "i18n"


def translation_files(lang: str) -> list[Path]:
    """The ``.qm`` files of ``lang``: ``duebook_<lang>.qm`` and one per area (``bank_<lang>.qm`` ...).

    Each area of the program keeps its strings in a ``.ts`` file of its own, so that areas built
    side by side never edit the same file; all of them are installed together.
    """
    main = i18n_dir() / f"duebook_{lang}.qm"
    areas = sorted(p for p in i18n_dir().glob(f"*_{lang}.qm") if p != main and p.stem.count("_") == lang.count("_") + 1)
    return [main, *areas]


class NoCompany(RuntimeError):
    """A page asked for the database while no company is open (a programming error)."""


class AppContext(QObject):
    """The composition root's shared state. One per window."""

    company_changed = Signal()  # a company was opened or closed (ctx.db may be None)
    data_changed = Signal()  # after any write: pages reload what they show
    language_changed = Signal(str)
    navigate = Signal(str, object)  # (page key, argument) e.g. ("ledger", customer_id)
    status_message = Signal(str)

    def __init__(self, parent: QObject | None = None, settings: config.Settings | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.company: CompanyInfo | None = None
        self.jobs = Jobs(self)
        self.settings = settings if settings is not None else config.load_settings()
        self.language = self.settings.language if self.settings.language in LANGUAGES else _system_language()
        self._translators: list[QTranslator] = []
        self.last_backup: dt.datetime | None = None
        self.today_override: dt.date | None = None  # screenshots and tests pin "today"

    # ---- company ---------------------------------------------------------------------------------
    def set_database(self, db: Database | None, info: CompanyInfo | None = None) -> None:
        """Make ``db`` the open company (closing the previous one) and tell every page."""
        old = self.db
        if old is not None and old is not db:
            self.jobs.wait(10000)
            old.close()
        if db is not None and db.is_sqlite:
            gui_page_cache(db)
        self.db = db
        self.company = info
        if db is not None and db.path:
            self.settings.add_recent(db.path)
            config.save_settings(self.settings)
        self.company_changed.emit()

    def close_database(self) -> None:
        self.set_database(None)

    def uow(self) -> UnitOfWork:
        if self.db is None:
            raise NoCompany("no company is open")
        return self.db.uow()

    @property
    def digits(self) -> int:
        if self.company is not None:
            return self.company.minor_digits
        return self.db.digits if self.db is not None else 2

    @property
    def currency(self) -> str:
        return self.company.currency if self.company is not None else ""

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    # ---- running services ------------------------------------------------------------------------
    def call(self, service: Callable[..., Any], *args: Any, on_done: Done | None = None,
             on_error: Failed | None = None, write: bool = False, key: str | None = None,
             progress: str | None = None, parent: QWidget | None = None, read: bool = False,
             background: bool = False, notify: bool = True, **kwargs: Any) -> Job | None:
        """Run ``service(uow, *args, **kwargs)`` off the GUI thread with a fresh unit of work.

        ``write=True``: on the single writer, and ``data_changed`` is emitted after success.
        ``read=True``: the service only reads; it gets a reading unit of work (a snapshot that
        neither waits for the writer nor holds it up; it can never commit).
        ``background=True``: a long check nobody waits for (see :class:`Jobs`).
        ``notify=False``: a write that changes nothing a page shows (a cache): no ``data_changed``.
        ``progress``: show a progress dialog and pass ``progress=`` to the service.
        """
        db = self.db
        if db is None:
            return None
        if read and write:
            raise ValueError("a job either reads or writes")
        make_uow = db.read_uow if read else db.uow

        def work(*p: Any) -> Any:
            if p:
                return service(make_uow(), *args, progress=p[0], **kwargs)
            return service(make_uow(), *args, **kwargs)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if write and notify:
                self.data_changed.emit()

        return self.jobs.run(work, done, on_error, progress, parent=parent, write=write, key=key,
                             background=background)

    # ---- language and formatting -----------------------------------------------------------------
    def set_language(self, lang: str, save: bool = True) -> None:
        """Install the translators of ``lang`` (live) and tell the window to rebuild its texts."""
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        for t in self._translators:
            if app is not None:
                QCoreApplication.removeTranslator(t)
        self._translators = []
        if app is not None:
            for qm in translation_files(lang):  # English too: its .qm holds the plural forms
                ours = QTranslator(self)
                if ours.load(str(qm)):
                    QCoreApplication.installTranslator(ours)
                    self._translators.append(ours)
        if lang != "en" and app is not None:
            qt = QTranslator(self)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                QCoreApplication.installTranslator(qt)
                self._translators.append(qt)
        QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
        changed = lang != self.language
        self.language = lang
        if save:
            self.settings.language = lang
            config.save_settings(self.settings)
        if changed:
            self.language_changed.emit(lang)

    @property
    def babel_locale(self) -> str:
        return _BABEL.get(self.language, "en_US")

    def money(self, value: Decimal | None, blank_zero: bool = False) -> str:
        """An amount in the chosen locale, with the currency's minor digits (no symbol)."""
        if value is None:
            return ""
        if blank_zero and value == 0:
            return ""
        d = self.digits
        q = m.round_money(Decimal(value), d)
        text = f"{abs(q):,.{d}f}"  # exact for Decimal; then the locale's symbols
        group, decimal, minus = _symbols(self.babel_locale)
        if group != "," or decimal != ".":
            text = text.replace(",", "\0").replace(".", decimal).replace("\0", group)
        return (minus + text) if q < 0 else text

    def money_cur(self, value: Decimal | None) -> str:
        """An amount with its currency code: ``CNY 1,234.50``."""
        if value is None:
            return ""
        return f"{self.currency} {self.money(value)}".strip()

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return _format_date(value, self.language, self.babel_locale)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.babel_locale)

    def percent(self, ratio: Decimal | None) -> str:
        if ratio is None:
            return ""
        return format_decimal(Decimal(ratio) * 100, format="#,##0.0", locale=self.babel_locale) + "%"

    def parse_money(self, text: str) -> Decimal:
        """An amount typed in the locale's format -> Decimal (never a float).

        Grouping separators and spaces are allowed; a sign, letters or more decimals than the
        currency has are refused with ValueError (its text says why, in English).
        """
        s = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", "")
        if self.currency and s.upper().startswith(self.currency):
            s = s[len(self.currency):].strip()
        return m.parse_amount(s, self.digits)

    def parse_decimal(self, text: str) -> Decimal:
        """A plain non-negative decimal (quantity, rate) typed in the locale's format."""
        s = text.strip().replace(",", "").replace(" ", "")
        return m.parse_ratio(s)


# SQLite's page cache per connection in the desktop program (KiB). The engine asks for 64 MiB (right
# for one long command-line job); the window keeps up to five connections (the GUI thread, two
# readers, the writer, the background check), and every one that ran the aging or a report kept
# its 64 MiB: about a third of the window's memory on data set L. 16 MiB holds every customer page
# (the search) and costs the aging no measurable time: its pages come from the OS file cache.
@lru_cache(maxsize=8)
def _symbols(locale: str) -> tuple[str, str, str]:
    return get_group_symbol(locale), get_decimal_symbol(locale), get_minus_sign_symbol(locale)


@lru_cache(maxsize=4096)
def _format_date(value: dt.date, language: str, locale: str) -> str:
    if language == "zh_CN":
        return value.isoformat()
    return format_date(value, "medium", locale=locale)


def _system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"

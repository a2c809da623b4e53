"""The ``duebook`` command line (INTERCHANGE §4): parse, call a service, print.

Exit 0 on success, 1 on a user error (one line on stderr), 2 on a usage error.
Each area of the product registers its commands from a module in
``app.commands`` so that the parser stays one short list. Building the parser
imports nothing heavy (no SQLAlchemy, no models, no services): each command
imports what it needs when it runs, so ``--help`` and usage errors answer at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from app.commands import COMMAND_MODULES
from app.commands.common import Context, fail


class VersionAction(argparse._VersionAction):
    """``--version``, reading the installed distribution's metadata only when asked (importlib.metadata
    is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from app.version import version

        self.version = f"duebook {version()}"
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="duebook", description="Duebook receivables and credit control")
    p.add_argument("--version", action=VersionAction)
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="company file or postgresql+psycopg:// URL (default: the company file in the data folder)")
    p.add_argument("--user", help="user name for the audit trail and permissions")
    p.add_argument("--password-file", metavar="FILE", help="password of --user, when users are on")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:  # a missing module is an error at start, never a silent skip
        importlib.import_module(name).register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.services.errors import DuebookError, ImportRejected

    ctx = Context(args)
    try:
        return int(args.handler(ctx, args) or 0)
    except ImportRejected as e:
        # INTERCHANGE §7: one line per invalid row, nothing else.
        for err in e.errors:
            print(str(err).replace("\n", " "), file=sys.stderr)
        return 1
    except DuebookError as e:
        return fail(e.message())
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as e:  # the last resort: one line, never a traceback; the write was rolled back
        return fail(unexpected(e))
    finally:
        ctx.close()


def unexpected(e: BaseException) -> str:
    """One line for an error no service turned into words: what it is, never a password or a traceback."""
    import re

    text = " ".join(str(e).split())
    text = re.sub(r"(://[^:/@\s]*):[^@\s]*@", r"\1:***@", text)  # a password in a URL
    text = re.sub(r"(password\s*=\s*)\S+", r"\1***", text, flags=re.IGNORECASE)
    if len(text) > 300:
        text = text[:300] + "…"
    return f"unexpected error ({type(e).__name__}): {text}; the change in progress was not saved"


if __name__ == "__main__":
    sys.exit(main())

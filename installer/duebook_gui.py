"""The bundle's ``duebook-gui`` (``Duebook.exe`` on Windows): the desktop program."""

import sys

from app.ui.startup import run

if __name__ == "__main__":
    sys.exit(run())

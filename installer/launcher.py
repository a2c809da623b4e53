"""The bundle's entry point: the desktop program, or the command line when started as ``duebook``.

On Linux and macOS ``duebook`` is a link to ``duebook-gui`` in the bundle (one executable, one copy of
the Python modules); on Windows the spec builds a console ``duebook.exe`` and a windowed
``Duebook.exe``, both from this file.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).stem.lower() == "duebook" and Path(sys.argv[0]).name != "Duebook.exe":
        from app.cli import main

        sys.exit(main())
    from app.ui.startup import run

    sys.exit(run())

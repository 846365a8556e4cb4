"""The bundle's entry point: exactly what the ``forum-kit`` command runs.

PyInstaller needs a script; this one only calls ``forum_kit.cli.main``, the function the
installed ``forum-kit`` command and ``python -m forum_kit`` call, so the frozen program starts
the same way (its start-up steps included) and takes the same arguments: none opens the app,
a subcommand runs the command line.
"""

import sys

from forum_kit.cli import main

if __name__ == "__main__":
    sys.exit(main())

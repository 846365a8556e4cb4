"""``python -m forum_kit``: the same entry point as the ``forum-kit`` command."""

import sys

from forum_kit.cli import main

if __name__ == "__main__":
    sys.exit(main())

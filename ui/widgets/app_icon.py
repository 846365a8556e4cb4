"""The application icon, built once from the PNG sizes in ``resources/icons``.

Owns ``app_icon``: every ``forum-kit-<N>.png`` the icon renderer made from the SVG source (so
Qt picks the sharpest size for a title bar, a task bar or the About box), found through
``forum_kit.resources`` like every other file the program ships.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from forum_kit.resources import resource_path


@functools.cache
def app_icon() -> QIcon:
    """Forum Kit's icon (an empty icon if the files are missing: never worth a crash)."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("forum-kit-*.png")):
        icon.addFile(str(path))
    return icon

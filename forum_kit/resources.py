"""Where the program's own files are: PDF fonts, icons, translations and licence texts.

Owns the one look-up of the resources folder (ARCHITECTURE.md rule 12: no frozen-only path code
scattered around). The folder is the top-level ``resources/`` of a source checkout (the editable
install ``./kit`` makes); a wheel built from the project carries the same tree inside the package as
``forum_kit/_data/`` (``setup.py`` copies it at build time), and the PyInstaller spec collects it to
that same place in the bundle, where ``__file__`` of this module points into the bundle's folder.
So one rule, "the package's own ``_data`` folder, else the checkout's ``resources``", finds it in
all three. Nothing here imports Qt; ``ui`` asks for icons through ``resource_path`` too.
"""

from __future__ import annotations

import functools
from pathlib import Path

from forum_kit.i18n import _

PACKAGED_FOLDER = "_data"
CHECKOUT_FOLDER = "resources"


class ResourcesMissing(FileNotFoundError):
    """The program's own files are not where the installation put them (a broken install)."""


@functools.cache
def resources_dir() -> Path:
    """The folder holding ``fonts/``, ``icons/``, translations and licence texts."""
    package = Path(__file__).resolve().parent
    for candidate in (package / PACKAGED_FOLDER, package.parent / CHECKOUT_FOLDER):
        if candidate.is_dir():
            return candidate
    raise ResourcesMissing(
        _("Forum Kit's own files (fonts, icons) are missing from its installation: reinstall it.")
    )


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder (it may not exist: callers check what they need)."""
    return resources_dir().joinpath(*parts)

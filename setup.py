"""Build hook for the wheel: the top-level ``resources/`` folder goes into the package.

Everything else about the build is declared in ``pyproject.toml``. The resources (PDF fonts,
icons, translations, licence texts) live at the top of the checkout, where the design puts them
and where other work adds files; a wheel needs them inside an importable package, so this copies
the whole tree, whatever it holds, to ``forum_kit/_data/`` (``forum_kit.resources`` looks there
first). An editable install (``./kit``) skips the copy and finds the checkout's folder instead.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path("resources")
TARGET = ("forum_kit", "_data")


class BuildPyWithResources(build_py):
    """``build_py`` plus a copy of every file under ``resources/``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib, *TARGET)
        for source in sorted(RESOURCES.rglob("*")):
            if source.is_file() and "__pycache__" not in source.parts:
                destination = target / source.relative_to(RESOURCES)
                self.mkpath(str(destination.parent))
                self.copy_file(str(source), str(destination))


setup(cmdclass={"build_py": BuildPyWithResources})

"""Where the program finds its own files (``forum_kit.resources``): one rule for a checkout, an
installed wheel and a PyInstaller bundle, and a clear error for a broken installation."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_kit import resources
from forum_kit.reports import fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def relocated(monkeypatch, tmp_path):
    """``forum_kit.resources`` as if it lived in ``tmp_path/site/forum_kit/``."""
    package = tmp_path / "site" / "forum_kit"
    package.mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    resources.resources_dir.cache_clear()
    yield package
    resources.resources_dir.cache_clear()


def test_a_checkout_uses_its_resources_folder():
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert fonts.fonts_dir() == ROOT / "resources" / "fonts"


def test_a_wheel_or_bundle_uses_the_packaged_copy_first(relocated):
    packaged = relocated / resources.PACKAGED_FOLDER
    (packaged / "fonts").mkdir(parents=True)
    (relocated.parent / "resources").mkdir()  # a stray folder beside site-packages is ignored
    assert resources.resources_dir() == packaged
    assert resources.resource_path("fonts") == packaged / "fonts"


def test_the_checkout_folder_is_the_fallback(relocated):
    (relocated.parent / "resources").mkdir()
    assert resources.resources_dir() == relocated.parent / "resources"


def test_a_broken_installation_says_to_reinstall(relocated):
    with pytest.raises(resources.ResourcesMissing, match="reinstall"):
        resources.resources_dir()
    with pytest.raises(FileNotFoundError):  # a subclass: callers catching OSError still do
        resources.resource_path("fonts")

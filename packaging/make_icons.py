"""Render the application icon from its SVG source into what each system wants.

Owns the list of sizes and files: ``forum-kit-<N>.png`` for Linux (hicolor sizes) and the
window icon, ``forum-kit.ico`` for Windows (16-256 px in one file) and ``forum-kit.icns`` for
macOS (16-1024 px). The SVG is drawn by Qt's own SVG renderer, the ICO and ICNS are assembled by
Pillow from those renderings (each size drawn from the vector, not scaled from one bitmap).
``packaging/build icons`` runs it into ``resources/icons``; the packaging tests run it into a
temporary folder and compare, so the committed files cannot drift from the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
NAME = "forum-kit"


def render_png(svg: Path, size: int, out: Path) -> None:
    """One square PNG of ``size`` pixels, transparent outside the drawing."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def make_icons(svg: Path, folder: Path) -> list[Path]:
    """Every PNG size, the ICO and the ICNS into ``folder``; returns the files written."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    scratch: dict[int, Path] = {}
    written: list[Path] = []
    for size in sizes:
        path = folder / f"{NAME}-{size}.png"
        render_png(svg, size, path)
        scratch[size] = path
        if size in PNG_SIZES:
            written.append(path)
    images = {size: Image.open(path).convert("RGBA") for size, path in scratch.items()}
    ico = folder / f"{NAME}.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = folder / f"{NAME}.icns"
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]]
    )
    written += [ico, icns]
    for image in images.values():
        image.close()
    for size, path in scratch.items():
        if size not in PNG_SIZES:
            path.unlink()
    return written


def main(argv: list[str]) -> int:
    """``make_icons.py SVG FOLDER``."""
    if len(argv) != 2:
        print("usage: make_icons.py SOURCE.svg OUTPUT_FOLDER", file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0]), Path(argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

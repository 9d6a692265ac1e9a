"""A chart spec -> PNG bytes, drawn with matplotlib's Agg backend.

matplotlib is imported inside `draw_png`, the first time a chart is drawn, so nothing that merely imports
this module (the Slack app, `ask`) pays for it. Everything is laid out in pixels straight onto Agg's
canvas, so sizes on the image are exact: a 1280 px minimum width, text at least 13 px, rows 34 px high."""

from __future__ import annotations

import io
import textwrap
import threading
from typing import Any

from bot.questions.answers.chart import SOURCE_LINE, ChartSpec
from bot.questions.vocab import GRADES

# One colour per grade, in the hue families of the answers' emoji squares (🟩 🟩 🟨 🟧 🟥), taken from the
# Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies; the two
# greens differ in lightness. Every cell also carries its grade in letters, so colour is never the only cue.
GRADE_COLOURS = {
    "Outstanding": "#00664F",
    "Good": "#009E73",
    "Adequate": "#F0E442",
    "Requires improvement": "#E69F00",
    "Inadequate": "#D55E00",
}
GRADE_EMOJI = {
    "Outstanding": "🟩",
    "Good": "🟩",
    "Adequate": "🟨",
    "Requires improvement": "🟧",
    "Inadequate": "🟥",
}
CELL_LABEL = {
    "Outstanding": "Outst.",
    "Good": "Good",
    "Adequate": "Adeq.",
    "Requires improvement": "RI",
    "Inadequate": "Inad.",
}
TEXT_ON = {"Outstanding": "white"}  # the rest read best in black
NOT_RECORDED_FILL = "#EEEEEE"
NOT_RECORDED_HATCH = "#A8A8A8"

DPI = 100
MIN_WIDTH = 1280
MARGIN = 30
ROW = 34
CELL_W = 112
GROUP_ROW = 34
FONT = 16  # px
SMALL = 15
TITLE = 26

_lock = threading.Lock()  # one drawing at a time: bounded memory, and matplotlib's caches are shared


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        out += textwrap.wrap(part, width, break_long_words=False) or [""]
    return out


def draw_png(spec: ChartSpec) -> bytes:
    """Draw the spec as a PNG at least MIN_WIDTH pixels wide."""
    with _lock:
        return _draw(spec)


def _draw(spec: ChartSpec) -> bytes:
    # Agg's renderer alone: no Figure, Axes or pyplot, which would add a third to the import time.
    from matplotlib.backends.backend_agg import RendererAgg

    label_w = max(300, min(620, int(8.8 * max((len(r.label) for r in spec.rows), default=10)) + 24))
    n_cols = len(spec.columns)
    width = max(MIN_WIDTH, MARGIN * 2 + label_w + n_cols * CELL_W)
    cell_w = (width - 2 * MARGIN - label_w) / max(n_cols, 1)
    col_lines = [_wrap(c, max(8, int(cell_w / 8))) for c in spec.columns]
    header_h = 18 * max((len(lines) for lines in col_lines), default=1) + 12
    groups = len({r.group for r in spec.rows}) if spec.grouped else 0
    notes = (*spec.notes, SOURCE_LINE)
    note_lines = [line for note in notes for line in _wrap(note, int((width - 2 * MARGIN) / 7.2))]
    top = MARGIN + 36 + 28 + 44  # title, subtitle, legend
    grid_h = len(spec.rows) * ROW + groups * GROUP_ROW
    height = int(top + header_h + grid_h + 16 + 19 * len(note_lines) + MARGIN)

    renderer = RendererAgg(width, height, DPI)
    painter = _Painter(renderer, height)
    painter.box(0, 0, width, height, "white")
    painter.text(MARGIN, MARGIN + 16, spec.title, TITLE, weight="bold")
    painter.text(MARGIN, MARGIN + 48, spec.subtitle, SMALL, color="#444444")
    _legend(painter, spec, MARGIN, MARGIN + 84)

    y = top
    for i, lines in enumerate(col_lines):
        x = MARGIN + label_w + i * cell_w + cell_w / 2
        painter.text(x, y + header_h - 8, "\n".join(lines), 13.5, ha="center", va="bottom", linespacing=1.25)
    y += header_h
    group = None
    for row in spec.rows:
        if spec.grouped and row.group != group:
            group = row.group
            painter.text(MARGIN, y + GROUP_ROW / 2 + 2, group or "Region not recorded", FONT, weight="bold")
            y += GROUP_ROW
        painter.text(MARGIN, y + ROW / 2, row.label, FONT)
        for i, cell in enumerate(row.cells):
            _cell(painter, cell, MARGIN + label_w + i * cell_w, y, cell_w)
        y += ROW
    y += 16
    for line in note_lines:
        painter.text(MARGIN, y + 8, line, 13, color="#444444")
        y += 19
    return _png(renderer, width, height)


def _png(renderer, width: int, height: int) -> bytes:
    from PIL import Image

    image = Image.frombuffer("RGBA", (width, height), renderer.buffer_rgba(), "raw", "RGBA", 0, 1)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", compress_level=3)
    return out.getvalue()


class _Painter:
    """Paints straight onto an Agg canvas in pixel coordinates, y growing downwards.

    Text is drawn as glyph outlines (TextPath), each distinct line laid out once and reused: drawing
    a 43 × 8 grid as 344 matplotlib Text artists took about 1.5 s, and this takes a fraction of that."""

    def __init__(self, renderer, height: int) -> None:
        from matplotlib.font_manager import FontProperties
        from matplotlib.transforms import Affine2D

        self.renderer = renderer
        self.to_canvas = Affine2D().scale(1, -1).translate(0, height)  # Agg's y grows upwards
        self.gc = renderer.new_gc()
        self.gc.set_antialiased(True)
        self._fonts = {w: FontProperties(family="DejaVu Sans", weight=w) for w in ("normal", "bold")}

    def _fill(self, path, fill: str, edge: str = "none", hatch: str = "") -> None:
        from matplotlib.colors import to_rgba

        gc = self.gc
        gc.set_hatch(hatch or None)
        if hatch:
            gc.set_hatch_color(to_rgba(edge))
        if edge != "none":
            gc.set_foreground(edge)
            gc.set_linewidth(0.75)  # points: 1 px at 100 dpi
        else:
            gc.set_linewidth(0)
        self.renderer.draw_path(gc, path, self.to_canvas, to_rgba(fill))

    def box(
        self, x: float, y: float, w: float, h: float, fill: str, edge: str = "none", hatch: str = ""
    ) -> None:
        from matplotlib.path import Path

        corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
        self._fill(Path(corners, closed=True), fill, edge, hatch)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = FONT,
        *,
        weight: str = "normal",
        color: str = "black",
        ha: str = "left",
        va: str = "center",
        linespacing: float = 1.2,
    ) -> None:
        """Text at (x, y) in pixels; va 'center' centres the first line, 'bottom' puts the last line's
        baseline at y."""
        from matplotlib.transforms import Affine2D

        lines = s.split("\n")
        step = size * linespacing
        first = y + size * 0.36 if va == "center" else y - step * (len(lines) - 1)
        for i, line in enumerate(lines):
            if not line:
                continue
            path = _glyphs(line, size, weight, self._fonts[weight])
            # Control points bound the glyphs closely enough to centre a label (get_extents solves curves).
            dx = -(path.vertices[:, 0].min() + path.vertices[:, 0].max()) / 2 if ha == "center" else 0
            self._fill(path.transformed(Affine2D().translate(x + dx, first + i * step)), color)

    def stamp(self, x: float, y: float, label: str, colour: str, bold: bool = True) -> None:
        """A short label centred in a cell."""
        self.text(x, y, label, SMALL, weight="bold" if bold else "normal", color=colour, ha="center")


_glyph_cache: dict[tuple, object] = {}
MAX_GLYPH_LINES = 2000  # names, areas and labels recur from chart to chart: lay each out once


def _glyphs(line: str, size: float, weight: str, font) -> Any:
    """A line of text as glyph outlines at the origin, flipped for y-down pixel coordinates."""
    key = (line, size, weight)
    found = _glyph_cache.get(key)
    if found is None:
        from matplotlib.textpath import TextPath
        from matplotlib.transforms import Affine2D

        if len(_glyph_cache) >= MAX_GLYPH_LINES:
            _glyph_cache.clear()
        path = TextPath((0, 0), line, size=size, prop=font)
        found = _glyph_cache[key] = path.transformed(Affine2D().scale(1, -1))
    return found


def _cell(painter: _Painter, cell, x: float, y: float, w: float) -> None:
    x0, y0, cw, ch = x + 1.5, y + 1.5, w - 3, ROW - 3
    if not cell.applicable:
        painter.box(x0, y0, cw, ch, "white", edge="#DDDDDD")
        painter.stamp(x + w / 2, y + ROW / 2, "—", "#888888", bold=False)
    elif cell.grade in GRADE_COLOURS:
        painter.box(x0, y0, cw, ch, GRADE_COLOURS[cell.grade])
        label = CELL_LABEL[cell.grade] + ("†" if cell.derived else "")
        painter.stamp(x + w / 2, y + ROW / 2, label, TEXT_ON.get(cell.grade, "black"))
    else:
        painter.box(x0, y0, cw, ch, NOT_RECORDED_FILL, edge=NOT_RECORDED_HATCH, hatch="///")


def _legend(painter: _Painter, spec: ChartSpec, x: float, y: float) -> None:
    items = [(g, GRADE_COLOURS[g], "", "none") for g in GRADES]
    items.append(("Not recorded", NOT_RECORDED_FILL, "///", NOT_RECORDED_HATCH))
    if any(not c.applicable for r in spec.rows for c in r.cells):
        items.append(("— not graded that round", "white", "", "#DDDDDD"))
    for label, colour, hatch, edge in items:
        painter.box(x, y - 11, 22, 22, colour, edge=edge, hatch=hatch)
        painter.text(x + 28, y, label, SMALL)
        x += 28 + 8.3 * len(label) + 22

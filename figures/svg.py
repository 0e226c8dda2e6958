"""A tiny SVG writer shared by the figure generators: same input, same bytes.

The pages include each SVG inline (pymdownx.snippets), so the page's CSS applies to it: text
and axes are drawn in `currentColor` and accents use Material's colour properties, which follow
the light and the dark (slate) scheme. A fallback after each property keeps the file readable
on its own. Numbers are written with a fixed format, and nothing depends on time or chance.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT_DIR = ROOT / "docs" / "figures"

# Accent colours: Material's custom properties (they change with the colour scheme), then the
# light scheme's value as a fallback for a file viewed outside the site.
BLUE = "var(--md-typeset-a-color,#4051b5)"
RED = "var(--md-code-hl-number-color,#d52a2a)"
GREEN = "var(--md-code-hl-string-color,#1c7d4d)"
MUTED = "var(--md-default-fg-color--light,#0000008a)"
FAINT = "var(--md-default-fg-color--lighter,#00000052)"
CODE_FONT = "var(--md-code-font-family,monospace)"

SMALLEST_TEXT = 13  # viewBox units; the figure never renders narrower than 12 px per 13 units
READABLE_PX = 12


def num(value: float, digits: int = 1) -> str:
    """A coordinate or value with at most `digits` decimals, no trailing zero, no minus zero."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def points(corners: list[tuple[float, float]]) -> str:
    """The value of a points attribute."""
    return " ".join(f"{num(x)},{num(y)}" for x, y in corners)


def _attrs(attributes: dict[str, object]) -> str:
    """Attributes in the order given; a `var(...)` value goes into `style`, where CSS reads it.

    Presentation attributes (fill="...") do not take custom properties in every browser; they
    keep the fallback, for a renderer that drops `style` (a sanitizing notebook viewer).
    """
    parts, style = [], []
    for key, value in attributes.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        if isinstance(value, float | int) and not isinstance(value, bool):
            value = num(value)
        if isinstance(value, str) and value.startswith("var("):
            style.append(f"{name}:{value}")
            value = value[value.rindex(",") + 1 : -1]
        parts.append(f' {name}="{escape(str(value))}"')
    if style:
        parts.append(f' style="{escape(";".join(style))}"')
    return "".join(parts)


def text_width(text: str, size: float, code: bool = False) -> float:
    """An estimate of a label's width: SVG cannot measure text before it is drawn."""
    wide = sum(1 for char in text if ord(char) > 0x2E80)  # CJK characters and punctuation
    return size * (wide + (0.62 if code else 0.56) * (len(text) - wide))


class Figure:
    """An SVG document built element by element, one element per line, no blank line."""

    def __init__(self, name: str, width: int, height: int, title: str, desc: str):
        self.name = name
        self.width = width
        self.height = height
        self.lines: list[str] = []
        self.title = title
        self.desc = desc

    def add(self, tag: str, content: str | None = None, **attributes: object) -> None:
        if content is None:
            self.lines.append(f"<{tag}{_attrs(attributes)}/>")
        else:
            self.lines.append(f"<{tag}{_attrs(attributes)}>{escape(content)}</{tag}>")

    def open(self, tag: str, **attributes: object) -> None:
        self.lines.append(f"<{tag}{_attrs(attributes)}>")

    def close(self, tag: str) -> None:
        self.lines.append(f"</{tag}>")

    def line(self, x1: float, y1: float, x2: float, y2: float, **attributes: object) -> None:
        self.add("line", x1=x1, y1=y1, x2=x2, y2=y2, **attributes)

    def text(self, x: float, y: float, content: str, **attributes: object) -> None:
        self.add("text", content, x=x, y=y, **attributes)

    def polyline(self, corners: list[tuple[float, float]], **attributes: object) -> None:
        self.add("polyline", points=points(corners), **attributes)

    def polygon(self, corners: list[tuple[float, float]], **attributes: object) -> None:
        self.add("polygon", points=points(corners), **attributes)

    def arrow(self, x1: float, y1: float, x2: float, y2: float, size: float = 7, **attrs) -> None:
        """A line with a filled head at (x2, y2), drawn without <marker> (no ids to clash)."""
        self.line(x1, y1, x2, y2, **attrs)
        self.arrowhead(x1, y1, x2, y2, size, attrs.get("stroke", "currentColor"))

    def arrowhead(self, x1: float, y1: float, x2: float, y2: float, size: float, colour) -> None:
        """A filled triangle at (x2, y2) pointing away from (x1, y1)."""
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        ux, uy = dx / length, dy / length
        bx, by = x2 - ux * size * 1.6, y2 - uy * size * 1.6
        left = (bx - uy * size * 0.7, by + ux * size * 0.7)
        right = (bx + uy * size * 0.7, by - ux * size * 0.7)
        self.polygon([(x2, y2), left, right], fill=colour)

    def svg(self) -> str:
        """The document: scales to the content width, never below a readable text size."""
        ident = f"gradbook-fig-{self.name.replace('_', '-')}"
        min_width = -(-self.width * READABLE_PX // SMALLEST_TEXT)  # ceiling
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width} {self.height}"'
            f' width="100%" role="img" aria-labelledby="{ident}-title {ident}-desc"'
            f' style="max-width:{self.width}px;min-width:{min_width}px"'
            ' fill="currentColor" font-size="15">'
        )
        lines = [
            head,
            f'<title id="{ident}-title">{escape(self.title)}</title>',
            f'<desc id="{ident}-desc">{escape(self.desc)}</desc>',
            *self.lines,
            "</svg>",
        ]
        return "\n".join(lines) + "\n"


def write(name: str, svg: str) -> Path:
    """Write docs/figures/<name>.svg; return its path."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUTPUT_DIR / f"{name}.svg"
    path.write_text(svg, encoding="utf-8", newline="\n")
    return path


class Axes:
    """A plot area of a figure: data coordinates to viewBox coordinates, ticks, line series."""

    def __init__(self, fig: Figure, box: tuple[float, float, float, float], x_range, y_range):
        self.fig = fig
        self.left, self.top, self.width, self.height = box
        self.x_range, self.y_range = x_range, y_range

    def px(self, x: float) -> float:
        low, high = self.x_range
        return self.left + (x - low) / (high - low) * self.width

    def py(self, y: float) -> float:
        low, high = self.y_range
        return self.top + (high - y) / (high - low) * self.height

    def draw(self, x_ticks, y_ticks, x_label: str, y_label: str, fmt=str) -> None:
        """Grid lines at the ticks, tick labels, and the two axis titles."""
        fig, bottom = self.fig, self.top + self.height
        fig.open("g", stroke=FAINT)
        for tick in y_ticks:
            fig.line(self.left, self.py(tick), self.left + self.width, self.py(tick))
        fig.close("g")
        fig.open("g", stroke="currentColor", stroke_width=1.5)
        fig.line(self.left, bottom, self.left + self.width, bottom)
        fig.line(self.left, self.top, self.left, bottom)
        fig.close("g")
        fig.open("g", fill=MUTED, font_size=13, text_anchor="middle")
        for tick in x_ticks:
            fig.text(self.px(tick), bottom + 20, fmt(tick))
        fig.close("g")
        fig.open("g", fill=MUTED, font_size=13, text_anchor="end")
        for tick in y_ticks:
            fig.text(self.left - 8, self.py(tick) + 5, fmt(tick))
        fig.close("g")
        fig.text(self.left + self.width / 2, bottom + 46, x_label, text_anchor="middle")
        fig.text(20, self.top - 14, y_label)  # above the axis, upright: Chinese reads across

    def series(self, points, colour: str, label: str, note: str = "", square=False) -> None:
        """A line through the points, a marker on each, the label (and a note) after the last."""
        corners = [(self.px(x), self.py(y)) for x, y in points]
        self.fig.polyline(corners, fill="none", stroke=colour, stroke_width=2.5)
        self.fig.open("g", fill=colour)
        for cx, cy in corners:
            if square:
                self.fig.add("rect", x=cx - 4.5, y=cy - 4.5, width=9, height=9)
            else:
                self.fig.add("circle", cx=cx, cy=cy, r=5)
        self.fig.close("g")
        last_x, last_y = corners[-1]
        self.fig.text(last_x + 12, last_y + 5, label, fill=colour, font_weight="bold")
        if note:
            self.fig.text(last_x + 12, last_y + 26, note, fill=colour, font_size=14)

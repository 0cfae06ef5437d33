"""Charts drawn with reportlab.graphics, in greys with black outlines so they survive
black-and-white printing. Every chart names what it counts; a chart with nothing to
show is left to the caller, which says so in words."""

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from rmentor.reports.document import FONT
from rmentor.reports.document import FONT_BOLD

BAR = colors.Color(0.55, 0.55, 0.55)
PARTIAL = colors.Color(0.85, 0.85, 0.85)  # the month still running
OUTLINE = colors.black
MAX_LABELS = 14  # month labels shown under a column chart; the others are left blank
MAX_VALUE_LABELS = 18  # more columns than this: the axis tells the values
TICKS = 8  # points: the axis numbers and month names, readable on paper
LABEL = 8  # points: a bar's name


def _title(drawing: Drawing, text: str, height: float) -> None:
    drawing.add(String(0, height - 11, text, fontName=FONT_BOLD, fontSize=9.5))


def nice_step(top: float) -> int:
    """A whole step for a count axis that gives four to six lines: 1, 2, 5, 10, 20..."""
    rough = max(1.0, top / 5)
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return int(factor * power)
    return int(10 * power)


def column_chart(
    title: str,
    axis_title: str,
    labels: list[str],
    values: list[float],
    width: float,
    partial_last: bool = False,
    partial_first: bool = False,
    height: float = 170,
    number=lambda v: f"{v:.0f}",
) -> Drawing:
    """Vertical bars, one per label (a month), on a whole-number axis; past MAX_LABELS
    labels only every few are written, and past MAX_VALUE_LABELS no value above the bars.
    With partial_last, the last bar is lighter: its month is still running; with
    partial_first, the first: its month was counted from a day after the 1st."""
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    drawing.add(String(0, height - 24, axis_title, fontName=FONT, fontSize=7))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = width - 40, height - 70
    chart.data = [values]
    every = math.ceil(len(labels) / MAX_LABELS)
    last = len(labels) - 1  # always named: it may be the running month the note is about
    chart.categoryAxis.categoryNames = [  # a first month counted in part is named too
        label if (last - i) % every == 0 or (i == 0 and partial_first) else ""
        for i, label in enumerate(labels)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = TICKS
    chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
    top = max(values + [1])
    step = nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = TICKS
    chart.valueAxis.labelTextFormat = number
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = OUTLINE
    chart.bars[0].strokeWidth = 0.5
    if partial_last and values:
        chart.bars[(0, len(values) - 1)].fillColor = PARTIAL
    if partial_first and values:
        chart.bars[(0, 0)].fillColor = PARTIAL
    if len(values) <= MAX_VALUE_LABELS:
        chart.barLabelFormat = lambda v: number(v) if v else ""
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def bar_chart(
    title: str,
    labels: list[str],
    values: list[float],
    width: float,
    value_format=str,
    scale: tuple[float, float] | None = None,
) -> Drawing:
    """Horizontal bars: long labels (themes, statuses) stay readable, on two or three
    lines where one would not fit beside the bars. With a scale (1, 5), bars start at its
    low end and the axis shows it."""
    label_width = min(190, width * 0.42)  # the same in every chart: bars start in line
    names = [wrapped(t, label_width) for t in labels]
    lines = max([n.count("\n") + 1 for n in names] + [1])
    row = 17 if lines == 1 else 10 * lines + 5
    rows = max(1, len(labels))
    axis = 16 if scale else 0
    height = 30 + rows * row + axis
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, 8 + axis
    chart.width, chart.height = width - label_width - 36, height - 28 - axis
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL
    chart.categoryAxis.labels.leading = 10
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    if scale:
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = scale
        chart.valueAxis.valueStep = 1
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = TICKS
    else:
        chart.valueAxis.visible = False
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(values + [1]) * 1.1  # room for the value beside a bar
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = OUTLINE
    chart.bars[0].strokeWidth = 0.5
    chart.barLabelFormat = value_format
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def wrapped(text: str, width: float) -> str:
    """The text in lines of at most `width` points (a word longer than that stays
    whole), joined by newlines, as a chart's label draws them."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", FONT, LABEL) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines) or text

"""Charts drawn with reportlab.graphics, in greys with black outlines so they survive
black-and-white printing."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from .document import FONT, FONT_BOLD

BAR = colors.Color(0.55, 0.55, 0.55)
OUTLINE = colors.black


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 11, text, fontName=FONT_BOLD, fontSize=9.5))


def column_chart(
    title: str,
    labels: list[str],
    values: list[float],
    width: float,
    height: float = 150,
    value_format=str,
) -> Drawing:
    """Vertical bars, one per label, with the value above each bar."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = width - 40, height - 60
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = OUTLINE
    chart.bars[0].strokeWidth = 0.5
    chart.barLabelFormat = value_format
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
    value_max: float | None = None,
) -> Drawing:
    """Horizontal bars: long labels (themes, statuses) stay readable."""
    rows = max(1, len(labels))
    height = 30 + rows * 17
    label_width = min(170, width * 0.4)
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 8
    chart.width, chart.height = width - label_width - 30, height - 28
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
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

"""Small helpers for the QtCharts the screens draw."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QAbstractSeries, QChart, QValueAxis
from PySide6.QtCore import Qt


def percent_chart(title: str, series: QAbstractSeries, x_axis: QAbstractAxis) -> QChart:
    """A chart of `series` over `x_axis` with a 0-100 percent scale, no legend, transparent background."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setVisible(False)
    chart.addSeries(series)
    y_axis = QValueAxis()
    y_axis.setRange(0, 100)
    y_axis.setLabelFormat("%d")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.setBackgroundVisible(False)
    return chart

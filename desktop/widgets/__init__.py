"""Reusable widgets: record detail, score bars, charts and gauges drawn with QPainter."""

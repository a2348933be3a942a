"""The corpus report: one self-contained HTML file of charts over the warehouse views."""

from warehouse.report.build import build_report

__all__ = ["build_report"]

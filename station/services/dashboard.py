"""The dashboard's figures for a period, and its tables as CSV."""

from station.reports.dashboard import DashboardData, DashboardRequest, dashboard_data, write_table_csv
from station.reports.summary import Summary

__all__ = ["DashboardData", "DashboardRequest", "Summary", "dashboard_data", "write_table_csv"]

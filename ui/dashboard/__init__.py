"""The Dashboard mode: the returns figures of a period as charts, each with its table and a CSV export."""

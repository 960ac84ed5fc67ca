"""Days: every shape a page writes one in (`shapes`), reading a line's day (`reading`), and the page-wide
rereadings of an ambiguous one (`short_years`: a two-digit year last; `roc_years`: a Republic of China year)."""

from index.ingest.days.reading import days_in, has_day, is_date_alone, is_export_stamp, parse_date, read_date

__all__ = ["days_in", "has_day", "is_date_alone", "is_export_stamp", "parse_date", "read_date"]

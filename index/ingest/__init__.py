"""Inputs -> Articles: files, folders and JSON Lines decoded, HTML reduced to its main text, pages cleaned of
their furniture (by rule and as learned per source), and the article's fields extracted."""

from index.ingest.extract import extract, extract_counting
from index.ingest.sources import read_sources

__all__ = ["extract", "extract_counting", "read_sources"]

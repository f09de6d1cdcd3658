"""Helpers that turn English news articles into tables, and tables into a report.

>>> from helpers import load_article, analyze
>>> tables = analyze(load_article("data/articles/kremlin-summit.txt"))
>>> tables.frame("quotes")
"""
from .article import InputError, from_text
from .article import load_one as load_article
from .engine import analyze, analyze_many
from .tables import ArticleTables

__version__ = "0.1.0"
__all__ = ["ArticleTables", "InputError", "analyze", "analyze_many", "from_text", "load_article"]

"""Exports of the dossier: JSON, the HTML report, the figures CSV, FollowTheMoney, JSON Lines."""

EXPORT_FORMATS = ("dossier", "html", "csv", "ftm", "jsonl")

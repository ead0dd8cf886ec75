"""What the user names as sources: URLs, folders, and watch files (TOML) listing them.

A watch file::

    every = "15m"              # how often each source is polled (default: the command's --every)
    max_items = 50             # new pages taken from one source per poll

    [[source]]
    url = "https://example.org/feed.xml"      # a feed, a sitemap, or a site's home page

    [[source]]
    url = "https://example.net/"
    every = "1h"                               # this one less often

    [[source]]
    folder = "/srv/incoming"                   # new files are ingested as they appear
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from storyline.sources.links import normalise

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


class SourceError(ValueError):
    """A source that cannot be followed; the message is one line for the user."""


@dataclass
class SourceSpec:
    key: str  # normalised URL, or the folder's absolute path
    kind: str  # "auto" (a URL: feed, sitemap or site, found out when fetched) or "folder"
    every: int | None = None


@dataclass
class WatchPlan:
    sources: list[SourceSpec] = field(default_factory=list)
    every: float | None = None
    max_items: int | None = None


def parse_duration(text: str | float | int) -> float:
    """Seconds of "90", "30s", "15m", "1h", "1d"."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        seconds = float(text)
    else:
        m = _DURATION.match(str(text))
        if not m:
            raise SourceError(f"not a duration: {text!r} (write 30s, 15m, 1h or a number of seconds)")
        seconds = float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]
    if seconds <= 0:
        raise SourceError(f"a duration must be more than zero: {text!r}")
    return seconds


def is_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def source_key(text: str) -> str:
    """How a source the user names is known in the store (a URL normalised, a folder absolute)."""
    return normalise(text) if is_url(text) else str(Path(text).expanduser().resolve())


def source_spec(text: str, every: int | None = None) -> SourceSpec:
    if is_url(text):
        return SourceSpec(normalise(text), "auto", every)
    path = Path(text).expanduser()
    if path.is_dir():
        return SourceSpec(str(path.resolve()), "folder", every)
    if path.exists():
        raise SourceError(f"{text}: a file; name a folder, a URL, or a watch file ending in .toml")
    raise SourceError(f"{text}: neither a web address (http:// or https://) nor an existing folder")


def plan(arguments: list[str]) -> WatchPlan:
    """The sources the arguments name (watch files read), in order, each once."""
    out = WatchPlan()
    for arg in arguments:
        if arg.lower().endswith(".toml") and not is_url(arg):
            read = read_watch_file(Path(arg))
            out.sources += read.sources
            out.every = read.every if read.every is not None else out.every
            out.max_items = read.max_items if read.max_items is not None else out.max_items
        else:
            out.sources.append(source_spec(arg))
    unique: dict[str, SourceSpec] = {}
    for spec in out.sources:
        unique.setdefault(spec.key, spec)
    out.sources = list(unique.values())
    return out


def read_watch_file(path: Path) -> WatchPlan:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise SourceError(f"{path}: no such watch file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path}: not valid TOML ({exc})") from None
    known = {"every", "max_items", "source"}
    if unknown := sorted(set(data) - known):
        raise SourceError(f"{path}: unknown setting {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    result = WatchPlan()
    if "every" in data:
        result.every = parse_duration(data["every"])
    if "max_items" in data:
        if not isinstance(data["max_items"], int) or data["max_items"] < 1:
            raise SourceError(f"{path}: max_items must be a whole number above zero")
        result.max_items = data["max_items"]
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourceError(f"{path}: write each source as a [[source]] table")
    folder_base = path.resolve().parent
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or len({"url", "folder"} & set(entry)) != 1:
            raise SourceError(f'{path}: source {i} needs exactly one of url = "…" or folder = "…"')
        every = int(parse_duration(entry["every"])) if "every" in entry else None
        if "url" in entry:
            if not is_url(str(entry["url"])):
                raise SourceError(f"{path}: source {i}: {entry['url']!r} is not an http(s) address")
            result.sources.append(SourceSpec(normalise(str(entry["url"])), "auto", every))
        else:
            folder = Path(str(entry["folder"])).expanduser()
            folder = folder if folder.is_absolute() else folder_base / folder  # relative to the watch file
            if not folder.is_dir():
                raise SourceError(f"{path}: source {i}: folder {folder} does not exist")
            result.sources.append(SourceSpec(str(folder.resolve()), "folder", every))
    return result

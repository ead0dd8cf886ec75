"""How storyline behaves towards the servers it reads: one options object for every fetch.

The defaults are those of a polite crawler: robots.txt obeyed (its Crawl-delay too), one request
per second and at most two at a time to any one host, a few retries with growing pauses on 429 and
5xx (a Retry-After is honoured), timeouts on connecting, on every read and on the whole response,
a size limit, and a User-Agent that names storyline so a site can tell who it is and block it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from storyline import __version__

# one document may be at most this large (the ingest limit, README: size and time limits)
MAX_BYTES = 8_000_000


def default_user_agent() -> str:
    """``storyline/<version>``, with the operator's contact when STORYLINE_CONTACT says one
    (a site that sees too many requests can then write instead of blocking)."""
    contact = os.environ.get("STORYLINE_CONTACT", "").strip()
    return f"storyline/{__version__} (news monitoring{'; ' + contact if contact else ''})"


@dataclass(frozen=True)
class Politeness:
    user_agent: str = ""  # empty: default_user_agent()
    delay: float = 1.0  # seconds between two requests to one host (robots.txt may ask for more)
    per_host: int = 2  # requests to one host at a time
    concurrency: int = 8  # requests at a time over all hosts
    robots: bool = True  # obey robots.txt (off only for one's own servers: benchmarks, tests)
    retries: int = 3  # further tries after a 429, a 5xx or a broken connection
    backoff: float = 1.0  # first pause before a retry; doubled each time
    max_wait: float = 120.0  # longest pause a Retry-After may impose; asked for more, give up for now
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # between two reads
    total_timeout: float = 120.0  # for a whole response (a server trickling bytes)
    max_bytes: int = MAX_BYTES  # a longer response is cut off here and skipped
    max_redirects: int = 5
    max_crawl_delay: float = 60.0  # a robots.txt Crawl-delay is honoured up to this

    @property
    def agent(self) -> str:
        return self.user_agent or default_user_agent()

    @property
    def robots_token(self) -> str:
        """The product token robots.txt rules name ("User-agent: storyline")."""
        return "storyline"

    def off(self) -> Politeness:
        """No pauses, no per-host limit, robots.txt not read: for one's own servers only."""
        return replace(self, delay=0.0, per_host=self.concurrency, robots=False)

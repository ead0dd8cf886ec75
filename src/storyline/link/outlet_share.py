"""Whether the texts that call a product entity a news outlet are enough to make it one.

``EntityIndex.add_document`` counts on an entity's record the mentions typed as products whose
text calls them a teller of the news ("X reported", "according to X": ``outlet_context``). One
such mention was enough to type the whole entity an organisation. A product that the news
discusses at length is sometimes so read where an outlet of a like name is cited, or where the
thing itself "says" something: a vaccine whose bare name is also a news agency's, a pipeline, a
platform, a holy book (audit round 30 N5: a news agency shown inside a vaccine entity typed ORG;
the BSNLP gold types all four PRO). An outlet is cited as the teller in a good share of the
times it is named: in the audit store the least so of the outlets (a broadcaster's letters) in
one of 16 mentions, the products above in one of 24 or fewer (a pipeline: one of 190). So the
texts make a product an outlet only where they call it one in at least one of ``MENTIONS_PER_TELLING``
of its mentions.
"""

from __future__ import annotations

MENTIONS_PER_TELLING = 20  # mentions of an outlet per text that calls it the teller, at most


def told_as_outlet(outlet: int, mentions: int) -> bool:
    """Whether ``outlet`` mentions of an entity's ``mentions`` called a teller of the news make
    it an outlet (the module's doc)."""
    return outlet > 0 and outlet * MENTIONS_PER_TELLING >= mentions

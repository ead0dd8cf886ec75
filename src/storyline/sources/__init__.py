"""Live sources: article pages, feeds, sitemaps and sites fetched politely (``http``,
``politeness``), their links read with trafilatura (``links``), pages turned into documents
(``pages``), and what a watch remembers between runs (``state``); ``follow.Follower`` ties them to
the ingest pipeline."""

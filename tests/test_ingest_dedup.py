"""Near-duplicates vs versions vs unrelated texts."""

from __future__ import annotations

from storyline.ingest import Deduper, fingerprint

BASE = (
    "A fire broke out on Monday night in a warehouse on the outskirts of Brno, the regional rescue "
    "service said. Firefighters from four stations fought the blaze for six hours before bringing it "
    "under control. {dead} people died and {hurt} were taken to hospital with burns, according to the "
    "police. The cause of the fire is being investigated; the owner of the warehouse, a logistics firm "
    "from Olomouc, said it would cooperate fully with the investigators. Traffic on the nearby motorway "
    "was diverted for most of the night because of thick smoke, and residents of two villages were told "
    "to keep their windows closed until the morning."
)
OTHER = (
    "The central bank of Slovenia kept its main interest rate unchanged on Thursday, citing slowing "
    "inflation and weak demand from export markets. Economists had expected the decision. The governor "
    "said the board would review the situation again in March and did not rule out a cut later in the year."
)


def deduper_with(text: str) -> Deduper:
    dedup = Deduper()
    dedup.add("d-first", fingerprint(text))
    return dedup


def test_near_identical_is_duplicate() -> None:
    first = BASE.format(dead=3, hurt=11)
    second = (
        first.replace("the regional rescue service said", "the rescue service said")
        + "\n\nShare this article"
    )
    match = deduper_with(first).match(fingerprint(second))
    assert match is not None and match.kind == "duplicate" and match.of == "d-first"
    assert match.similarity >= 0.8


def test_changed_numbers_make_a_version() -> None:
    dedup = deduper_with(BASE.format(dead=3, hurt=11))
    match = dedup.match(fingerprint(BASE.format(dead=5, hurt=11)))
    assert match is not None and match.kind == "version" and match.of == "d-first"


def test_different_footer_is_not_a_version() -> None:
    first = BASE.format(dead=3, hurt=11) + "\n\nCall our newsroom on 555 0101 with tips"
    second = BASE.format(dead=3, hurt=11) + "\n\nFollow us: 12 channels, 40 newsletters"
    match = deduper_with(first).match(fingerprint(second))
    assert match is not None and match.kind == "duplicate"


def test_unrelated_text_does_not_match() -> None:
    assert deduper_with(BASE.format(dead=3, hurt=11)).match(fingerprint(OTHER)) is None


def test_empty_text_never_matches() -> None:
    dedup = deduper_with("")
    assert dedup.match(fingerprint("")) is None


def test_fingerprint_is_bytes_and_stable() -> None:
    fp = fingerprint(OTHER)
    assert isinstance(fp, bytes) and fp == fingerprint(OTHER)


def test_an_index_of_many_near_alike_reports_still_finds_one() -> None:
    """Speed is measured in bench/, not here; this checks the index on many near-alike texts."""
    dedup = Deduper()
    prints = [
        fingerprint(f"{OTHER} Report number {i} from desk {i * 7}. " + "word" * (i % 13)) for i in range(300)
    ]
    for i, fp in enumerate(prints):
        dedup.add(f"d-{i}", fp)
    found = dedup.match(prints[42])
    assert found is not None and found.of.startswith("d-")


def test_a_deduper_reading_the_store_by_band_matches_as_one_holding_everything() -> None:
    from storyline.ingest.dedup import band_keys

    stored = {f"d-{i}": fingerprint(BASE.format(dead=i, hurt=i + 4)) for i in range(3)}
    stored["d-other"] = fingerprint(OTHER)
    by_band: dict[str, list[str]] = {}
    for doc, fp in stored.items():
        for key in band_keys(fp):
            by_band.setdefault(key, []).append(doc)
    asked: list[str] = []

    def lookup(keys: list[str]) -> list[tuple[int, str, bytes]]:
        docs = sorted({d for k in keys for d in by_band.get(k, [])})
        asked.extend(docs)
        return [(list(stored).index(d), d, stored[d]) for d in docs]

    whole = Deduper()
    for doc, fp in stored.items():
        whole.add(doc, fp)
    lazy = Deduper(stored=lookup)
    repeat = BASE.format(dead=1, hurt=5) + "\n\nShare this article"
    assert lazy.match(fingerprint(repeat)) == whole.match(fingerprint(repeat))
    assert lazy.match(fingerprint(repeat)).of == "d-0"  # figures aside all alike: the earliest stored
    assert "d-other" not in asked  # a stored text sharing no band is never read
    assert lazy.match(fingerprint("An unrelated short note about the weather in a mountain village.")) is None
    assert len(band_keys(fingerprint(BASE))) > 1 and band_keys(fingerprint("")) == []

"""Cross-lingual names learned from annotated news: which spellings, translations and
abbreviations name the same thing (США, USA, ZDA, САЩ, Spojené státy; ЕС, EU, Unia Europejska).

Transliteration links Алиев and Aliyev; it cannot link Северный поток and Nord Stream, or ЕС and
EU. The annotated corpus (../shared/data/bsnlp) gives every mention a cross-lingual entity id, so
each (type, script, match key of the base form) that names one id in most of its uses becomes a
key of that id. Only ids named by two or more keys are kept: a table of translations, not of every
name. The key keeps the script the name was written in: two scripts may romanise to one key for
unrelated names (Slovene "Dunaj" is Vienna, Russian "Дунай" the Danube), and a name is only looked
up among the names learned in its own script.

    python -m storyline.ner.train ... writes it as aliases.json.gz beside the tagger.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyline.names import match_key
from storyline.names.script import script

MIN_USES = 2
MIN_SHARE = 0.8
SHARED_WORD_TYPES = ("LOC",)
MIN_USES_SHARED = 5  # uses a one-word name shared by two places' longer names needs


def key(etype: str, name: str, lang: str | None) -> str:
    """An abbreviation is keyed by its own letters: the match key reads a doubled letter as one,
    c as k and drops a j, which makes BBC of BCC and WSJ of ВВС, where every letter is a word."""
    if is_abbreviation(name):
        return f"{etype}:{script(name)}:={name.strip()}"
    return f"{etype}:{script(name)}:{match_key(name, lang)}"


def is_abbreviation(name: str) -> bool:
    """One word in capitals (letters only): an abbreviation, not a word."""
    word = name.strip()
    return len(word) >= 2 and word.isalpha() and word.isupper()


def train(docs: Iterable[dict[str, Any]]) -> dict[str, str]:
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    by_topic: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for doc in docs:
        for _s, _e, surface, base, etype, eid in doc["mentions"]:
            for name in {base, surface}:
                k = key(etype, name, doc["lang"])
                if not k.endswith(":"):
                    uses[k][eid] += 1
                    by_topic[k][doc.get("topic") or ""][eid] += 1
    table: dict[str, str] = {}
    for k, ids in uses.items():
        (eid, n), total = ids.most_common(1)[0], sum(ids.values())
        # a name whose referent changes with the story ("МИД": whose foreign ministry?) is no alias
        majorities = {c.most_common(1)[0][0] for c in by_topic[k].values() if sum(c.values()) >= MIN_USES}
        if total >= MIN_USES and n / total >= MIN_SHARE and majorities <= {eid}:
            table[k] = eid
    # a shortened name read a few times only: the story decided which place it is
    shared = {k for k in _shared_words(table) if sum(uses[k].values()) < MIN_USES_SHARED}
    table = {k: eid for k, eid in table.items() if k not in shared}
    keys_per_id = Counter(table.values())
    return {k: eid for k, eid in table.items() if keys_per_id[eid] >= 2}


def _shared_words(table: dict[str, str], types: tuple[str, ...] = SHARED_WORD_TYPES) -> set[str]:
    """One-word place names that are a word of their own place's longer names and of another
    place's longer names too ("Korea" of "North Korea" and of "South Korea"): the word shortens
    both, so the annotators of one story read it as theirs; alone it tells them apart only where
    it is read so often."""
    owners: dict[str, set[str]] = defaultdict(set)  # "type:script:word" → ids whose longer names hold it
    for k, eid in table.items():
        head, _, name = k.rpartition(":")
        if head.split(":")[0] not in types:
            continue
        words = name.split()
        if len(words) > 1:
            for word in words:
                owners[f"{head}:{word}"].add(eid)
    return {k for k, eid in table.items() if eid in owners.get(k, ()) and len(owners[k]) > 1}


def save(table: dict[str, str], path: Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(table, fh, ensure_ascii=False, separators=(",", ":"))


class Aliases:
    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    @classmethod
    def load(cls, path: Path) -> Aliases:
        if not path.is_file():
            return cls({})
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh))

    def __call__(self, etype: str, name: str, lang: str | None) -> str | None:
        return self.table.get(key(etype, name, lang)) if self.table else None


def display_name(alias: str) -> str:
    """ "GPE-United-Kingdom" → "United Kingdom": the annotators' English name."""
    _kind, _, rest = alias.partition("-")
    return rest.replace("-", " ").strip() or alias


def main() -> None:
    """Learn the name table alone (the tagger and base forms stay as they are):
    ``python -m storyline.ner.aliases ../shared/data/bsnlp/*.jsonl -o src/storyline/models``."""
    import argparse

    from storyline.ner.data import read_jsonl

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True, help="model folder")
    parser.add_argument("--fold", default=None, help="leave this topic out")
    args = parser.parse_args()
    table = train(d for d in read_jsonl(args.files) if d.get("topic") != args.fold)
    save(table, args.out / "aliases.json.gz")
    print(f"{len(table)} names → {args.out / 'aliases.json.gz'}")


if __name__ == "__main__":
    main()

"""Linking on gold mentions alone, leave-one-topic-out: ``eval.bsnlp``'s ``linking_gold_bcubed``
and top-20 shares without running the tagger, so a change to linking is measured in a minute.

Each topic's gold mentions get base forms from a lemmatizer trained on the other topics and are
linked with the name table learned from the other topics, as ``eval.bsnlp --folds`` does (its
folds train the tagger too, which linking on gold mentions does not use). The lemmatizer and name
table of each fold are trained into ``--folds DIR`` when missing; ``--retrain-aliases`` trains the
name tables again (after a change to how names are keyed).

    python -m eval.bsnlp_linking ../shared/data/bsnlp/*.jsonl [--folds /tmp/link-folds] [-v]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eval.bsnlp import TOP_SHARE_AIM, largest_cluster_shares, load
from eval.scores import bcubed
from storyline import ner
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, Mention
from storyline.ner import aliases, lemma
from storyline.ner.lemma import Lemmatizer, document_words


def fold_tables(docs: list[dict[str, Any]], topic: str, out: Path, retrain_aliases: bool) -> Path:
    """The lemmatizer and name table trained without ``topic`` (trained now when missing)."""
    out.mkdir(parents=True, exist_ok=True)

    def others() -> Iterable[dict[str, Any]]:
        return (d for d in docs if d["topic"] != topic)

    if not (out / "lemma.json.gz").is_file():
        with gzip.open(out / "lemma.json.gz", "wt", encoding="utf-8") as fh:
            json.dump(lemma.train(others()), fh, ensure_ascii=False, separators=(",", ":"))
    if retrain_aliases or not (out / "aliases.json.gz").is_file():
        aliases.save(aliases.train(others()), out / "aliases.json.gz")
    return out


def link_topic(
    docs: list[dict[str, Any]], tables: Path
) -> tuple[dict[str, float], list[dict[str, Any]], int]:
    """B-cubed of one topic's gold mentions linked, its top entities' shares, and its mentions."""
    ner.use_models(tables)
    lemmatizer = Lemmatizer.load(tables / "lemma.json.gz")
    documents: dict[str, Document] = {}
    analyses: dict[str, Analysis] = {}
    gold: dict[tuple[str, int], str] = {}
    for d in docs:
        doc_id, lang, text = d["id"], d["lang"], d["text"]
        documents[doc_id] = Document(doc_id, doc_id, text, "0" * 64, "0" * 64, lang=lang)
        words = document_words(text)
        mentions = []
        for i, (s, e, surface, _base, etype, eid) in enumerate(d["mentions"]):
            mentions.append(Mention(s, e, surface, etype, lemmatizer.base(surface, lang, etype, words), lang))
            gold[(doc_id, i)] = eid
        analyses[doc_id] = Analysis(lang, mentions=mentions)
    ctx = LinkContext(documents, analyses)
    link_entities(ctx)
    names = {e.id: e.name for e in ctx.entities}
    return (
        bcubed(gold, ctx.mention_entity),
        largest_cluster_shares(gold, ctx.mention_entity, names),
        len(gold),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--folds", type=Path, default=Path("/tmp/storyline-link-folds"))
    parser.add_argument("--retrain-aliases", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the top entities under the aim")
    args = parser.parse_args(argv)
    docs = load(args.files)
    total: dict[str, float] = {"p": 0.0, "r": 0.0, "f1": 0.0}
    n_all, met, tops = 0, 0, 0
    for topic in sorted({d["topic"] for d in docs}):
        tables = fold_tables(docs, topic, args.folds / topic, args.retrain_aliases)
        scores, top, n = link_topic([d for d in docs if d["topic"] == topic], tables)
        n_all += n
        for k in total:
            total[k] += scores[k] * n
        met += sum(t["share"] >= TOP_SHARE_AIM for t in top)
        tops += len(top)
        print(
            f"{topic}: B3 P {scores['p']:.4f} R {scores['r']:.4f} F1 {scores['f1']:.4f}; top entities met {sum(t['share'] >= TOP_SHARE_AIM for t in top)}/{len(top)}"
        )
        if args.verbose:
            for t in top:
                if t["share"] < TOP_SHARE_AIM:
                    print(f"    {t['id']} {t['share']} {t['largest']}")
    mean = {k: round(v / n_all, 4) for k, v in total.items()}
    print(
        f"ALL (mention-weighted): B3 P {mean['p']} R {mean['r']} F1 {mean['f1']}; top entities met {met}/{tops}"
    )


if __name__ == "__main__":
    main()

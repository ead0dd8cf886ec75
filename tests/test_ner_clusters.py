"""Word clusters from unlabelled text (storyline.ner.clusters) and the tagger features made of them."""

from __future__ import annotations

import json
import random
from pathlib import Path

from storyline.ner import CLUSTERS_FILE, Recogniser
from storyline.ner.clusters import build, cluster_language, load, save, texts
from storyline.ner.data import sentences
from storyline.ner.features import Clusters, DocumentContext, quote_mask, sentence_features
from storyline.ner.train import ExternalCache, train_all

# two kinds of word that never share a neighbour: towns after "in"/"near", weekdays after "on"/"by"
TOWNS = ["brno", "zlin", "opava", "kladno", "most", "tabor", "cheb", "pisek"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]


def _corpus(seed: int = 1, n: int = 600) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        town, day = rng.choice(TOWNS), rng.choice(DAYS)
        docs.append(f"the market opened in {town} . it closed on {day} . a fair near {town} ends by {day} .")
    return docs


def test_words_in_the_same_company_share_a_coarse_cluster() -> None:
    table = cluster_language(_corpus(), min_count=3, dims=8)
    coarse = {w: ids[-1] for w, ids in table.items()}
    assert len({coarse[t] for t in TOWNS}) == 1
    assert len({coarse[d] for d in DAYS}) == 1
    assert coarse[TOWNS[0]] != coarse[DAYS[0]]
    # three nested levels: words of one fine cluster share the coarser ones
    fine: dict[int, set[tuple[int, ...]]] = {}
    for ids in table.values():
        assert len(ids) == 3
        fine.setdefault(ids[0], set()).add(ids[1:])
    assert all(len(v) == 1 for v in fine.values())


def test_rare_words_and_numbers_get_no_cluster() -> None:
    table = cluster_language([*_corpus(), "a lonely zyxwv word ."], min_count=3, dims=8)
    assert "zyxwv" not in table
    assert not any(w[0].isdigit() for w in table)


def test_a_held_out_topic_gives_no_text(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    rows = [
        {"topic": "floods", "lang": "cs", "text": "Voda stoupla v Olomouci."},
        {"topic": "elections", "lang": "pl", "text": "Wybory wygrała partia z Gdańska."},
        {"topic": "elections", "lang": "fr", "text": "Une langue sans modèle."},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    got = list(texts([f], {"floods"}, None, None))
    assert got == [("pl", "Wybory wygrała partia z Gdańska.")]


def test_the_file_round_trips(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text(
        "".join(json.dumps({"topic": "t", "lang": "cs", "text": d}) + "\n" for d in _corpus()), "utf-8"
    )
    table = build([f], set(), None, None, min_count=3, dims=8)
    save(table, tmp_path / "c.tsv.gz")
    assert load(tmp_path / "c.tsv.gz") == table
    assert set(table) == {"cs"} and "opava" in table["cs"]


def test_features_name_the_word_and_its_neighbours_clusters() -> None:
    clusters = Clusters({"cs": {"v": (5, 2, 1), "praze": (9, 3, 0)}})
    sent = sentences("Sešli se v Praze včera.")[0]
    plain = sentence_features(sent, "cs", DocumentContext([sent]), quote_mask(sent))
    feats = sentence_features(sent, "cs", DocumentContext([sent]), quote_mask(sent), None, clusters)
    words = [t.text for t in sent]
    i = words.index("Praze")
    assert set(feats[i]) - set(plain[i]) == {"k0=cs9", "k1=cs3", "k2=cs0", "-1k=cs2"}
    assert set(feats[i - 1]) - set(plain[i - 1]) == {"k0=cs5", "k1=cs2", "k2=cs1", "+1k=cs3"}
    assert set(feats[i + 1]) - set(plain[i + 1]) == {"-1k=cs3"}
    # a word without a cluster and with no clustered neighbour gets nothing new
    assert feats[0] == plain[0]
    # another language's clusters are not used
    other = sentence_features(sent, "sk", DocumentContext([sent]), quote_mask(sent), None, clusters)
    assert other == sentence_features(sent, "sk", DocumentContext([sent]), quote_mask(sent))


def test_a_model_trained_with_clusters_keeps_and_uses_them(tmp_path: Path) -> None:
    names = [("Marek", "Dvořák"), ("Jana", "Horáková"), ("Tomáš", "Svoboda"), ("Eva", "Kučerová")]
    rows = []
    for i, (first, last) in enumerate(names * 3):
        text = f"Ve středu přijel {first} {last} do města. Večer mluvil o rozpočtu."
        s = text.index(first)
        e = s + len(first) + 1 + len(last)
        rows.append({"topic": f"t{i % 2}", "lang": "cs", "text": text,
                     "mentions": [[s, e, text[s:e], text[s:e], "PER", f"PER-{last}"]]})  # fmt: skip
    data = tmp_path / "docs.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    table = tmp_path / "clusters.tsv.gz"
    save(build([data], set(), None, None, min_count=2, dims=4), table)
    out = tmp_path / "model"
    stats = train_all([data], out, set(), ExternalCache(None), {"max_iterations": 20}, table)
    assert stats["clusters"] is True
    assert load(out / CLUSTERS_FILE) == load(table)
    rec = Recogniser(out)
    assert rec.clusters is not None and "přijel" in rec.clusters.own["cs"]
    # retrained without clusters: the old file goes, so tagging never uses clusters it was not trained with
    train_all([data], out, set(), ExternalCache(None), {"max_iterations": 20})
    assert not (out / CLUSTERS_FILE).exists()
    assert Recogniser(out).clusters is None

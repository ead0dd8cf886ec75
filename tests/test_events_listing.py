"""The listing decision: a logistic model over language-independent signs, its weights shipped
as data and refitted by eval.audit_listing."""

from __future__ import annotations

import numpy as np
from eval.audit_listing import fit, predict

from storyline.analyse.events_evidence import mention_evidence
from storyline.analyse.events_listing import FEATURES, features, listing_threshold, probability, weights
from test_link_dates import analysis

LEAD = "Farmers in the valley sold more apples this year. Prices stayed low. Buyers came from afar. "


def _signs(text: str, kind: str) -> dict[str, float]:
    a = analysis(text, "en")
    (m,) = [m for m in a.events if m.type == kind]
    return features(mention_evidence(text, a, m))


def test_the_shipped_weights_cover_the_features_and_the_threshold_is_a_chance() -> None:
    assert set(weights()) == {"bias", *FEATURES}
    assert 0.5 <= listing_threshold() < 1.0


def test_every_feature_is_computed_and_bounded() -> None:
    f = _signs(LEAD + "The mayor met the harbour workers on 4 June 2022.", "meeting")
    assert tuple(f) == FEATURES
    assert all(0.0 <= v <= 1.0 for v in f.values())
    assert f["happened"] == 1.0 and f["dated"] == 1.0 and f["type_gathering"] == 1.0


def test_a_list_item_outside_the_lead_is_marked() -> None:
    item = _signs(LEAD + "The plan covers:\n- a meeting of the harbour workers\n", "meeting")
    told = _signs(LEAD + "The mayor met the harbour workers.", "meeting")
    assert item["list_item"] == 1.0 and told["list_item"] == 0.0


def test_the_model_is_a_logistic_function_of_the_weighted_signs() -> None:
    w = {"bias": -1.0, "happened": 2.0}
    assert probability({"happened": 0.0}, w) < 0.5 < probability({"happened": 1.0}, w)
    assert abs(probability({"happened": 0.5}, w) - 0.5) < 1e-9


def test_the_fit_finds_the_sign_that_separates_right_from_wrong() -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 2, size=(400, 3)).astype(float)
    # the first sign makes an item right four times in five; the others are noise
    y = np.where(x[:, 0] == 1, rng.random(400) < 0.8, rng.random(400) < 0.2).astype(float)
    w = fit(x, y)
    assert w[1] > 1.0 and abs(w[2]) < 0.6 and abs(w[3]) < 0.6
    p = predict(w, np.array([[1.0, 0, 0], [0.0, 0, 0]]))
    assert p[0] > 0.7 > 0.3 > p[1]

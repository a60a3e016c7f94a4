"""The three French price-scoring methods, their edge cases, and the cliff warnings."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.buyer import PriceSettings, explain_price, price_context, price_score, price_scores, price_warnings

OFFERS = [100.0, 120.0, 150.0, 200.0]


@pytest.mark.parametrize("method, reference, budget, expected", [
    # classic: Pmin / P
    ("classic", "highest_offer", None, [1.0, 100 / 120, 100 / 150, 0.5]),
    # linear: (Pmax - P) / (Pmax - Pmin); the highest offer gets 0
    ("linear", "highest_offer", None, [1.0, 0.8, 0.5, 0.0]),
    # linear to the budget: (B - P) / (B - Pmin), 0 at or above the budget
    ("linear", "budget", 300.0, [1.0, 0.9, 0.75, 0.5]),
    ("linear", "budget", 160.0, [1.0, 40 / 60, 10 / 60, 0.0]),
    # average (Pavg = 142.5): max(0, 2 - P/Pavg) / (2 - Pmin/Pavg)
    ("average", "highest_offer", None,
     [1.0, (2 - 120 / 142.5) / (2 - 100 / 142.5), (2 - 150 / 142.5) / (2 - 100 / 142.5),
      (2 - 200 / 142.5) / (2 - 100 / 142.5)]),
])
def test_methods_table(method, reference, budget, expected):
    ctx = price_context(OFFERS, PriceSettings(method=method, reference=reference, budget_eur=budget))
    assert [price_score(p, ctx) for p in OFFERS] == pytest.approx(expected)
    assert price_scores(np.array(OFFERS), ctx).tolist() == [price_score(p, ctx) for p in OFFERS]


@pytest.mark.parametrize("method", ["classic", "linear", "average"])
@pytest.mark.parametrize("prices", [[5.0], [0.0, 3.0], [0.0, 0.0], [7.0, 7.0, 7.0], [1.0, 1.0000001], [2.0, 1e9]])
def test_edge_cases_keep_the_cheapest_at_the_maximum(method, prices):
    ctx = price_context(prices, PriceSettings(method=method))
    scores = [price_score(p, ctx) for p in prices]
    assert scores[prices.index(min(prices))] == 1.0
    assert all(0.0 <= s <= 1.0 for s in scores)


@given(st.lists(st.floats(min_value=0, max_value=1e7, allow_nan=False), min_size=1, max_size=30),
       st.sampled_from(["classic", "linear", "average"]))
def test_cheapest_gets_the_maximum_and_cheaper_never_scores_less(prices, method):
    ctx = price_context(prices, PriceSettings(method=method))
    scores = price_scores(np.array(prices), ctx)
    assert scores[int(np.argmin(prices))] == 1.0
    assert ((scores >= 0) & (scores <= 1)).all()
    order = np.argsort(prices, kind="stable")
    assert (np.diff(scores[order]) <= 1e-12).all()
    assert scores.tolist() == [price_score(p, ctx) for p in prices]


@pytest.mark.parametrize("prices, settings, unknown, expected", [
    ([100.0, 101.0], PriceSettings(method="linear"), 0,
     ["only two offers have a comparable price: the linear method gives one the maximum and the other 0 whatever "
      "the gap (cliff censured by CAA Paris, 8 Feb 2016, n°15PA02953)"]),
    ([100.0, 101.0, 104.0], PriceSettings(method="linear"), 0,
     ["comparable prices are within 4% of each other: the linear method spreads this small gap over the whole "
      "scale (cliff effect, CAA Paris 2016); prefer the classic method"]),
    ([100.0, 150.0, 300.0], PriceSettings(method="linear", reference="budget", budget_eur=200.0), 0,
     ["1 offer above the budget of 200 € gets 0 on price"]),
    ([0.0, 10.0], PriceSettings(method="classic"), 0,
     ["an offer has a price of 0 €: the classic method then gives 0 to every paid offer"]),
    ([10.0, 10.0, 10.0, 50.0], PriceSettings(method="average"), 2,
     ["2 candidates have no comparable price and score 0 on price",
      "1 offer at twice the average price or more gets 0 on price"]),
    ([10.0], PriceSettings(method="classic"), 0,
     ["fewer than two offers have a comparable price: the price criterion cannot tell offers apart"]),
    ([100.0, 130.0, 150.0], PriceSettings(method="classic"), 0, []),
])
def test_warnings_on_settings_that_create_cliffs(prices, settings, unknown, expected):
    ctx = price_context(prices, settings)
    assert price_warnings(np.array(prices), ctx, settings, "en", unknown=unknown) == expected


def test_warnings_in_french():
    settings = PriceSettings(method="linear")
    ctx = price_context([100.0, 101.0, 104.0], settings)
    assert price_warnings(np.array([100.0, 101.0, 104.0]), ctx, settings, "fr", unknown=0) == [
        "les prix comparables sont à moins de 4 % les uns des autres : la méthode linéaire étale ce faible écart "
        "sur toute l'échelle (effet de seuil, CAA Paris 2016) ; préférez la méthode classique"]


def test_no_price_at_all():
    assert price_context([], PriceSettings()) is None
    assert explain_price(None, None, PriceSettings(pricing_model="per_hour"), "fr") == \
        "aucun prix comparable renseigné (prix unitaire, à l'heure) : note 0."


@pytest.mark.parametrize("method, language, expected", [
    ("classic", "en", "classic method: lowest price 100 € ÷ this price 150 €."),
    ("linear", "fr", "méthode linéaire entre 100 € (note maximale) et 200 € (zéro) : ce prix 150 €."),
    ("average", "fr", "méthode de la moyenne (moyenne des offres 142,5 €, plus bas 100 €) : ce prix 150 €."),
])
def test_explanations(method, language, expected):
    settings = PriceSettings(method=method)
    assert explain_price(150.0, price_context(OFFERS, settings), settings, language) == expected

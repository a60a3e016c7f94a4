"""Price scoring with the three French methods, and warnings on settings that create cliffs.

References (DAJ Bercy, "méthodes de notation du critère prix",
economie.gouv.fr/daj/methodes-notation-critere-prix-outil-pratique):

- **classic** — ``score = Pmin / P``. The most common method; scores bunch up and never reach 0.
- **linear** — scores on a line from the lowest offer (maximum) to the highest offer, or to the
  buyer's budget (zero): ``score = (Pupper − P) / (Pupper − Pmin)``, clipped to [0, 1]. The
  highest offer gets 0, so the spread depends on the number and closeness of offers.
- **average** — gaps are measured against the average of the offers, which compresses them:
  ``raw = max(0, 2 − P / Pavg)`` (the DAJ form ``1 − (P − Pavg) / Pavg``), then divided by the raw
  score of the lowest offer. The DAJ notes the raw form may not give full marks to the cheapest
  offer; the Conseil d'État requires that the best price mark goes to the lowest price (CE, 29 Oct
  2013, n°370789), so Vivier anchors the method on the lowest offer.

In all three the cheapest offer gets exactly the maximum (1.0). Settings where a tiny gap becomes a
large score difference are reported (CAA Paris, 8 Feb 2016, n°15PA02953 censured 20/20 against 0 for
a one-cent difference). "The offers" are the candidates that passed the knock-outs and have a
comparable price. The scalar and vector forms use the same floating-point operations in the same
order, so both give bit-identical scores (tested).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from catalog.text.messages import label, number, plural, text

from ._profile import PriceSettings

#: linear method: prices closer than this share of the lowest price are a "small gap" that the
#: method stretches over the whole scale (the CAA Paris 2016 cliff)
NARROW_GAP = 0.10


def price_key(pricing: dict | None) -> str | None:
    """What one list price is for, as ``"model/unit/currency"`` (``"per_token/million_tokens/EUR"``).

    Only prices with the same key are compared: a price per user and month says nothing against a price
    per million tokens, nor a price in dollars against one in euros. None when no amount is recorded.
    """
    if not pricing:
        return None
    amount = pricing.get("amount", pricing.get("amount_eur"))
    if amount is None:
        return None
    currency = pricing.get("currency") or ("EUR" if pricing.get("amount_eur") is not None else "")
    return f"{pricing.get('model') or ''}/{pricing.get('unit') or ''}/{currency}"


def list_price(pricing: dict | None) -> float | None:
    """The recorded list price (in the currency of its key), or None."""
    if not pricing:
        return None
    amount = pricing.get("amount")
    if amount is None:
        amount = pricing.get("amount_eur")
    return None if amount is None else float(amount)


def choose_price_key(counts: dict[str, int], settings: PriceSettings) -> str | None:
    """The key the ranking compares, from ``counts`` (key -> offerings on topic with a price of that key): the
    most common that fits the profile's pricing model and unit when it names them; on a tie, euros first,
    then by name. None when no price fits."""
    fitting = [k for k in counts if _fits(k, settings)]
    if not fitting:
        return None
    return min(fitting, key=lambda k: (-counts[k], not k.endswith("/EUR"), k))


def _fits(key: str, settings: PriceSettings) -> bool:
    model, unit, _currency = key.split("/")
    return (settings.pricing_model is None or model == settings.pricing_model) and (
        settings.unit is None or unit == settings.unit)


def key_words(key: str | None, language: str) -> str:
    """A price key in words: "per token, per million tokens, EUR"."""
    if not key:
        return "—"
    model, unit, currency = key.split("/")
    words = [label("pricing", model, language)] if model else []
    if unit:
        words.append(label("punit", unit, language))
    if currency:
        words.append(currency)
    return ", ".join(words)


@dataclass(frozen=True)
class PriceContext:
    """What a price method needs to know about the set of offers."""

    method: str
    count: int
    pmin: float
    pmax: float
    pavg: float
    upper: float  # the price that scores 0 under the linear method
    key: str | None = None  # what is compared (see price_key)
    currency: str = "€"


def price_context(prices, settings: PriceSettings, key: str | None = None) -> PriceContext | None:
    """The context of the known, comparable ``prices`` (a list or float array) of the candidates.

    None when there are none. Callers pass prices in offering-id order, so the (pairwise) sum of
    the average is the same whichever ranking path computes it.
    """
    values = np.asarray(prices, dtype=np.float64)
    if values.size == 0:
        return None
    pmin, pmax = float(values.min()), float(values.max())
    pavg = float(values.sum()) / values.size
    upper = settings.budget_eur if settings.reference == "budget" and settings.budget_eur is not None else pmax
    currency = key.rsplit("/", 1)[1] if key else "EUR"
    return PriceContext(settings.method, len(prices), pmin, pmax, pavg, upper, key,
                        "€" if currency in ("EUR", "") else currency)


def price_score(p: float, ctx: PriceContext) -> float:
    """Score in [0, 1] of one known price ``p`` (the lowest price gets 1.0)."""
    if ctx.method == "classic":
        return 1.0 if p == 0 else ctx.pmin / p
    if ctx.method == "linear":
        span = ctx.upper - ctx.pmin
        if span <= 0:
            return 1.0 if p <= ctx.pmin else 0.0
        return min(1.0, max(0.0, (ctx.upper - p) / span))
    if ctx.pavg == 0:
        return 1.0
    return max(0.0, 2.0 - p / ctx.pavg) / (2.0 - ctx.pmin / ctx.pavg)


def price_scores(prices: np.ndarray, ctx: PriceContext) -> np.ndarray:
    """:func:`price_score` of every known price in ``prices`` (a float array without NaN)."""
    p = np.asarray(prices, dtype=np.float64)
    if ctx.method == "classic":
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(p == 0, 1.0, ctx.pmin / p)
    if ctx.method == "linear":
        span = ctx.upper - ctx.pmin
        if span <= 0:
            return np.where(p <= ctx.pmin, 1.0, 0.0)
        return np.minimum(1.0, np.maximum(0.0, (ctx.upper - p) / span))
    if ctx.pavg == 0:
        return np.ones_like(p)
    return np.maximum(0.0, 2.0 - p / ctx.pavg) / (2.0 - ctx.pmin / ctx.pavg)


def price_basis(settings: PriceSettings, language: str, key: str | None = None) -> str:
    """What the profile compares, in words: "unit price: per user per month, EUR", "estimated amount"."""
    basis = text(f"price.basis.{settings.basis}", language)
    if settings.basis == "unit_price" and key:
        return f"{basis} ({key_words(key, language)})"
    if settings.pricing_model:
        basis += ", " + label("pricing", settings.pricing_model, language)
    return basis


def explain_price(p: float | None, ctx: PriceContext | None, settings: PriceSettings, language: str) -> str:
    """One sentence saying how this price was scored."""
    if p is None or ctx is None:
        return text("price.unknown", language, basis=price_basis(settings, language, ctx and ctx.key))
    values = {"p": number(p, language), "pmin": number(ctx.pmin, language), "upper": number(ctx.upper, language),
              "pavg": number(round(ctx.pavg, 4), language), "cur": ctx.currency}
    sentence = text(f"price.{ctx.method}", language, **values)
    if settings.basis == "unit_price" and ctx.key:
        sentence += " " + text("price.compared", language, basis=key_words(ctx.key, language))
    return sentence


def price_warnings(prices: np.ndarray, ctx: PriceContext | None, settings: PriceSettings, language: str, *,
                   unknown: int) -> list[str]:
    """Warnings on the price settings for this set of offers: cliffs, free offers, too few prices."""
    out: list[str] = []
    if ctx is None or ctx.count < 2:
        out.append(text("pw.too_few", language))
    if unknown:
        out.append(plural("pw.unknown", unknown, language))
    if ctx is None:
        return out
    if ctx.method == "linear":
        if ctx.count == 2 and settings.reference == "highest_offer":
            out.append(text("pw.two_offers", language))
        elif ctx.count > 1 and ctx.pmin > 0 and 0 < ctx.upper - ctx.pmin < NARROW_GAP * ctx.pmin:
            gap = number(round(100 * (ctx.upper - ctx.pmin) / ctx.pmin, 1), language)
            out.append(text("pw.narrow", language, gap=gap))
        if settings.reference == "budget":
            over = int(np.count_nonzero(prices >= ctx.upper)) if ctx.upper > ctx.pmin else 0
            if over:
                out.append(plural("pw.over_budget", over, language, budget=number(ctx.upper, language)))
    if ctx.method == "classic" and ctx.pmin == 0 and ctx.pmax > 0:
        out.append(text("pw.free", language))
    if ctx.method == "average" and ctx.pavg > 0:
        zero = int(np.count_nonzero(prices >= 2 * ctx.pavg))
        if zero:
            out.append(plural("pw.double_average", zero, language))
    return out

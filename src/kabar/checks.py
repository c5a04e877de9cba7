"""Inconsistencies visible inside one article: a headline that contradicts its body.

Machine-translated and aggregated articles often carry a headline naming the
wrong country; users must see that, not a silently coded wrong event.
"""

from __future__ import annotations

from kabar.context import Context
from kabar.model import Article, Contradiction, SpanRef, TraceStep, stable_id


def title_countries(article: Article, ctx: Context) -> set[str]:
    if not article.title:
        return set()
    return {
        entry.country_code
        for _, _, label, entry in ctx.lexicons.find_all(article.title)
        if label == "LOC" and getattr(entry, "kind", "") == "country" and entry.country_code
    }


def check_article(article: Article, ctx: Context) -> Article:
    """Flag a headline naming a country the body never mentions while the body names others."""
    headline = title_countries(article, ctx)
    body = {m.country for m in article.mentions if m.country and m.label in {"GPE", "PER", "ORG"}}
    missing = sorted(headline - body)
    if missing and body:
        article.flags.append("title_body_mismatch")
        article.contradictions.append(
            Contradiction(
                id=stable_id("con", "title_body_mismatch", article.id),
                kind="title_body_mismatch",
                severity="medium",
                explanation=(
                    f"the headline names {', '.join(missing)}, which the body never mentions; "
                    f"the body is about {', '.join(sorted(body))}"
                ),
                items=[SpanRef(article.id, 0, 0, article.title or "")],
            )
        )
    article.trace.append(TraceStep("checks", f"flags={article.flags}"))
    return article

"""Customer HTML made inert for the ticket page (nh3): no scripts, styles, forms, images or javascript: links."""

from __future__ import annotations

import nh3

# nh3's defaults minus images (a remote image tells the sender the mail was read) and anything styled.
TAGS = set(nh3.ALLOWED_TAGS) - {"img", "map", "area"}
DROP_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "embed", "title", "head"}


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )

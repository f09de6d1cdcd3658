"""The article as HTML: its text with quotes shaded by speaker and actor mentions underlined.

Every piece of the article's text is HTML-escaped, so markup inside an article
(``<script>``, ``<img onerror=...>``) shows as plain text. The text is cut at every
quote and mention boundary; each piece takes the innermost quote and mention that
cover it, so nested spans (a partial quote inside reported speech) stay visible. Each
sentence starts with an anchor ``#sentence-N``, so the who-said-what table can link to it.
"""
from __future__ import annotations

import html
from typing import Optional

from ._base import actor_names
from .quotes import speaker_colors
from .who_said_what import UNATTRIBUTED

STYLE = """
<style>
.nr-article{font:16px/1.6 Georgia,'Times New Roman',serif;white-space:pre-wrap;max-width:52em;
  padding:1em 1.2em;border:1px solid #ddd;border-radius:6px;background:#fff;color:#111;overflow-wrap:anywhere;
  box-sizing:border-box}
.nr-article a.s:target + *{outline:3px solid #E69F00}
::highlight(nr-sentence){background-color:#FFE08A}
@media (max-width: 640px){.nr-article{padding:.6em .7em;font-size:15px}}
.nr-article .q{border-radius:3px;padding:0 1px}
.nr-article .m{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px;font-weight:600}
.nr-article .bp{color:#888;font-style:italic}
.nr-legend{font:13px system-ui,sans-serif;margin:.4em 0 .8em}
.nr-legend span{display:inline-block;margin:0 .8em .3em 0;padding:1px 6px;border-radius:3px}
</style>
"""


#: a link to ``#sentence-N`` (from the stances and events tables) marks the whole sentence, up to the next anchor, in
#: yellow (the CSS Custom Highlight API; where a browser lacks it, the first word after the anchor is outlined)
MARK_SCRIPT = """<script>(function(){function mark(){var m=/^#sentence-(\\d+)$/.exec(location.hash);
if(!m||!window.Highlight||!window.CSS||!CSS.highlights)return;var a=document.getElementById('sentence-'+m[1]);if(!a)return;
var b=document.getElementById('sentence-'+(+m[1]+1)),r=document.createRange();r.setStartAfter(a);
if(b)r.setEndBefore(b);else r.setEnd(a.parentNode,a.parentNode.childNodes.length);
CSS.highlights.set('nr-sentence',new Highlight(r));}
window.addEventListener('hashchange',mark);if(document.readyState!=='loading')mark();
else document.addEventListener('DOMContentLoaded',mark);})();</script>"""


def _tint(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _innermost(spans: list[tuple[int, int, object]], a: int, b: int) -> Optional[object]:
    best = None
    for start, end, item in spans:
        if start <= a and b <= end and (best is None or end - start < best[1] - best[0]):
            best = (start, end, item)
    return best[2] if best else None


def article_html(tables) -> str:
    """The whole article text, escaped, with a legend of speakers; an HTML string."""
    text = tables.article.text
    colors = speaker_colors(tables)
    names = actor_names(tables)
    quotes = [(q.start, q.end, q) for q in tables.quotes if 0 <= q.start < q.end <= len(text)]
    mentions = [(m.start, m.end, m) for m in tables.mentions if 0 <= m.start < m.end <= len(text)]
    boiler = [(s.start, s.end, s) for s in tables.sentences if s.is_boilerplate]
    anchors = {s.start: s.sentence_id for s in tables.sentences if 0 <= s.start < len(text)}
    cuts = sorted({0, len(text), *anchors, *(p for s, e, _ in quotes + mentions + boiler for p in (s, e))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a in anchors:
            out.append(f'<a class="s" id="sentence-{int(anchors[a])}"></a>')
        piece = html.escape(text[a:b], quote=False)
        m = _innermost(mentions, a, b)
        if m is not None:
            title = html.escape(f"{names.get(m.actor_id, m.actor_id)} ({m.how})")
            piece = f'<span class="m" title="{title}">{piece}</span>'
        q = _innermost(quotes, a, b)
        if q is not None:
            speaker = q.speaker or UNATTRIBUTED
            title = html.escape(f"{speaker} · {q.kind} quote" + (f" ({q.cue})" if q.cue else ""))
            piece = (f'<span class="q" style="background:{_tint(colors.get(speaker, "#999999"), 0.22)};'
                     f'box-shadow:inset 0 -2px {colors.get(speaker, "#999999")}" title="{title}">{piece}</span>')
        if _innermost(boiler, a, b) is not None:
            piece = f'<span class="bp" title="boilerplate">{piece}</span>'
        out.append(piece)
    legend = "".join(
        f'<span style="background:{_tint(c, 0.22)};box-shadow:inset 0 -2px {c}">{html.escape(s)}</span>'
        for s, c in colors.items())
    legend_html = (f'<div class="nr-legend"><b>Quotes by speaker:</b> {legend}'
                   f' &nbsp; <span class="m" style="text-decoration:underline">underlined</span> = actor mention'
                   f' (hover for details)</div>' if legend else
                   '<div class="nr-legend">No quotes found; underlined words are actor mentions.</div>')
    return f'{STYLE}{legend_html}<div class="nr-article" id="article-text">{"".join(out)}</div>{MARK_SCRIPT}'

"""Every piece of markup the kit writes, and the one escaping function that fills it.

The article views (:mod:`kit.view.render`), the value objects' cards (``Quote``, a corpus
summary), the rule tuner's panes and the HTML report all take their markup from here. All CSS of
the article views is written as inline ``style`` attributes, so the look survives viewers that
drop ``<style>`` blocks (GitHub, nbviewer) and an offline ``nbconvert --to html`` export. There
are no scripts, no CDN links and no external fonts. Every ``{field}`` is filled with text passed
through :func:`esc` first; colours come from :mod:`kit.view.palette`.

Elements carry ``kit-*`` classes for people who want to restyle them; decorations that are *not*
article text (label tags, quote numbers) carry the class ``kit-deco``, so a copy of the text (and
the tests) can leave them out. Templates that go inside the article text are kept on one line:
the text block preserves white space.
"""

from __future__ import annotations

import html
import re

#: characters HTML cannot carry (NUL) or UTF-8 cannot encode (lone surrogates)
UNSAFE_CHARS = re.compile("[\x00\ud800-\udfff]")


def as_text(value: object) -> str:
    """``str(value)``, with ``None`` as the empty string and NUL or lone surrogates replaced."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)  # noqa: E721
    if text.isascii() and "\x00" not in text:  # the common case, checked in C
        return text
    return UNSAFE_CHARS.sub("\ufffd", text)


def esc(value: object) -> str:
    """Any value as text escaped for HTML content or a quoted attribute (the kit's only escaper)."""
    return html.escape(as_text(value), quote=True)


#: the root of one rendering (one or more articles); ``tex2jax_ignore`` keeps MathJax off ``$``;
#: its own white background keeps dark text readable in a dark JupyterLab theme
TPL_ROOT = (
    '<div class="kit-render tex2jax_ignore" style="font-family: -apple-system, BlinkMacSystemFont, '
    "'Segoe UI', Helvetica, Arial, sans-serif; font-size: 14px; color: #222; background: #fff; "
    'line-height: 1.5; max-width: 60em; padding: 0.4em 0.8em; border-radius: 4px">'
    "{title}{legend}{articles}</div>"
)
#: an overall title given to ``render_html(title=...)``
TPL_TITLE = (
    '<div class="kit-title" dir="auto" style="font-size: 1.3em; font-weight: bold; '
    'margin: 0.2em 0 0.5em 0">{title}</div>'
)
#: one article: its header, then its text
TPL_ARTICLE = (
    '<div class="kit-doc" style="margin: 0.6em 0 1.2em 0; padding-top: 0.4em; '
    'border-top: 1px solid #ddd">{header}{text}</div>'
)
#: the article text; ``pre-wrap`` keeps runs of spaces, new lines are ``<br>``
TPL_TEXT = (
    '<div class="kit-text" dir="auto" style="white-space: pre-wrap; line-height: 2.1; '
    'overflow-wrap: anywhere">{content}</div>'
)

# --- the article header ------------------------------------------------------------------------
TPL_HEADER = (
    '<div class="kit-header" style="font-size: 0.9em; color: #444; margin-bottom: 0.3em">'
    "{title}{lines}</div>"
)
TPL_HEADER_TITLE = (
    '<div class="kit-doc-title" dir="auto" style="font-size: 1.15em; font-weight: bold; '
    'color: #222">{title}{doc_id}</div>'
)
TPL_HEADER_ID = (
    '<span class="kit-doc-id" style="font-size: 0.75em; font-weight: normal; color: #888; '
    'margin-left: 0.6em">{doc_id}</span>'
)
TPL_HEADER_LINE = '<div class="kit-header-line" style="margin: 0.15em 0">{content}</div>'
TPL_HEADER_KEY = '<b style="color: #555">{key}</b> '
#: a label with its count in the header, e.g. ``PER 3``
TPL_COUNT_CHIP = (
    '<span class="kit-count" style="background: {bg}; border-radius: 0.3em; '
    'padding: 0.05em 0.4em; margin-right: 0.3em; white-space: nowrap">'
    '<b>{label}</b> {count}</span>'
)
#: a speaker and the numbers of their quotes, in the header
TPL_SPEAKER_ITEM = (
    '<span class="kit-speaker-item" style="white-space: nowrap" dir="auto">{numbers} {name}</span>'
)
TPL_HEADER_SEP = '<span style="color: #bbb"> · </span>'

# --- the legend --------------------------------------------------------------------------------
TPL_LEGEND = (
    '<div class="kit-legend" style="font-size: 0.85em; color: #444; margin: 0.2em 0 0.4em 0">'
    "{items}</div>"
)
TPL_LEGEND_ENT = (
    '<mark class="kit-legend-ent" title="{title}" style="background: {bg}; color: #222; '
    'border-radius: 0.3em; padding: 0.05em 0.45em; margin-right: 0.4em; font-weight: bold; '
    'font-size: 0.9em">{label}</mark>'
)
TPL_LEGEND_QUOTE = (
    '<span class="kit-legend-quote" style="background: {bg}; border-bottom: {border}; '
    'padding: 0.05em 0.35em; margin-right: 0.4em">{name}</span>'
)
TPL_LEGEND_CUE = (
    '<span class="kit-legend-cue" style="font-weight: bold; text-decoration: underline dotted; '
    'margin-right: 0.4em">{name}</span>'
)

# --- inline highlights (one line each: the text block keeps white space) -----------------------
#: an entity: background by label, tooltip with canonical name, label and source
TPL_ENT_OPEN = (
    '<mark class="kit-ent" title="{title}" style="background: {bg}; color: inherit; '
    'padding: 0.15em 0.3em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1; '
    'box-decoration-break: clone; -webkit-box-decoration-break: clone">'
)
TPL_ENT_CLOSE = "</mark>"
#: the small label tag shown after the entity text, like displaCy (the space keeps it apart
#: from the text where a viewer drops the styles)
TPL_ENT_LABEL = (
    '<span class="kit-deco kit-label" style="font-size: 0.7em; font-weight: bold; '
    'line-height: 1; vertical-align: middle; margin-left: 0.15em; color: #333"> {label}</span>'
)
#: a quotation: shading by kind, underline in the speaker's colour
TPL_QUOTE_OPEN = (
    '<span class="kit-quote kit-quote-{kind}" title="{title}" style="background: {bg}; '
    "border-bottom: {border}; padding: 0.1em 0; box-decoration-break: clone; "
    '-webkit-box-decoration-break: clone">'
)
TPL_QUOTE_CLOSE = "</span>"
#: a "non-speech" quotation (titles, scare quotes): grey, no number
TPL_QUOTE_OTHER_OPEN = (
    '<span class="kit-quote kit-quote-other" title="{title}" style="background: {bg}; '
    'color: #555; border-bottom: 1px dotted #999; padding: 0.1em 0">'
)
#: the number of a quotation, shared with its speaker mention: ``[n]`` in the speaker's colour
TPL_NUMBER = (
    '<sup class="kit-deco kit-num" title="{title}" style="background: {bg}; color: {ink}; '
    'font-size: 0.7em; font-weight: bold; border-radius: 0.5em; padding: 0 0.3em; '
    'margin: 0 0.15em; line-height: 1">[{number}]</sup>'
)
#: the mention of a speaker in the text: underline in the speaker's colour, then the number(s)
TPL_SPEAKER_OPEN = (
    '<span class="kit-speaker" title="{title}" style="border-bottom: 3px solid {color}; '
    'padding-bottom: 0.05em">'
)
TPL_SPEAKER_CLOSE = "</span>"
#: the cue (speech verb or "secondo"): bold with a dotted underline
TPL_CUE_OPEN = (
    '<strong class="kit-cue" title="{title}" style="text-decoration: underline dotted; '
    'text-underline-offset: 0.2em">'
)
TPL_CUE_CLOSE = "</strong>"
#: a line break in the article text
TPL_BR = "<br>"

#: CSS border per quote kind (``{color}`` is the speaker colour)
QUOTE_BORDERS: dict[str, str] = {
    "direct": "2px solid {color}",
    "mixed": "3px double {color}",
    "indirect": "2px dashed {color}",
    "other": "1px dotted #999",
}
#: human names for the quote kinds (legend, tooltips, Markdown)
QUOTE_KIND_NAMES: dict[str, str] = {
    "direct": "direct quote",
    "mixed": "mixed quote",
    "indirect": "indirect speech",
    "other": "other quotation (not speech)",
}

# --- cards of the value objects (``_repr_html_``) ----------------------------------------------
TPL_QUOTE_CARD = ('<div class="kit-quote tex2jax_ignore"><b>{speaker}</b>{cue} '
                  '<small>[{kind}]</small>: «{text}»{about}</div>')
TPL_QUOTE_CARD_CUE = " <i>({cue})</i>"
TPL_QUOTE_CARD_ABOUT = " <small>→ {names}</small>"
TPL_SUMMARY = "<div><b>{head}</b>{items}</div>"
TPL_SUMMARY_ITEMS = "<ul>{items}</ul>"
TPL_ITEM = "<li>{text}</li>"

# --- the rule tuner's panes --------------------------------------------------------------------
TPL_TUNER_STATUS = (
    '<div class="kit-tuner-status kit-tuner-{kind} tex2jax_ignore" style="padding: 0.3em 0.6em; '
    'border-left: 4px solid {color}; background: {bg}; color: #222; font-size: 0.9em; '
    'white-space: pre-wrap">{message}{details}</div>'
)
TPL_TUNER_DETAILS = (
    '<details style="margin-top: 0.3em"><summary>details</summary>'
    '<pre style="font-size: 0.8em; white-space: pre-wrap">{text}</pre></details>'
)
#: (border, background) of a status line per kind
TUNER_STATUS_STYLES = {
    "info": ("#999", "#f6f6f6"),
    "ok": ("#2e7d32", "#eef7ee"),
    "error": ("#c62828", "#fdecea"),
    "warn": ("#b26a00", "#fff4e0"),
}
#: the rule tuner's and review queue's CSS (scoped to their root classes): tab titles and
#: buttons never shrink below their text, tab bars and button rows wrap, inputs stay inside
TPL_WIDGET_CSS = """<style>
.kit-tuner .lm-TabBar-content, .kit-review .lm-TabBar-content { flex-wrap: wrap; }
.kit-tuner .lm-TabBar-tab, .kit-review .lm-TabBar-tab { flex: 0 0 auto !important; min-width: max-content !important;
  max-width: none !important; }
.kit-tuner .lm-TabBar, .kit-review .lm-TabBar { min-height: max-content; height: auto !important; }
.kit-tuner .lm-TabBar-tabLabel, .kit-review .lm-TabBar-tabLabel { overflow: visible; text-overflow: clip; }
.kit-tuner .widget-button, .kit-review .widget-button, .kit-review .widget-toggle-button {
  flex: 0 0 auto; min-width: max-content; overflow: visible; }
.kit-tuner .widget-text, .kit-tuner .widget-textarea, .kit-tuner .widget-dropdown, .kit-tuner .widget-select,
.kit-review .widget-text, .kit-review .widget-combobox {
  width: auto !important; max-width: 100%; min-width: 0; align-self: stretch; box-sizing: border-box; }
.kit-tuner .widget-text, .kit-tuner .widget-textarea, .kit-review .widget-text, .kit-review .widget-combobox {
  flex: 0 0 auto; }
.kit-tuner .widget-dropdown select, .kit-tuner .widget-text input, .kit-tuner textarea,
.kit-review .widget-text input, .kit-review .widget-combobox input { min-width: 0; width: 100%; box-sizing: border-box; }
.kit-tuner .widget-vbox, .kit-review .widget-vbox { min-width: 0; max-width: 100%; box-sizing: border-box; }
.kit-tuner .widget-tab-contents, .kit-tuner .lm-TabPanel-stack { box-sizing: border-box; overflow: auto; }
.kit-tuner .widget-hbox, .kit-review .widget-hbox { flex-wrap: wrap; max-width: 100%; }
.kit-tuner .widget-select-multiple { min-width: 0; flex: 1 1 8em; }
</style>"""
TPL_TUNER_HEADER = (
    '<div class="kit-tuner-header tex2jax_ignore" style="font-size: 0.95em; color: #333">'
    "<b>Rule tuner</b> · {n_docs} document{s} · pipeline: {base} · rules: {source}</div>"
)
TPL_TUNER_BLOCK = '<div class="{cls} tex2jax_ignore" style="max-height: 32em; overflow: auto">{content}</div>'
TPL_TUNER_NOTE = '<p class="kit-tuner-note" style="color: #666; font-style: italic">{text}</p>'
TPL_TUNER_HEADING = '<h4 style="margin: 0.8em 0 0.2em 0">{text}</h4>'
TPL_TUNER_IMG = '<img class="kit-tuner-chart" alt="{alt}" style="max-width: 100%" src="data:image/png;base64,{data}">'
TPL_TUNER_HELP = '<div style="font-size: 0.85em; color: #555; margin: 0.2em 0">{text}</div>'

# --- the corpus explorer (filters by date and outlet) ----------------------------------------
TPL_EXPLORER_SUMMARY = ('<div class="kit-filter-summary tex2jax_ignore" style="font-size: 0.9em; color: #333">'
               "{text}</div>")
TPL_EXPLORER_BLOCK = '<div class="{cls} tex2jax_ignore" style="max-height: 30em; overflow: auto">{content}</div>'
TPL_EXPLORER_IMG = '<img class="kit-chart" alt="{alt}" style="max-width: 100%" src="data:image/png;base64,{data}">'
TPL_EXPLORER_NOTE = '<p style="color: #666; font-style: italic">{text}</p>'
TPL_EXPLORER_HEADING = '<h4 style="margin: 0.8em 0 0.2em 0">{text}</h4>'
TPL_EXPLORER_ERROR = ('<div class="kit-explorer-error tex2jax_ignore" style="border-left: 4px solid #c62828; '
             'background: #fdecea; padding: 0.3em 0.6em; white-space: pre-wrap">{text}</div>')

# --- the HTML report (one page, works offline) ----------------------------------------------
TPL_REPORT_PAGE = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif;
       color: #222; margin: 1.5em auto; max-width: 72em; padding: 0 1em; line-height: 1.45; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
h2 {{ font-size: 1.25em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 1.8em; }}
table.kit-table {{ border-collapse: collapse; font-size: 0.88em; margin: 0.5em 0; }}
table.kit-table th {{ text-align: left; background: #f3f3f3; border-bottom: 2px solid #ccc; }}
table.kit-table th, table.kit-table td {{ padding: 0.25em 0.6em; vertical-align: top;
       border-bottom: 1px solid #e5e5e5; }}
td.kit-num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.kit-meta {{ color: #555; font-size: 0.92em; }}
.kit-note {{ color: #666; font-size: 0.85em; font-style: italic; }}
.kit-charts img {{ max-width: 100%; height: auto; display: block; margin: 0.8em 0; }}
ul.kit-skipped {{ font-size: 0.88em; color: #8a4b00; }}
</style>
</head>
<body>
<h1>{title}</h1>
<div class="kit-meta">{meta}</div>
{sections}
<p class="kit-note">{footer}</p>
<p class="kit-provenance" style="color: #777; font-size: 0.78em; margin-top: 0.4em">{provenance}</p>
</body>
</html>
"""
TPL_REPORT_SECTION = '<section id="{anchor}"><h2>{heading}</h2>{body}</section>\n'
TPL_REPORT_META_LINE = "<div>{line}</div>"
TPL_REPORT_NOTE = '<p class="kit-note">{text}</p>'
#: a note under a table that was cut (the same class as the report's notes)
TPL_TABLE_NOTE = TPL_REPORT_NOTE
TPL_REPORT_SKIPPED = '<ul class="kit-skipped">{items}</ul>'
TPL_REPORT_CHARTS = '<div class="kit-charts">{images}</div>'
TPL_REPORT_IMAGE = '<img src="data:image/png;base64,{data}" alt="{alt}" title="{alt}">'
TPL_TABLE = '<table class="kit-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
TPL_TABLE_TH = "<th>{text}</th>"
TPL_TABLE_TD = "<td>{text}</td>"
TPL_TABLE_TD_NUM = '<td class="kit-num">{text}</td>'
TPL_TABLE_TR = "<tr>{cells}</tr>"
TPL_TABLE_CLIPPED = '<span title="{title}">{text}</span>'
#: the tuner's compact tables: left-aligned, one line per row where it fits, inline styles only
TPL_TUNER_TABLE_STYLE = ('<style>.kit-tuner-table table.kit-table {{ border-collapse: collapse; font-size: 0.85em; '
                         'table-layout: auto; width: 100%; }} .kit-tuner-table th, .kit-tuner-table td {{ '
                         'text-align: left !important; vertical-align: top; padding: 0.15em 0.5em; '
                         'border-bottom: 1px solid #e5e5e5; }} .kit-tuner-table td.kit-num {{ '
                         'font-variant-numeric: tabular-nums; }} .kit-tuner-table th {{ white-space: nowrap; '
                         'background: #f3f3f3; }}</style>')

# -- review queue (kit.view.review) --------------------------------------------------------------
TPL_REVIEW_HEADER = ('<div class="kit-review-header tex2jax_ignore" style="font-size: 0.95em">'
                     '<b>{progress}</b><div style="color: #8a4b00">{reasons}</div></div>')
TPL_REVIEW_ENTITIES = ('<div class="kit-review-entities tex2jax_ignore" style="font-size: 0.85em; '
                       'color: #333">{items}</div>')
TPL_REVIEW_ENTITY = ('<span style="display: inline-block; margin: 0 0.8em 0 0"><b style="border: 1px solid '
                     '#999; border-radius: 3px; padding: 0 0.3em">{n}</b> {name}</span>')
#: after the badge of a quote the analyst has reviewed
TPL_REVIEWED = '<sup class="kit-deco kit-reviewed" title="{title}" style="color: #1b7a1b; font-weight: bold">✓</sup>'

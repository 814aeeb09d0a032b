"""Text made inert for the format it goes into: spreadsheets, XML, ``<script>``, chart labels.

- **Spreadsheet formulas.** :func:`escape_formula` applies the OWASP rule against CSV injection: a
  cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a ``'`` in
  front, so spreadsheets show it as text instead of evaluating it. Cells that already start with
  ``'`` before one of these characters get one more ``'``, so :func:`unescape_formula` gives every
  value back exactly.
- **XML 1.0.** :func:`xml_safe` replaces the code points XML 1.0 forbids (C0 controls other than
  tab, LF and CR; lone surrogates; U+FFFE and U+FFFF) with U+FFFD.
- **JSON inside ``<script>``.** :func:`script_safe_json` writes ``<``, ``>`` and ``&`` inside JSON
  text as ``\\u003c``, ``\\u003e`` and ``\\u0026``: the JSON value is the same, and no ``</script>``
  or ``<!--`` can end or swallow the script element.
- **Chart labels.** :func:`plain_label` escapes ``$`` so matplotlib never reads a name as
  mathtext (with its default ``text.usetex=False``).

HTML escaping has its own home (:func:`kit.view.templates.esc`).
"""

from __future__ import annotations

import re

#: first characters that make a spreadsheet evaluate a cell (OWASP "CSV injection")
FORMULA_TRIGGERS = "=+-@\t\r"
_FORMULA = re.compile("'*[" + re.escape(FORMULA_TRIGGERS) + "]")
_ESCAPED_FORMULA = re.compile("'+[" + re.escape(FORMULA_TRIGGERS) + "]")
#: code points XML 1.0 does not allow in a document (its Char production), even as references
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def escape_formula(value: object) -> object:
    """``value`` with ``'`` in front when a spreadsheet would take it for a formula (OWASP)."""
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def unescape_formula(value: object) -> object:
    """The value :func:`escape_formula` was given (drops the one ``'`` it added)."""
    if isinstance(value, str) and _ESCAPED_FORMULA.match(value):
        return value[1:]
    return value


def xml_safe(text: str) -> str:
    """``text`` with every code point XML 1.0 forbids replaced by U+FFFD."""
    return _XML_FORBIDDEN.sub("\ufffd", text)


def script_safe_json(json_text: str) -> str:
    """JSON text safe inside an HTML ``<script>`` element (``<``, ``>``, ``&`` as ``\\u`` escapes).

    These characters can only occur inside JSON strings, where the escapes mean the same.
    """
    return re.sub("[<>&]", lambda m: _SCRIPT_UNSAFE[m.group()], json_text)


def plain_label(text: str) -> str:
    """``text`` for a matplotlib label, shown as it is: ``$`` escaped so it is never mathtext."""
    return str(text).replace("$", r"\$")

"""The real-news quotation dev set: Wikinews articles rebuilt from KIND, annotated by the kit.

KIND's Wikinews files (``../shared/data/kind/jsonl/WN_train.jsonl`` and ``WN_dev.jsonl``) hold
about 1,000 real Italian news articles as consecutive tokenised sentences with no document
boundaries. :func:`wikinews_articles` groups them back into articles (a title is a sentence
without final punctuation that follows a finished sentence) and rebuilds readable text
(:func:`detokenize`: no space before ``,`` or ``»``, none after ``l'`` or ``«``...).

Two more sources of text, never read while the rules were written, are the development parts
of two Universal Dependencies treebanks (``../shared/data/ud_italian``, :data:`UD_SOURCES`):
the Venice Italian Treebank (VIT: 743 consecutive sentences, 1980s-90s newspaper and magazine
articles, then a ministerial ordinance) and ISDT (564 sentences sampled from newspapers, laws,
Wikipedia, Europarl and questions). :func:`ud_articles` cuts each into pieces of about
:data:`UD_PIECE` sentences (:func:`ud_bounds`: in VIT's running text a piece ends after a
finished sentence, with its straight quotation marks paired, before a sentence that starts with
a capital letter or a mark); VIT's consecutive sentences are joined by spaces as written, ISDT's
unrelated ones one a line.

The annotation (``data/realnews/*.jsonl``) stores, per article, where its sentences are in KIND
(``source``, ``first``, ``last``), the SHA-256 of the rebuilt text and the quotes as character
offsets into that text, in the schema of ``shared/reference/README.md``. The text itself is never
stored in the repository (KIND is CC BY-NC): :func:`load_gold` rebuilds it from ``../shared`` and
refuses to go on if the checksum differs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEVSET_DIR = ROOT / "data" / "realnews"
SOURCES = ("WN_train", "WN_dev")
#: the treebank development files cut into pieces: source -> (file under the shared data, joiner)
UD_SOURCES = {
    "VIT_dev": (Path("ud_italian") / "UD_Italian-VIT" / "it_vit-ud-dev.conllu", " "),
    "ISDT_dev": (Path("ud_italian") / "UD_Italian-ISDT" / "it_isdt-ud-dev.conllu", "\n"),
}
#: sentences per piece (at least; a piece ends at the next good boundary)
UD_PIECE = 25

FINAL = {".", "!", "?", ":", ";", "»", '"', "”", ")", "…", "...", "'"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "»", "”", "%", "…", "...", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "«", "“"}


def detokenize(tokens: list[str]) -> str:
    """Join KIND tokens the way the text was written: ``l' Istituto , monastero`` -> ``l'Istituto, monastero``."""
    out: list[str] = []
    glue = True  # no space before the next token
    straight_open = False
    for tok in tokens:
        if tok == '"':
            if straight_open:  # closing mark: sticks to the previous token
                out.append(tok)
                glue = False
            else:
                out.append(("" if glue or not out else " ") + tok)
                glue = True
            straight_open = not straight_open
            continue
        space = not glue and out and tok not in NO_SPACE_BEFORE
        out.append((" " if space else "") + tok)
        glue = tok in NO_SPACE_AFTER or (len(tok) > 1 and tok[-1] in "'’" and tok[-2].isalpha())
    return "".join(out)


def _is_title(tokens: list[str]) -> bool:
    return tokens[-1] not in FINAL and len(tokens) >= 4 and (tokens[0][:1].isupper() or tokens[0] in {'"', "«", "“"})


def _is_heading(tokens: list[str]) -> bool:
    return tokens[-1] not in FINAL and len(tokens) < 4


@lru_cache(maxsize=4)
def _records(path: str) -> tuple[dict, ...]:
    with open(path, encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


def kind_records(source: str, data: Path = DEFAULT_DATA) -> tuple[dict, ...]:
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}: expected one of {SOURCES}")
    path = Path(data) / "kind" / "jsonl" / f"{source}.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: the dev set is rebuilt from ../shared/data (KIND); "
                                "pass data= or --data with the shared data folder")
    return _records(str(path))


def article_text(records: tuple[dict, ...] | list[dict]) -> tuple[str, str]:
    """(title, text) of consecutive KIND sentences: the title on the first line, headings on lines
    of their own, sentences of one paragraph joined by a space."""
    lines: list[str] = []
    paragraph: list[str] = []
    for i, rec in enumerate(records):
        sent = detokenize(rec["tokens"])
        if i == 0 or _is_heading(rec["tokens"]):
            if paragraph:
                lines.append(" ".join(paragraph))
                paragraph = []
            lines.append(sent)
        else:
            paragraph.append(sent)
    if paragraph:
        lines.append(" ".join(paragraph))
    return lines[0], "\n".join(lines)


def article_bounds(records: tuple[dict, ...]) -> list[tuple[int, int]]:
    """(first, last) sentence index of each article, inclusive."""
    starts = [0]
    for i in range(1, len(records)):
        prev, tokens = records[i - 1]["tokens"], records[i]["tokens"]
        if _is_title(tokens) and prev[-1] in FINAL - {":", ";"}:
            starts.append(i)
    return [(s, e - 1) for s, e in zip(starts, starts[1:] + [len(records)])]


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def wikinews_articles(data: Path = DEFAULT_DATA) -> Iterator[dict]:
    """Every rebuilt Wikinews article: ``id``, ``source``, ``first``, ``last``, ``title``, ``text``."""
    for source in SOURCES:
        records = kind_records(source, data)
        for first, last in article_bounds(records):
            title, text = article_text(records[first : last + 1])
            yield {"id": f"{source}:{first:06d}", "source": source, "first": first, "last": last,
                   "title": title, "text": text}


@lru_cache(maxsize=4)
def ud_sentences(source: str, data: Path = DEFAULT_DATA) -> tuple[str, ...]:
    """The sentences of a treebank development file as written (its ``# text`` lines), in order."""
    if source not in UD_SOURCES:
        raise ValueError(f"unknown source {source!r}: expected one of {tuple(UD_SOURCES)}")
    path = Path(data) / UD_SOURCES[source][0]
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: the {source} pieces are rebuilt from ../shared/data "
                                "(ud_italian); pass data= or --data with the shared data folder")
    with open(path, encoding="utf-8") as handle:
        return tuple(line[len("# text = "):].rstrip("\n") for line in handle if line.startswith("# text = "))


def ud_bounds(sentences: tuple[str, ...] | list[str], size: int = UD_PIECE,
              running: bool = True) -> list[tuple[int, int]]:
    """(first, last) sentence index of each piece, inclusive: at least ``size`` sentences; in
    running text (``running``) a piece ends after a sentence with final punctuation when its
    straight marks are paired and the next sentence opens with a capital letter or a quotation
    mark; unrelated sentences are cut every ``size``. A tail shorter than half a piece joins the
    piece before."""
    bounds, first, marks = [], 0, 0
    for i, sent in enumerate(sentences):
        marks += sent.count('"')
        nxt = sentences[i + 1].lstrip() if i + 1 < len(sentences) else ""
        ends = not running or (sent.rstrip()[-1:] in ".!?\"»”" and marks % 2 == 0
                               and (nxt[:1].isupper() or nxt[:1] in '"«“'))
        if i + 1 - first >= size and ends:
            bounds.append((first, i))
            first, marks = i + 1, 0
    if first < len(sentences):
        if bounds and 2 * (len(sentences) - first) < size:
            bounds[-1] = (bounds[-1][0], len(sentences) - 1)
        else:
            bounds.append((first, len(sentences) - 1))
    return bounds


def ud_text(source: str, first: int, last: int, data: Path = DEFAULT_DATA) -> str:
    """The text of sentences ``first``..``last`` (inclusive) of a treebank development file."""
    return UD_SOURCES[source][1].join(ud_sentences(source, data)[first : last + 1])


def ud_articles(source: str, data: Path = DEFAULT_DATA) -> Iterator[dict]:
    """Every piece of a treebank development file: ``id``, ``source``, ``first``, ``last``,
    ``title`` (none), ``text``."""
    running = UD_SOURCES[source][1] == " "  # consecutive sentences, not one a line
    for first, last in ud_bounds(ud_sentences(source, data), running=running):
        yield {"id": f"{source}:{first:06d}", "source": source, "first": first, "last": last,
               "title": None, "text": ud_text(source, first, last, data)}


def rebuild(entry: dict, data: Path = DEFAULT_DATA) -> dict:
    """A stored annotation with its ``title`` and ``text`` rebuilt from ``../shared`` and checked."""
    if entry["source"] in UD_SOURCES:
        title, text = None, ud_text(entry["source"], entry["first"], entry["last"], data)
    else:
        records = kind_records(entry["source"], data)
        title, text = article_text(records[entry["first"] : entry["last"] + 1])
    if checksum(text) != entry["sha256"]:
        raise ValueError(f"{entry['id']}: the text rebuilt from {entry['source']} does not match the "
                         "annotation's checksum (different shared files or a changed detokenizer)")
    return {**entry, "title": title, "text": text}


def load_gold(path: str | Path, data: Path = DEFAULT_DATA) -> list[dict]:
    """Gold articles of a dev-set file, with their text rebuilt from ``data``."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if line.strip():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}: line {n} is not valid JSON ({err.msg})") from err
                out.append(rebuild(entry, data) if "text" not in entry else entry)
    return out


# -- selection ----------------------------------------------------------------------------------
CUE_WORDS = re.compile(
    r"\b(dichiar\w+|afferm\w+|spieg\w+|sottoline\w+|annunci\w+|ribad\w+|aggiun\w+|sostie\w+|sosten\w+|"
    r"secondo|detto|dice|dicono|ha chiesto|accus\w+|neg\w+|ammess\w+|ammett\w+|riten\w+|denunci\w+|"
    r"comunicato|riferi\w+|precisa\w*|osserv\w+|comment\w+|replic\w+|assicur\w+|avvert\w+)\b", re.I)


def quote_score(text: str) -> int:
    """A rough count of the quotations an article may hold (to pick articles worth annotating)."""
    marks = text.count("«") + text.count("“") + text.count('"') // 2
    return marks + len(CUE_WORDS.findall(text))


def select(data: Path = DEFAULT_DATA, n: int = 90, min_score: int = 6, sentences: tuple[int, int] = (6, 45)) -> list[dict]:
    """Articles of 6-45 sentences (or another range) with many likely quotations, spread over
    both sources."""
    low, high = sentences
    pool = [a for a in wikinews_articles(data)
            if low <= a["last"] - a["first"] + 1 <= high and quote_score(a["text"]) >= min_score]
    pool.sort(key=lambda a: checksum(a["text"]))  # a fixed, content-based shuffle
    return pool[:n]


def split_of(article_id: str) -> str:
    """``tune`` (about two thirds) or ``check``, fixed by a hash of the id."""
    return "check" if int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"

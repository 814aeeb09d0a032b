"""The kit's command line: ``python -m kit COMMAND`` (or ``kit COMMAND`` when installed).

- ``report INPUT... -o OUTDIR``: analyse a folder or files and write a self-contained HTML report
  with the CSV tables and the GEXF graph;
- ``share NOTEBOOK -o OUT.html``: run a notebook and save it as one HTML page that works offline,
  widgets included;
- ``evaluate``: registered by :mod:`kit.evaluate` when it is there (its ``add_parser``).

Each command is a function ``run_<name>(args) -> int`` registered with ``set_defaults(func=...)``;
another module adds a command with an ``add_parser(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings

#: modules that may add a command through ``add_parser(subparsers)`` (missing ones are skipped)
PLUGINS = ("kit.evaluate",)


def add_report_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="analyse articles and write an HTML report, CSV tables and a GEXF graph",
        description="Analyse a folder or files of articles (.txt, .md, .jsonl, .csv) and write "
                    "OUTDIR/report.html (self-contained, works offline), entities.csv, quotes.csv, "
                    "relations.csv, documents.csv and who_speaks_about_whom.gexf.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="a folder or file of articles")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder to write to")
    parser.add_argument("--model", default=None,
                        help="base pipeline: blank (rule-based, fast), kit (the shipped model), an "
                             "installed package or a path (default: the best available)")
    parser.add_argument("--rules", default=None, metavar="FILE", help="rule file (default: the rules shipped with the kit, kit/lang/it/rules.json)")
    parser.add_argument("--title", default=None, help="the report's title (default: Chi parla di chi)")
    parser.add_argument("--cache", default=None, metavar="DIR",
                        help="cache the model's output in DIR (reused by later runs)")
    parser.add_argument("--max-articles", type=int, default=None, metavar="N",
                        help="articles shown with highlights in the HTML (default 50; all are in the CSV)")
    parser.add_argument("--date-format", action="append", default=None, metavar="FORMAT",
                        help="read non-ISO dates only with this strftime format, e.g. '%%d/%%m/%%Y' "
                             "(repeat for several; default: Italian and European forms, day first)")
    parser.add_argument("--month-first", action="store_true", help="read 03/12/2024 as 12 March")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from .corpus import CorpusWarning, load_corpus
    from .pipeline import analyze_corpus, load
    from .view.report import DEFAULT_TITLE, MAX_ARTICLES, describe_pipeline, report_summary, write_report

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)  # the summary below lists them
        corpus = load_corpus(args.inputs, date_format=args.date_format, dayfirst=not args.month_first)
    for line in corpus.summary.lines():
        print(line)
    if not len(corpus):
        print("error: no documents to analyse", file=sys.stderr)
        return 1
    nlp = load(model=args.model, rules=args.rules)
    docs = analyze_corpus(corpus, nlp, cache_dir=args.cache, progress=not args.quiet)
    files = write_report(docs, args.output, title=args.title or DEFAULT_TITLE, corpus_summary=corpus.summary,
                         pipeline=describe_pipeline(nlp), max_articles=args.max_articles or MAX_ARTICLES)
    print(report_summary(files, docs))
    return 0


def add_share_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "share", help="run a notebook and save it as one HTML file that works offline",
        description="Execute NOTEBOOK in its folder and export it to HTML (JupyterLab look) with "
                    "images embedded and the widgets' saved state drawn by a bundled widget "
                    "manager: no CDN, no network needed to open it.")
    parser.add_argument("notebook", metavar="NOTEBOOK", help="the .ipynb file")
    parser.add_argument("-o", "--output", default=None, metavar="OUT.html",
                        help="where to write (default: the notebook's name with .html)")
    parser.add_argument("--no-execute", dest="execute", action="store_false",
                        help="export the saved outputs as they are")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    parser.add_argument("--kernel", default="python3", help="kernel name (default python3)")
    parser.set_defaults(func=run_share)


def run_share(args: argparse.Namespace) -> int:
    from .view.share import share_notebook

    out = share_notebook(args.notebook, args.output, execute=args.execute, timeout=args.timeout,
                         kernel_name=args.kernel)
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MB)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kit",
                                     description="Entity and quotation tagging for Italian news.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_report_parser(subparsers)
    add_share_parser(subparsers)
    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:  # the module exists but something it needs is missing
                raise
            continue
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .corpus import CorpusError
    from .rules import RuleError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (FileNotFoundError, LookupError, CorpusError, RuleError) as err:  # their messages say it all
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

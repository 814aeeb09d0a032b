"""Views of records: HTML, text, charts, widgets, report. Nothing here changes an analysis.

- :mod:`.article` (records checked against their text), :mod:`.weave` (spans -> nested HTML),
  :mod:`.render` (articles as HTML), :mod:`.summary` (Markdown and text), :mod:`.show` (display);
- :mod:`.templates` (every piece of markup, and the one escaping function), :mod:`.palette`;
- :mod:`.plots` (matplotlib charts, one module each, label placement apart), :mod:`.png`;
- :mod:`.html_tables`, :mod:`.panes`, :mod:`.controls`, :mod:`.tuner` (the rule tuner);
- :mod:`.report` (one offline HTML page and its tables), :mod:`.share` (a notebook as offline HTML).
"""

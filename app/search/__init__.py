"""Searching the register: one box over numbers, subjects, names, references and scanned text.

- :mod:`app.domain.text` folds what clerks type (Arabic and French spellings, digits, marks);
- :mod:`app.search.document` writes each mail's folded words, in the mail's own transaction;
- :mod:`app.search.build` indexes a whole register at once (the migration to revision 0005);
- :mod:`app.search.terms` reads a typed query; :mod:`app.search.lookup` a typed number;
- :mod:`app.search.backend` asks SQLite's FTS5 or PostgreSQL's GIN index
  (:mod:`app.search.pg_page`: PostgreSQL's first page, by the walk or the index);
- :mod:`app.search.similar` proposes recent look-alike mails at the counter;
- :mod:`app.search.highlight` finds the matching words in a shown text.

The register's query (:mod:`app.registry.browse`) is the one entry point: the GUI's search box
and ``bureau-ordre search`` both go through it, with its filters and visibility rules.
"""

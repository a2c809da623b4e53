"""Quick read-only answers for the command line, straight from a SQLite company file.

A script that calls ``duebook balance`` for every customer pays the start-up of each process;
importing SQLAlchemy and mapping the models costs about half a second of CPU, ten times the
query. This wing answers the command line's everyday reads (a customer's balance, the aging)
with the standard library's ``sqlite3`` when the ordinary open would have nothing to do: a
SQLite file at the head revision, users off, last closed cleanly (see ``reader.open_quick``).
Otherwise the command takes the ordinary path (app.services.company.open_company and the
services), which upgrades, checks, logs in and reports every problem in its own words.

The figures are those of app.services.sql.balance_of and app.services.ledger.aging.aging_rows, the
same SQL written out by hand; tests/services/test_quick_reader.py compares them on random books.
It may use app.services.errors only; it never imports SQLAlchemy or the models (an
import-linter contract).
"""

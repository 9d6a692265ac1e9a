"""Migrations applied at start-up. Bodies, rounds and areas are rows, so a new round or kind of body needs no new schema."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("inspections")


@migrations()
def m001_core(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE bodies (
            id TEXT PRIMARY KEY,            -- data.police.uk force id, or slug of a fire service's name
            name TEXT NOT NULL,
            kind TEXT NOT NULL,             -- police | fire | any future kind HMICFRS inspects
            country TEXT NOT NULL,
            region TEXT NOT NULL
        );
        CREATE TABLE aliases (
            body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (body_id, alias)
        );
        CREATE TABLE areas (
            framework TEXT NOT NULL,        -- peel | frs | ...
            round TEXT NOT NULL,            -- 2021-22, 2023-25, 2025-27, ...
            area TEXT NOT NULL,             -- stable key, e.g. responding
            name TEXT NOT NULL,             -- as HMICFRS writes it in that round
            also_called TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            core INTEGER NOT NULL DEFAULT 1,  -- 0: graded in some reports only
            PRIMARY KEY (framework, round, area)
        );
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            report_key TEXT NOT NULL UNIQUE, -- framework:round:body for graded inspections, else the link
            body_id TEXT REFERENCES bodies(id),
            framework TEXT,                  -- NULL for a publication that is not a graded inspection
            round TEXT,
            title TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD, YYYY-MM or YYYY; '' when unknown
            report_url TEXT NOT NULL DEFAULT '',
            outstanding INTEGER, good INTEGER, adequate INTEGER,
            requires_improvement INTEGER, inadequate INTEGER, graded_total INTEGER,
            count_source_url TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL,            -- dataset | load | feed
            added_at TEXT NOT NULL           -- when it first entered this store (UTC ISO)
        );
        CREATE INDEX reports_body ON reports(body_id, framework, round);
        CREATE INDEX reports_added ON reports(added_at);
        CREATE TABLE grades (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            grade TEXT NOT NULL CHECK (grade IN
                ('Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate')),
            basis TEXT NOT NULL CHECK (basis IN ('stated', 'derived')),
            source_url TEXT NOT NULL,
            evidence TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (report_id, area)
        );
        CREATE INDEX grades_area ON grades(area, grade);
        CREATE TABLE grade_changes (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            old_grade TEXT,                  -- NULL when first recorded
            new_grade TEXT,                  -- NULL when removed
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE monitoring (
            body_id TEXT NOT NULL REFERENCES bodies(id),
            event TEXT NOT NULL,
            date TEXT NOT NULL,
            source_url TEXT NOT NULL,
            evidence TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (body_id, event, date, source_url)
        );
        CREATE TABLE loads (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            source TEXT NOT NULL,
            loaded_by TEXT NOT NULL,
            summary TEXT NOT NULL
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every pending migration."""
    migrations.apply(db)

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


@migrations()
def m020_subscriptions_feeds_digests(db: sqlite_utils.Database) -> None:
    """Channel subscriptions, the digest outbox, feed polling state, and leases (one scheduler)."""
    db.executescript(
        """
        ALTER TABLE reports ADD COLUMN kind TEXT;  -- peel | fire | publication, set for feed items
        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            team_id TEXT NOT NULL,
            enterprise_id TEXT,
            channel_id TEXT NOT NULL,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('all', 'body', 'region', 'country', 'police', 'fire')),
            target TEXT NOT NULL DEFAULT '',   -- body id, region or country name; '' for all/police/fire
            cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly', 'instant')),
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,          -- UTC ISO; reports added before this are not owed
            last_digest_at TEXT,               -- UTC ISO of the last planned digest (the window start)
            paused_at TEXT,
            paused_reason TEXT,
            UNIQUE (team_id, channel_id, target_kind, target)
        );
        CREATE INDEX subscriptions_channel ON subscriptions(team_id, channel_id);
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            team_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            parts INTEGER NOT NULL DEFAULT 1,       -- messages: the main one plus thread replies
            parts_sent INTEGER NOT NULL DEFAULT 0,  -- confirmed by Slack (ts recorded)
            claimed_part INTEGER,                   -- part in flight; set before posting, so a crash leaves it
            claimed_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            ts TEXT,                                -- ts of the main message once sent
            sent_at TEXT,                           -- when every part was confirmed
            last_error TEXT,
            abandoned_at TEXT                       -- the channel is gone; its rows went back to the outbox
        );
        CREATE INDEX digests_open ON digests(sent_at, abandoned_at);
        -- One row per (subscription, report) ever owed: the primary key is what makes delivery exactly once.
        -- No foreign keys and one B-tree (WITHOUT ROWID): planning inserts millions of rows in one statement,
        -- and checking two parents per row would double its time. Unsubscribing deletes its rows itself.
        CREATE TABLE outbox (
            subscription_id INTEGER NOT NULL,  -- subscriptions.id
            report_id INTEGER NOT NULL,        -- reports.id
            team_id TEXT NOT NULL,
            planned_at TEXT NOT NULL,
            digest_id INTEGER,                 -- digests.id once gathered into a message
            sent_at TEXT,                      -- when that message's main part was confirmed
            PRIMARY KEY (subscription_id, report_id)
        ) WITHOUT ROWID;
        CREATE INDEX outbox_digest ON outbox(digest_id) WHERE digest_id IS NOT NULL;
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            last_polled_at TEXT,
            last_status TEXT,          -- ok | not_modified | http_403 | timeout | malformed | empty | ...
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,   -- consecutive; 0 after a success
            etag TEXT,
            last_modified TEXT,
            items_seen INTEGER NOT NULL DEFAULT 0, -- items in the last successful fetch
            next_poll_at TEXT,                     -- back-off: not before this (UTC ISO)
            total_failures INTEGER NOT NULL DEFAULT 0,
            items_added INTEGER NOT NULL DEFAULT 0 -- reports this feed has added, ever
        );
        CREATE TABLE leases (
            name TEXT PRIMARY KEY,     -- scheduler | digest-sender
            holder TEXT NOT NULL,      -- host:pid:token of the process holding it
            acquired_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE TABLE scheduler_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            job_id TEXT NOT NULL,
            event TEXT NOT NULL,       -- missed | error
            detail TEXT NOT NULL DEFAULT ''
        );
        """
    )


@migrations()
def m010_event_receipts(db: sqlite_utils.Database) -> None:
    """Slack events recorded on receipt, so retries and app_mention + message pairs are answered once."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS event_receipts (
            key TEXT PRIMARY KEY,            -- 'msg:<channel>:<ts>' or 'event:<event_id>'
            event_id TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS event_receipts_received ON event_receipts(received_at);
        """
    )


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every pending migration."""
    migrations.apply(db)


@migrations()
def m030_admin_audit(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS audit (
            id INTEGER PRIMARY KEY,
            team_id TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL,
            at TEXT NOT NULL,               -- UTC ISO
            command TEXT NOT NULL,          -- as the user typed it; escaped only when shown
            outcome TEXT NOT NULL           -- ok: ... | refused: ... | error: ... | usage: ...
        );
        CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
        """
    )


@migrations()
def m040_change_log(db: sqlite_utils.Database) -> None:
    """One change log that every user-visible write appends to, and subscriptions windowed by its sequence.

    Existing reports become 'report' changes in the order they entered the store, so each subscription's
    cursor can be set just before its old window opened, and the outbox re-keyed by change without
    losing or repeating anything already planned or sent.
    """
    db.executescript(
        """
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- the store's own order: what is new is seq > a cursor
            at TEXT NOT NULL,                       -- UTC ISO, for people; never used to decide what is new
            origin TEXT NOT NULL,                   -- dataset (seed: never news) | load | feed | ...
            kind TEXT NOT NULL CHECK (kind IN ('report', 'grades', 'regrade', 'ungrade', 'engage')),
            topic TEXT NOT NULL CHECK (topic IN ('reports', 'grades', 'engage')),  -- what a filter names
            body_id TEXT,                           -- NULL for a publication about no one body
            report_id INTEGER,                      -- reports.id (report and grade changes)
            area TEXT,                              -- grade changes
            before TEXT,                            -- grade before (regrade, ungrade)
            after TEXT,                             -- grade after (grades, regrade); event (engage)
            on_date TEXT,                           -- the event's date (engage), as the source gives it
            source TEXT NOT NULL DEFAULT '',        -- source URL of the grade or event; the load's source
            changed_by TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO changes (at, origin, kind, topic, body_id, report_id, source, changed_by)
            SELECT added_at, origin, 'report', 'reports', body_id, id, report_url, ''
            FROM reports ORDER BY added_at, id;

        ALTER TABLE subscriptions ADD COLUMN planned_seq INTEGER NOT NULL DEFAULT 0;  -- planned up to here
        ALTER TABLE subscriptions ADD COLUMN topics TEXT NOT NULL DEFAULT 'all';      -- all | reports | grades | engage
        CREATE INDEX subscriptions_target ON subscriptions(target_kind, target);  -- planning finds followers
        -- The old window opened at created_at, or an hour before the last digest (never before created_at);
        -- reports inside it that were already planned keep their outbox rows below, so none is sent twice.
        UPDATE subscriptions SET planned_seq = COALESCE((
            SELECT max(c.seq) FROM changes c WHERE c.at < CASE
                WHEN subscriptions.last_digest_at IS NULL THEN subscriptions.created_at
                ELSE max(subscriptions.created_at,
                         strftime('%Y-%m-%dT%H:%M:%S+00:00', subscriptions.last_digest_at, '-1 hour'))
            END), 0);

        CREATE TABLE outbox_by_change (
            subscription_id INTEGER NOT NULL,  -- subscriptions.id
            change_seq INTEGER NOT NULL,       -- changes.seq
            team_id TEXT NOT NULL,
            planned_at TEXT NOT NULL,
            digest_id INTEGER,                 -- digests.id once gathered into a message
            sent_at TEXT,                      -- when that message's main part was confirmed
            PRIMARY KEY (subscription_id, change_seq)
        ) WITHOUT ROWID;
        INSERT INTO outbox_by_change
            SELECT o.subscription_id, c.seq, o.team_id, o.planned_at, o.digest_id, o.sent_at
            FROM outbox o JOIN changes c ON c.kind = 'report' AND c.report_id = o.report_id;
        DROP TABLE outbox;
        ALTER TABLE outbox_by_change RENAME TO outbox;
        CREATE INDEX outbox_digest ON outbox(digest_id) WHERE digest_id IS NOT NULL;

        ALTER TABLE grade_changes ADD COLUMN effective_on TEXT;  -- when HMICFRS changed it, if the source says
        """
    )


@migrations()
def m050_flags(db: sqlite_utils.Database) -> None:
    """'This looks wrong': what a reader said about a grade, until an admin resolves it."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS flags (
            id INTEGER PRIMARY KEY,
            team_id TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL,
            created_at TEXT NOT NULL,           -- UTC ISO
            body_id TEXT NOT NULL,
            framework TEXT NOT NULL,
            round TEXT NOT NULL,
            area TEXT NOT NULL DEFAULT '',      -- '' when the flag is about the report as a whole
            grade_shown TEXT NOT NULL DEFAULT '',  -- what the answer showed; '' for not recorded
            note TEXT NOT NULL,                 -- as typed; escaped only when shown
            link TEXT NOT NULL DEFAULT '',      -- an https source the reader pasted, if any
            resolved_at TEXT,
            resolved_by TEXT,
            resolution TEXT                     -- how it was resolved, in the admin's words
        );
        CREATE INDEX IF NOT EXISTS flags_team_open ON flags(team_id, resolved_at, id);
        """
    )


@migrations()
def m060_proposals(db: sqlite_utils.Database) -> None:
    """Grades the reader proposed from a published text, kept until an admin saves (or ignores) them."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS proposals (
            id INTEGER PRIMARY KEY,
            team_id TEXT NOT NULL DEFAULT '',
            body_id TEXT,                       -- NULL when the text named no one body
            framework TEXT,
            round TEXT,
            source_url TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,              -- the proposal as JSON: grades, quotes, unmatched, conflicts, notes
            origin TEXT NOT NULL CHECK (origin IN ('command', 'shortcut', 'feed', 'button')),
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,           -- UTC ISO
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'saved')),
            saved_at TEXT,
            saved_by TEXT
        );
        CREATE INDEX IF NOT EXISTS proposals_report ON proposals(body_id, framework, round);
        """
    )


@migrations()
def m070_conversations(db: sqlite_utils.Database) -> None:
    """Each conversation's last question, so a follow-up in the same thread or DM keeps its context."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS conversations (
            team_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            thread TEXT NOT NULL,               -- the thread's ts; '' for a DM's main conversation
            question TEXT NOT NULL,             -- the last question, as it stands on its own
            updated_at TEXT NOT NULL,           -- UTC ISO; quiet conversations are forgotten
            PRIMARY KEY (team_id, channel, thread)
        );
        CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(updated_at);
        """
    )


@migrations()
def m080_follow_ups(db: sqlite_utils.Database) -> None:
    """Follow-ups: which fire services cover each force's area, the reasons behind grades ("why"), and the
    questions a workspace's people asked that were missed (for its admins, for 30 days)."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS force_fire_services (
            force_id TEXT NOT NULL REFERENCES bodies(id),
            fire_service_id TEXT NOT NULL,      -- '' when none is inspected by HMICFRS (note says why)
            source_url TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (force_id, fire_service_id)
        );
        CREATE TABLE IF NOT EXISTS reasons (
            id INTEGER PRIMARY KEY,
            body_id TEXT NOT NULL REFERENCES bodies(id),
            framework TEXT NOT NULL,
            round TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('cause_of_concern', 'area_for_improvement')),
            area TEXT NOT NULL DEFAULT '',      -- the graded area it is about, '' when not said
            sentence TEXT NOT NULL,             -- as the source writes it
            source_url TEXT NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,             -- the admin who accepted the reader's proposal
            UNIQUE (body_id, framework, round, sentence)
        );
        CREATE TABLE IF NOT EXISTS misses (
            team_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            message_ts TEXT NOT NULL,           -- the question's (or the marked answer's) message
            kind TEXT NOT NULL CHECK (kind IN ('cant_answer', 'not_what_i_asked')),
            question TEXT NOT NULL,
            at TEXT NOT NULL,                   -- UTC ISO; pruned after 30 days
            PRIMARY KEY (team_id, user_id, channel, message_ts)
        );
        CREATE INDEX IF NOT EXISTS misses_at ON misses(team_id, at);
        """
    )


@migrations()
def m090_conversation_earlier(db: sqlite_utils.Database) -> None:
    """The question before a conversation's last one, for 'which of the two' and 'going back to the first'."""
    if "earlier" not in db["conversations"].columns_dict:
        db.execute("ALTER TABLE conversations ADD COLUMN earlier TEXT NOT NULL DEFAULT ''")


@migrations()
def m100_conversation_speaker(db: sqlite_utils.Database) -> None:
    """The body a conversation's asker speaks for ('what did we get'), so 'our report' turns later is theirs; and
    the bodies it was last about, newest first, so 'the three of us' is those three."""
    for column in ("speaker", "recent"):
        if column not in db["conversations"].columns_dict:
            db.execute(f"ALTER TABLE conversations ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")

"""The store: SQLite through sqlite-utils. No Slack imports live here."""

"""Inspections bot: HMICFRS inspection grades in Slack."""

"""Pure functions turning answer data into Slack messages (text fallback + Block Kit)."""

"""One module per Slack surface; each has register(app)."""

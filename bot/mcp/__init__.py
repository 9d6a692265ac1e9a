"""The store as an MCP server: read-only tools, resources and prompts over the same answers as Slack and `ask`.

Only this package imports the `mcp` SDK, so `ask` and `serve` never load it."""

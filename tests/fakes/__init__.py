"""Local stand-ins for Slack's servers: the Web API over HTTP and Socket Mode over a websocket."""

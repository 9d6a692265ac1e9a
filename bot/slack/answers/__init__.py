"""The answer and renderer pairs of bot.slack.answering's table, grouped by what they answer."""

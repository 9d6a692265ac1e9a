"""Slack identifiers in one place: commands, action ids, callback ids. Tests check them against manifest.json."""

GRADE_COMMAND = "/grade"
INSPECTIONS_COMMAND = "/inspections"
INSPECTIONS_ADMIN_COMMAND = "/inspections-admin"

# Every slash command the app registers (the manifest and README must list each).
COMMANDS = (GRADE_COMMAND, INSPECTIONS_COMMAND, INSPECTIONS_ADMIN_COMMAND)

SHARE_ACTION = "share_answer"
PICK_BODY_ACTION = "pick_body"
SHARE_CHART_ACTION = "share_chart"
FULL_CARD_ACTION = "full_card"  # from a one-area answer to the body's whole card
SHOW_MORE_ACTION = "show_more"  # the next page of a long list
NOT_WHAT_I_ASKED_ACTION = "not_what_i_asked"  # under each answer: a miss for the workspace's admins
KEEP_REASON_ACTION = (
    "keep_reason"  # an admin keeps a cause of concern or area for improvement the reader found
)

# The bot scopes the app asks for when a workspace installs it (must equal manifest.json's).
BOT_SCOPES = (
    "app_mentions:read",
    "assistant:write",  # the agent view: suggested prompts and "Looking that up…" (bot.slack.assistant)
    "channels:history",
    "channels:read",
    "chat:write",
    "commands",
    "files:read",
    "files:write",
    "groups:history",
    "groups:read",
    "im:history",
    "im:read",
    "im:write",
    "links:read",
    "links:write",
    "users:read",
)
INSTALL_PATH = "/slack/install"
OAUTH_REDIRECT_PATH = "/slack/oauth_redirect"

# Every /inspections-admin verb; one listener (bot.slack.listeners.admin) answers them all.
ADMIN_VERBS = (
    "help",
    "load",
    "poll",
    "digest",
    "stats",
    "audit",
    "grades",
    "gaps",
    "flags",
    "read",
    "misses",
    "reasons",
)

# Forms (modals): recording grades by hand, and "this looks wrong" flags.
GRADE_FORM_CALLBACK = "grade_form"
OPEN_GRADE_FORM_ACTION = "open_grade_form"
FLAG_GRADE_ACTION = "flag_grade"
FLAG_FORM_CALLBACK = "flag_form"
RESOLVE_FLAG_ACTION = "resolve_flag"
RESOLVE_FLAG_CALLBACK = "resolve_flag_form"

# Reading grades from published text: the report's own page, a pasted message, a new report from the feed.
READING_VIEW_CALLBACK = "reading_report"  # the "Reading the report…" modal and what it says when it can't
FILL_FROM_REPORT_ACTION = "fill_from_report"  # on the grade form and on each report in `gaps`
REVIEW_PROPOSAL_ACTION = "review_proposal"  # on a proposal posted to ADMIN_CHANNEL
READ_MESSAGE_SHORTCUT = "record_grades_from_message"  # message shortcut "Record grades"

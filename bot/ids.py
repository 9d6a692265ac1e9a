"""Slack identifiers in one place: commands, action ids, callback ids. Tests check them against manifest.json."""

GRADE_COMMAND = "/grade"
INSPECTIONS_COMMAND = "/inspections"

# Every slash command the app registers (the manifest and README must list each).
COMMANDS = (GRADE_COMMAND, INSPECTIONS_COMMAND)

SHARE_ACTION = "share_answer"
PICK_BODY_ACTION = "pick_body"

"""Reading libraries load only when a document is read: `ask`, the Slack app and its answers never load them."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

READING_LIBRARIES = ("selectolax", "pypdfium2")


def test_ask_and_the_slack_apps_answers_never_import_the_reading_libraries(tmp_path, db_path, slack_api):
    script = (
        "import sys\n"
        "from bot.__main__ import main\n"
        "main(['ask', 'grade cambridgeshire'])\n"
        "main(['ask', 'which forces are inadequate at responding to the public'])\n"
        "from bot.config import load_settings\n"
        "from bot.slack.app import create_app\n"
        "from db.store import prepare\n"
        f"settings = load_settings({{'SLACK_BOT_TOKEN': 'xoxb-1', 'SLACK_SIGNING_SECRET': 's', 'DATABASE_PATH': {str(db_path)!r}, 'SLACK_API_URL': {slack_api.api_url!r}}})\n"
        f"create_app(settings, prepare({str(db_path)!r}))\n"
        f"loaded = [m for m in {READING_LIBRARIES!r} if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "from bot.reader.extract import text_from\n"
        "text_from(b'<html><body><p>x</p></body></html>', 'text/html')\n"
        "assert 'selectolax' in sys.modules and 'pypdfium2' not in sys.modules\n"
        "print('clean')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(PYTHONPATH=str(ROOT), DATABASE_PATH=str(db_path), DOTENV_PATH=str(tmp_path / "none.env"))
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("clean")

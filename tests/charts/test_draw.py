"""Drawing charts: real PNGs from the shipped data, cached per data version, and never loaded by `ask`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.charts import Chart, chart_for, clear_cache
from bot.charts.draw import GRADE_COLOURS, GRADE_EMOJI, MIN_WIDTH
from bot.questions.chart_request import parse_chart_request
from bot.questions.vocab import GRADES, scale
from db.load import load_rows, parse_text

REPO = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE)
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_police_chart_is_a_png_at_least_1200_px_wide_with_room_for_every_row(db):
    chart = chart_for(db, parse_chart_request("chart police"))
    assert isinstance(chart, Chart)
    width, height = png_size(chart.png)
    assert width >= 1200 and width >= MIN_WIDTH
    assert height >= 43 * 30  # 43 rows of readable height, plus titles, legend and notes


def test_the_colours_follow_the_answers_emoji_squares():
    # One colour per grade, all different; the emoji's hue family (green, yellow, orange, red) kept.
    assert len(set(GRADE_COLOURS.values())) == len(GRADES)
    for grade in GRADES:
        assert GRADE_EMOJI[grade] in scale(grade)
    hues = {"🟩": "green", "🟨": "yellow", "🟧": "orange", "🟥": "red"}
    red, green, blue = (int(GRADE_COLOURS["Good"][i : i + 2], 16) for i in (1, 3, 5))
    assert hues[GRADE_EMOJI["Good"]] == "green" and green > red and green > blue


def test_a_cached_chart_is_the_same_picture_until_the_data_changes(db):
    clear_cache()
    request = parse_chart_request("chart police")
    first = chart_for(db, request)
    assert chart_for(db, request) is first  # served from memory, not redrawn
    csv = (
        "force_id,round,area,grade,basis,source_url,evidence\n"
        "kent,2023-25,police_powers,Good,stated,https://example.org/kent,a test grade\n"
    )
    load_rows(db, parse_text(csv, "kent.csv"), source="kent.csv", loaded_by="test")
    second = chart_for(db, request)
    assert second is not first and second.png != first.png
    assert second.spec.counts["Good"] == first.spec.counts["Good"] + 1
    kent = next(r for r in second.spec.rows if r.label == "Kent Police")
    assert kent.cells[0].grade == "Good"


def _run(args: list[str], tmp_path: Path, db_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(PYTHONPATH=str(REPO), DATABASE_PATH=str(db_path), DOTENV_PATH=os.devnull)
    return subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_chart_command_writes_a_png_of_the_size_it_states(tmp_path, db_path):
    out = tmp_path / "police.png"
    proc = _run(["-m", "bot", "chart", "police", "--out", str(out)], tmp_path, db_path)
    assert proc.returncode == 0, proc.stderr
    width, height = png_size(out.read_bytes())
    assert f"({width} × {height} px" in proc.stdout and width >= 1200
    assert "Outstanding" in proc.stdout and "not recorded" in proc.stdout  # the alt text


def test_chart_command_explains_what_it_cannot_draw(tmp_path, db_path):
    proc = _run(["-m", "bot", "chart", "atlantis", "--out", str(tmp_path / "x.png")], tmp_path, db_path)
    assert proc.returncode == 1 and "atlantis" in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_ask_and_the_slack_app_never_import_the_plotting_library(tmp_path, db_path):
    script = (
        "import sys\n"
        "from bot.__main__ import main\n"
        "main(['ask', 'grade cambridgeshire'])\n"
        "main(['ask', 'chart police'])\n"
        "import bot.slack.app\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib was imported'\n"
        "print('clean')\n"
    )
    proc = _run(["-c", script], tmp_path, db_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("clean")
    assert "inspections-bot chart police --out" in proc.stdout  # ask describes the chart in words

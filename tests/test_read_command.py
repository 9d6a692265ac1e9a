"""`inspections-bot read`: a file, stdin or a URL read into a proposal, shown against the store, and recorded
through the grade form's loader only when asked."""

from __future__ import annotations

import json
import sqlite3

from bench.reader.sample_pdf import sample_pdf
from tests.conftest import run_cli

KENT = """PEEL 2023–2025: An inspection of Kent Police
Published 12 March 2025
Responding to the public: Requires improvement
Investigating crime: Good
"""
PAGE = (
    "<html><head><title>PEEL 2023–2025: An inspection of Kent Police</title></head><body><main>"
    "<h1>PEEL 2023–2025: An inspection of Kent Police</h1><table>"
    "<tr><td>Responding to the public</td><td>Requires improvement</td></tr>"
    "<tr><td>Investigating crime</td><td>Good</td></tr></table>"
    + "<p>More about the force.</p>" * 30
    + "</main></body></html>"
)


def kent_grades(db_path) -> dict[str, tuple[str, str, str]]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT g.area, g.grade, g.source_url, g.evidence FROM grades g JOIN reports r ON r.id = g.report_id "
            "WHERE r.body_id = 'kent' AND r.round = '2023-25'"
        ).fetchall()
    return {area: (grade, source, evidence) for area, grade, source, evidence in rows}


def test_json_is_one_object_with_the_grades_and_their_quotes(tmp_path, db_path):
    (tmp_path / "kent.txt").write_text(KENT)
    out = run_cli("read", "kent.txt", "--json", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert {k: got[k] for k in ("body", "framework", "round", "published")} == {
        "body": "kent",
        "framework": "peel",
        "round": "2023-25",
        "published": "2025-03-12",
    }
    assert got["grades"] == [
        {
            "area": "responding",
            "grade": "Requires improvement",
            "quote": "Responding to the public: Requires improvement",
        },
        {"area": "investigating", "grade": "Good", "quote": "Investigating crime: Good"},
    ]
    assert "leadership" in got["not_found"]


def test_a_text_stating_nothing_exits_0_with_nothing_and_the_reason(tmp_path, db_path):
    text = "The inspectorate published its annual assessment of policing today."
    proc = run_cli("read", "-", "--json", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)}, input=text)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert got["body"] is None and got["grades"] == [] and "names no police force" in got["notes"][0]


def test_the_terminal_view_says_what_the_store_holds_for_each_grade(tmp_path, db_path):
    (tmp_path / "cambs.txt").write_text(
        "PEEL 2023–2025: An inspection of Cambridgeshire Constabulary\nResponding to the public: Good\n"
    )
    out = run_cli("read", "cambs.txt", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert out.returncode == 0, out.stderr
    assert "Cambridgeshire Constabulary · PEEL 2023–25" in out.stdout
    assert "Responding to the public: Good  [different (store: Inadequate)]" in out.stdout


def test_load_dry_run_shows_the_diff_and_writes_nothing(tmp_path, db_path):
    (tmp_path / "kent.txt").write_text(KENT)
    env = {"DATABASE_PATH": str(db_path)}
    before = kent_grades(db_path)
    out = run_cli(
        "read",
        "kent.txt",
        "--source",
        "https://example.org/kent",
        "--load",
        "--dry-run",
        cwd=tmp_path,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "responding: not recorded → Requires improvement" in out.stdout
    assert kent_grades(db_path) == before


def test_load_records_each_grade_with_its_quote_and_the_url_as_source(tmp_path, db_path, file_server):
    url = file_server.serve(
        "/peel-reports/kent-2023-25/", PAGE.encode(), headers={"Content-Type": "text/html"}
    )
    env = {"DATABASE_PATH": str(db_path), "ALLOW_HTTP_LOADS": "true"}
    source = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/"  # the stand-in is http
    out = run_cli("read", url, "--source", source, "--load", cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert kent_grades(db_path) == {
        "responding": ("Requires improvement", source, "Responding to the public | Requires improvement"),
        "investigating": ("Good", source, "Investigating crime | Good"),
    }
    with sqlite3.connect(db_path) as conn:
        history = conn.execute(
            "SELECT COUNT(*) FROM grade_changes WHERE changed_by = 'command line (read)'"
        ).fetchone()
    assert history == (2,)
    again = run_cli("read", url, "--source", source, "--load", cwd=tmp_path, env=env)
    assert "Nothing to record" in again.stdout


def test_a_pdf_file_is_read(tmp_path, db_path):
    (tmp_path / "report.pdf").write_bytes(sample_pdf(pages=4, target_bytes=10_000))
    out = run_cli("read", "report.pdf", "--json", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["grades"]) == 8


def test_refused_urls_and_bad_usage_are_friendly_and_change_nothing(tmp_path, db_path):
    env = {"DATABASE_PATH": str(db_path)}
    before = kent_grades(db_path)
    refused = run_cli("read", "http://example.org/kent", "--load", cwd=tmp_path, env=env)
    assert refused.returncode == 1 and "only https://" in refused.stderr
    assert run_cli("read", cwd=tmp_path, env=env).returncode == 2
    assert run_cli("read", "x.txt", "--dry-run", cwd=tmp_path, env=env).returncode == 2
    assert kent_grades(db_path) == before


def test_gaps_reads_each_report_page_skipping_failures(tmp_path, db_path, file_server):
    kent = file_server.serve("/kent", PAGE.encode(), headers={"Content-Type": "text/html"})
    gone = file_server.url("/gone")  # 404
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE reports SET report_url = ''")
        conn.execute("UPDATE reports SET report_url = ? WHERE body_id = 'kent' AND round = '2023-25'", [kent])
        conn.execute(
            "UPDATE reports SET report_url = ? WHERE body_id = 'lincolnshire' AND round = '2023-25'", [gone]
        )
    env = {"DATABASE_PATH": str(db_path), "ALLOW_HTTP_LOADS": "true"}
    out = run_cli("read", "--gaps", cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert "2 reports with missing core grades" in out.stdout
    assert "Kent Police peel 2023-25: 2 grades proposed" in out.stdout
    assert "Lincolnshire Police peel 2023-25: skipped, the server answered HTTP 404" in out.stdout
    assert "Done: 1 read, 1 failed." in out.stdout


def test_add_areas_adds_the_rounds_missing_areas_in_the_texts_words_then_the_grades(tmp_path, db_path):
    (tmp_path / "kent-2025.txt").write_text(
        "PEEL 2025–2027: An inspection of Kent Police\nResponding to the public: Good\n"
        "Tackling violence against women and girls: Adequate\n"
    )
    env = {"DATABASE_PATH": str(db_path)}
    source = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/"
    without = run_cli("read", "kent-2025.txt", "--source", source, "--load", cwd=tmp_path, env=env)
    assert "Nothing to record" in without.stdout  # unmatched areas are shown, never squeezed into another
    assert (
        "Unmatched (no such area in this round): “Tackling violence against women and girls”: Adequate"
        in without.stdout
    )
    out = run_cli("read", "kent-2025.txt", "--source", source, "--load", "--add-areas", cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    with sqlite3.connect(db_path) as conn:
        areas = dict(
            conn.execute("SELECT area, name FROM areas WHERE framework = 'peel' AND round = '2025-27'")
        )
        grades = dict(
            conn.execute(
                "SELECT g.area, g.grade FROM grades g JOIN reports r ON r.id = g.report_id "
                "WHERE r.body_id = 'kent' AND r.round = '2025-27'"
            )
        )
    assert areas["responding"] == "Responding to the public"  # the id these words have in earlier rounds
    assert areas["tackling_violence_against_women_and_girls"] == "Tackling violence against women and girls"
    assert grades["responding"] == "Good"
    assert grades["tackling_violence_against_women_and_girls"] == "Adequate"


def test_load_refuses_a_text_whose_round_is_not_certain_and_changes_nothing(tmp_path, db_path):
    env = {"DATABASE_PATH": str(db_path)}
    before = kent_grades(db_path)
    text = "Kent Police was rated good at investigating crime. It is the force's PEEL 2021/22 and 2023-25 report."
    proc = run_cli("read", "-", "--load", cwd=tmp_path, env=env, input=text)
    assert proc.returncode == 1
    assert "round not certain" in proc.stdout
    assert "No round: the text names more than one round as its own (2021/22 and 2023–25)" in proc.stdout
    assert "Nothing recorded" in proc.stderr
    assert kent_grades(db_path) == before

"""The layout keeps its promises: one direction of dependence, no cycles, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for package in ("bot", "db"):
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """Every project module a file imports, at the top or inside a function."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                out.add(full if full in MODULES else node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m in MODULES}


GRAPH = {name: _imports(path) - {name} for name, path in MODULES.items()}


def test_no_module_imports_itself_back_through_others():
    """Depth-first search for a cycle in the module import graph."""
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in GRAPH[node]:
            if state.get(dep) == 1:
                cycles.append(" -> ".join([*path[path.index(dep) :], dep]))
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for name in GRAPH:
        if name not in state:
            visit(name, [name])
    assert cycles == []


@pytest.mark.parametrize(
    ("importer", "forbidden"),
    [
        ("db", "bot"),  # the store is a library of its own
        ("bot.questions", "bot.slack"),  # questions know no Slack
        ("bot.questions", "bot.jobs"),
        ("bot.reader", "bot.slack"),  # the reader is pure: text in, a proposal out
        ("bot.reader", "bot.jobs"),
        ("bot.reader", "db"),
        ("bot.reader", "bot.reading"),
        ("bot.jobs", "bot.slack.delivery"),  # sending knows Slack: it lives on the Slack side
        ("bot.jobs", "bot.slack.digest_sender"),
        ("bot.jobs", "bot.slack.digest_pool"),
        ("bot.slack.blocks", "db"),  # renderers take plain data
    ],
)
def test_dependencies_point_one_way(importer, forbidden):
    wrong = [
        f"{name} imports {dep}"
        for name, deps in GRAPH.items()
        if name == importer or name.startswith(importer + ".")
        for dep in deps
        if dep == forbidden or dep.startswith(forbidden + ".")
    ]
    assert wrong == []


def test_questions_and_blocks_never_import_slack_libraries():
    for name, path in MODULES.items():
        if name.startswith(("bot.questions", "bot.slack.blocks", "bot.jobs.subscriptions")):
            source = path.read_text()
            assert "slack_bolt" not in source and "slack_sdk" not in source, name


def test_bot_modules_stay_small():
    big = {
        name: n
        for name, path in MODULES.items()
        if name.startswith("bot") and (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert big == {}


def test_jobs_use_only_slacks_pure_renderers():
    """bot/jobs plans digests and polls feeds; of bot/slack it may use only the pure renderers (plain data ->
    Block Kit), never Slack I/O: sending, tokens and listeners live on the Slack side, which hands the
    scheduler the jobs that need them."""
    wrong = [
        f"{name} imports {dep}"
        for name, deps in GRAPH.items()
        if name.startswith("bot.jobs")
        for dep in deps
        if dep.startswith("bot.slack") and not dep.startswith("bot.slack.blocks")
    ]
    assert wrong == []

"""'how many pumps do lancs fire run': a count of a thing no grade or report held here counts. Pure."""

from __future__ import annotations

import re
from difflib import get_close_matches

# what the store can count: bodies, areas, grades, reports, rounds, spells and the like
COUNTED = frozenset(
    "forces services brigades constabularies bodies frs frss areas grades gradings ratings judgements "
    "reports inspections assessments times years yrs months weeks days rounds pillars questions ones counties "
    "regions places towns cities spells regrades changes downgrades upgrades categories themes outstandings goods "
    "adequates inadequates ris improvements results scores points levels marks stars visits publications links "
    "sources entries rows records words parts steps kinds types authorities police polices fires".split()
)
# a word ending in s that is no plural noun ('how many was that', 'how many is it')
_NOT_NOUNS = frozenset("was is has does this us its yes less across thus plus his hers theirs ours".split())
_COUNT = re.compile(
    r"\bhow\s+many\s+(?:(?:more|other|different|diff|separate|individual|new|extra|fewer|less|whole\s*time|"
    r"wholetime|on\s*call|retained|full\s*time|part\s*time|front\s*line|frontline)\s+)?([a-z]+s)\b"
)


def uncounted(norm: str) -> bool:
    """The question counts a thing ('pumps', 'drones') that nothing held here counts."""
    m = _COUNT.search(norm)
    if m is None or (noun := m.group(1)) in _NOT_NOUNS or noun in COUNTED:
        return False
    near = get_close_matches(noun, COUNTED, n=1, cutoff=0.75)  # 'forcse', 'sevices': a typo of one
    return not (near and near[0][0] == noun[0])  # ('drones' is no typo of 'ones')

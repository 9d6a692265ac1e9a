"""Who the asker speaks for, said first ('we're humberside.', 'GMFRS comms here -'), and the words of the
question that point back to it: 'our region' is that body's region, 'apart from us' leaves that body out.
And where the asker lives, said after the question ('are the police good where i live? its sunderland').

Pure: text in, text out. A question that names its own bodies is left as typed.
"""

from __future__ import annotations

import re

from bot.questions.entities import find_entities
from bot.questions.intro_said import intro_dropped
from bot.questions.move_words import MOVED
from bot.questions.names import Directory, normalise
from bot.questions.parse import name_finder
from bot.questions.preamble import remark_dropped, scene_read

_ROLE = (
    r"(?:comms|communications|press(?:\s+office)?|media|performance|analysts?|analysis|team|office|staff|"
    r"officers?|unit|department|dept)"
)
_BREAK = r"(?:[.,;:!?]|\s[-–—]\s)"
_WHO = r"(?P<who>[a-z&'’ ]+?)(?:\s+" + _ROLE + r")*"
# 'I work for the chief fire officer on Scilly -': whose office is said, then the body
_OFFICE = (
    r"(?:(?:the\s+)?(?:chief\s+fire\s+officer|chief\s+constable|chief\s+officer|chief|pcc|police\s+and\s+crime\s+"
    r"commissioner|commissioner|mayor|fire\s+authority|deputy\s+\w+)(?:'s\s+office)?\s+(?:on|at|in|of|for)\s+(?:the\s+)?)?"
)
# 'we're humberside.', 'i'm from essex police -', 'this is kent fire,': the speaker, then the question
_INTRO = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[\s,!]*)?(?:(?:we(?:'|’)?re|we\s+are|i(?:'|’)?m|i\s+am)\s+(?:from\s+|at\s+|with\s+)?"
    r"|this\s+is\s+|i\s+work\s+(?:for|at|with)\s+)" + _OFFICE + _WHO + r"\s*" + _BREAK + r"\s*(?P<rest>.+)$",
    re.I,
)
# 'GMFRS comms here - …', 'humberside police here, …'
_HERE = re.compile(r"^\s*" + _WHO + r"\s+here\s*" + _BREAK + r"?\s*(?P<rest>.+)$", re.I)
_OUR_REGION = re.compile(
    r"\b(?:in\s+|across\s+)?(?:our|my)\s+(?:region|neck\s+of\s+the\s+woods|part\s+of\s+the\s+country|area)\b",
    re.I,
)
_APART_FROM_US = re.compile(
    r"\b(apart\s+from|other\s+than|except(?:\s+for)?|besides|excluding|not\s+counting|aside\s+from)\s+"
    r"(?:us|ourselves|me|our\s+(?:force|service|lot))\b",
    re.I,
)
_OPENINGS = ("we", "i'm", "i’m", "im ", "i am", "this is", "i work", "hi", "hello", "hey")
_HERE_WORD = re.compile(r"\bhere\b")
_LIST = re.compile(
    r"^\s*(?:which|who|how\s+many|list|name|(?:what|any)\s+(?:other\s+)?(?:forces|services))\b", re.I
)


def speaker_read(text: str, directory: Directory) -> str:
    """The question with its speaker's words read as that body: 'we're humberside. which forces in our region
    got good' -> 'which forces in the Yorkshire and The Humber got good'; the text unchanged otherwise."""
    text = intro_dropped(text, directory)  # 'I sit on X's fire authority. Which police force covers …?'
    text = remark_dropped(scene_read(text, directory), directory)  # 'segment on X - how did they do?'
    low = text.lower().lstrip()
    intro = low.startswith(_OPENINGS)
    if not intro and not _HERE_WORD.search(low):
        return _role_read(text, directory) or text  # (the cheap tests first: most questions say neither)
    m = (_INTRO.match(text) if intro else None) or (_HERE.match(text) if _HERE_WORD.search(low) else None)
    if not m:
        return _role_read(text, directory) or text  # 'im a county councillor in suffolk. how did …'
    who, rest = m.group("who").strip(), m.group("rest").strip()
    finder = name_finder(directory)
    words = normalise(who).split()
    found = finder.find(words)
    office = m.group(0)[: m.start("who")].lower()
    if (
        not found and "chief" in office
    ):  # 'the chief fire officer on Scilly': the place's service of that kind
        words += ["fire"] if "fire" in office else ["police"]
        found = finder.find(words)
    if len(found) != 1 or set(words[: found[0][0]] + words[found[0][1] :]) - {"the"}:
        return _role_read(text, directory) or text  # not a body by its name ('i'm in truro' is a town)
    if find_entities(rest, directory, finder).bodies:
        return text  # the question names its own
    body = found[0][2]
    region = f"in the {body.region}" if body.country == "England" else "in Wales"
    read = _OUR_REGION.sub(region, rest)
    read = _APART_FROM_US.sub(lambda g: f"{g.group(1)} {who}", read)
    ours = re.search(r"\b(?:we|us|our|ours)\b", rest, re.I)
    if read != rest or _LIST.match(rest) and not ours:
        return read
    if ours and ("chief" in office or "office" in office):
        # 'I work for the chief fire officer on Scilly - what did HMICFRS grade us': the body, not its officer
        return re.sub(
            r"\b(?:we|us|our|ours)\b", lambda w: _as_named(body.name, w.group(0)), rest, count=1, flags=re.I
        )
    return text


# 'staff officer to the DCC at Cleveland - what did we get': a role at a body, said before the question
_ROLE_WORDS = re.compile(
    r"\b(?:officer|staff|chief|comms|press|team|analyst|lead|manager|head|director|sergeant|inspector|constable|"
    r"superintendent|pcc|commissioner|councillor|cllr|researcher|adviser|advisor|member|rep|secretary|clerk)\b",
    re.I,
)
_ROLE_LEAD = re.compile(
    r"^\s*(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|hiya)?[\s,.!]*"  # a greeting first is no role
    r"(?P<who>[a-z][^?!:;–—]{2,80}?)\s*(?:\s[-–—]\s|[:;]|\.\s)\s*(?P<rest>.+)$",
    re.I,
)
_ASKING = re.compile(r"\b(?:what|which|how|who|when|why|where|is|are|was|were|did|does|do|has|have)\b", re.I)
_FIRST = re.compile(r"\b(?:we|us|our|ours)\b", re.I)
_KIND_AFTER = re.compile(r"\s+(?:local\s+)?(?:fire|police|force|constabulary|brigade|cops)\b", re.I)


def _role_read(text: str, directory: Directory) -> str | None:
    """'staff officer to the DCC at Cleveland - what did we get' -> 'what did Cleveland Police get': the role
    said before the question is no part of it ('staff' is no workforce area), and 'we' is the body it names."""
    if (
        not (m := _ROLE_LEAD.match(text))
        or not _ROLE_WORDS.search(who := m.group("who"))
        or _ASKING.search(who)
    ):
        return None
    rest = m.group("rest").strip()
    if find_entities(rest, directory, name_finder(directory)).bodies:
        return (
            rest  # 'im a county councillor in suffolk (two tier here). how did suffolk fire do': as it names
        )
    if not (first := _FIRST.search(rest)) or _KIND_AFTER.match(rest, first.end()):
        return None  # ('our fire service' after a council role: the place's service, read from the place)
    found = {
        b.id: b for _, _, b in name_finder(directory).find(normalise(who).split())
    }  # by name, not a place
    if len(found) != 1:
        return None
    return _FIRST.sub(lambda w: _as_named(next(iter(found.values())).name, w.group(0)), rest, count=1)


def _as_named(name: str, pronoun: str) -> str:
    return f"{name}'s" if pronoun.lower() in ("our", "ours") else name


# 'are the police good where i live? its sunderland': the place, said after, is where the question is about
_WHERE_I_LIVE = re.compile(
    r"\s*\b(?:where\s+i\s+live|where\s+i'?m\s+from|near\s+me|round\s+here|around\s+here|in\s+my\s+area|locally)"
    r"\s*[?,.;:!-]+\s*(?:(?:it'?s|its|i'?m\s+in|i\s+live\s+in|that'?s|i'?m\s+from)\s+)(?:in\s+)?"
    r"(?P<town>[a-z][a-z' -]{2,30}?)\s*[?.!]*$",
    re.I,
)


# '…these days? my grandson says they've been struggling': what someone said, after the question asked
_HEARSAY = re.compile(
    r"(?<=\?)\s*(?:(?:my|a|our|the|his|her)\s+[\w-]+\s+(?:says?|said|reckons?|thinks?|told\s+me|keeps\s+saying)|"
    # '? just read theyre in special measures', '? i heard they were': what the asker read or heard
    r"(?:(?:just\s+|i'?m\s+|i\s+was\s+|was\s+)?(?:wondering|curious)\s+(?:if|whether|about|as|cos|because)\b)|"
    # '? what happened there': the answer before it says (a regrade, a move), no question of its own
    r"(?:(?:so|and)\s+)?what\s+happened(?:\s+(?:there|then|with\s+that))?(?=\W*$)|"
    r"(?:(?:sorry|oh|ah|btw|fwiw|tbh)[,!.]?\s+)?(?:i\s+(?:have\s+|ve\s+)?)?(?:just\s+|only\s+)?(?:read|saw|seen|heard)\s+(?:that\s+|on\s+the\s+news\s+|in\s+the\s+paper\s+|about\s+|of\s+)?"
    r"(?:they|theyre|they're|it|its|it's|the\s+\w+)|apparently|"
    # '? i thought that got dropped', '? i think they were': what the asker thought
    r"(?:i\s+)?(?:thought|think|believe|assumed|reckoned|heard|remember)\s+(?:that\s+)?(?:it|that|they|this|there|we)\b|"
    # '? cleveland obvs has': what the asker takes as known about one of them
    r"[\w' -]{1,30}?\s+(?:obvs|obviously|clearly|definitely)\s+(?:has|have|had|was|were|is|are|did|does|got|do)\b|"
    # '? not seen one', '? cant find any': what the asker hasn't found; '? want to write to them': why they ask
    r"(?:i\s+)?(?:have\s+|haven'?t\s+|havent\s+|ve\s+)?(?:not|never|cant|can'?t|couldn'?t|couldnt)\s+(?:seen|see|find|found|"
    r"spot|spotted|heard\s+of)\s+(?:one|any|it|that|them|anything)|"
    r"(?:i\s+|we\s+)?(?:want|need|have|going|trying|hoping)\s+to\s+(?:write|email|contact|ring|call|ask|quote|cite|"
    r"mention|check|tell|send|handle|build|add|put|include|flag|brief|present|update|draft|publish|store|model)|"
    # '? need a confidence flag per row': what the asker needs it for
    r"(?:i\s+|we\s+)?need\s+(?:a|an|this|it|that|them|(?:(?:the|some|exact|right)\s+){0,2}(?:wording|words|quotes?|text))\b(?!\s+(?:grade|rating))|for\s+(?:a|an|my|our|the)\s+(?:dashboard|briefing|"
    r"report|story|piece|meeting|script|spreadsheet|database|schema))\b"
    r"(?![^?]*\b(?:right|true|correct|wrong|outstanding|good|adequate|inadequate|requires\s+improvement|ri)\b)[^?]*$",
    re.I,
)


# 'really? i heard they were rubbish a few years ago': a doubt, whose claim is what is asked about
_DOUBTED = re.compile(
    r"^\W*(?:really|seriously|is\s+that\s+(?:right|true|correct)|are\s+you\s+sure|you\s+sure)\W*\?", re.I
)


# '… get worse?? my teacher said they was good b4': what it was before, after a question about how it moved
_WHAT_IT_WAS = re.compile(
    r"(?<=\?)\s*(?:(?:my|a|our|the|his|her)\s+[\w-]+\s+(?:says?|said|reckons?|thinks?|told\s+me)|i\s+(?:heard|read|thought))"
    r"\b[^?]*\b(?:b4|before|used\s+to|last\s+time|previously|back\s+then|once|in\s+20\d\d)\b[^?]*$",
    re.I,
)


# 'sorry if this is a strange question, but …', 'quick q -', 'this might be a daft question:': an apology or a
# hedge before the question, no part of it
_HEDGE_WORD = r"(?:quick|silly|stupid|dumb|daft|basic|strange|odd|random|naive|weird|obvious|simple|small)"
_HEDGE = re.compile(
    r"^\W*(?:(?:sorry|apologies|apols|forgive\s+me)\s+(?:if|for|to|in\s+advance)\b(?![^,?]*\bmean)[^,?]{0,50}?\b(?:question|q|asking|ask|one|bother(?:ing)?\s+you|interrupt\w*)\b|"
    r"(?:(?:sorry|apologies)[,!.]?\s+)?(?:(?:this|it)\s+(?:might|may|could|is\s+probably|'?s\s+probably)\s+be\s+an?\s+|an?\s+)?"
    rf"(?:{_HEDGE_WORD}\s+)+(?:question|q|one)\b)\s*(?:[,:;.!-]+|\s[–—])?\s*(?:but\s+)?(?=\w)",
    re.I,
)


def where_said_after(text: str) -> str:
    """'are the police good where i live? its sunderland' -> 'are the police good in sunderland'; a remark
    after the question ('? my grandson says they've been struggling') is left out of it, and so is a hedge
    before it ('sorry if this is a strange question, but …')."""
    if text[:12].lower().lstrip(" '\"").startswith(
        ("sorry", "apolog", "forgive", "this ", "it ", "a ", "an ")
    ) or (" q" in text[:40].lower()):
        text = _HEDGE.sub("", text, count=1)
    if (
        "?" in text
        and not _DOUBTED.match(text)
        and any(
            w in text
            for w in (
                *("say", "said", "reckon", "think", "told", "read", "saw", "seen", "heard", "apparently"),
                *("find", "spot", "see", "to ", "thought", "believe", "assumed", "remember", "need", "for "),
                *("obvs", "obviously", "clearly", "definitely", "wondering", "curious", "happened"),
            )
        )
    ):
        text = _HEARSAY.sub("", text)
        if MOVED.search(text.split("?", 1)[0]):  # 'did they get worse?? my teacher said they was good b4'
            text = _WHAT_IT_WAS.sub("", text)
    if "live" not in text and "here" not in text and "near" not in text and "local" not in text:
        return text
    return _WHERE_I_LIVE.sub(lambda m: f" in {m.group('town')}", text)

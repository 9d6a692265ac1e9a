"""What a question is about when it is not the grades held here: bodies that HMICFRS does not inspect (or
whose grades are not recorded here), and everyday topics (weather, travel, sport, events) that happen to
name a place, a kind of body or an area's word.

Matched against normalised text (lower case, punctuation dropped) with the bodies' own words taken out.
"""

from __future__ import annotations

import re

from bot.questions.how_many import uncounted
from bot.questions.local_topics import local_decision

# (pattern, the label the answer names, strong): a strong match wins over an area word ('is the scottish
# fire service good at prevention' is still about Scotland); a topic of the justice system yields to an
# area, because 'how does kent work with probation on managing offenders' is a question about Kent Police.
OUT_OF_SCOPE: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(r"\b(?:scotland|scottish|glasgow|edinburgh|aberdeen|dundee|inverness|stirling)\b"),
        "Scotland",
        True,
    ),
    (
        re.compile(
            r"\b(?:northern\s+ireland|psni|ni\s+police|nifrs|ni\s+fire|ruc|belfast|derry|londonderry)\b"
        ),
        "Northern Ireland",
        True,
    ),
    (
        re.compile(r"\b(?:nwfrs|mawwfrs|mwwfrs|swfrs|mid\s+and\s+west\s+wales)\b"),
        "fire and rescue services in Wales",
        True,
    ),
    (
        re.compile(r"\b(?:british\s+transport\s+police|transport\s+police|btp)\b"),
        "British Transport Police",
        True,
    ),
    (re.compile(r"\b(?:civil\s+nuclear(?:\s+constabulary)?|cnc)\b"), "the Civil Nuclear Constabulary", True),
    (
        re.compile(r"\b(?:ministry\s+of\s+defen[cs]e\s+police|mod\s+police|mdp)\b"),
        "the Ministry of Defence Police",
        True,
    ),
    (re.compile(r"\b(?:national\s+crime\s+agency|nca)\b"), "the National Crime Agency", True),
    (
        re.compile(r"\b(?:youth\s+justice|youth\s+offending|yots?|yjs)\b"),
        "youth justice services",
        False,
    ),
    (
        re.compile(
            r"\b(?:prisons?|hmp|hmyoi|yois?|jails?|gaols?|young\s+offenders?\s+institutions?|"
            r"immigration\s+(?:removal|detention)\s+cent(?:re|er)s?)\b"
        ),
        "prisons",
        False,
    ),
    (re.compile(r"\bprobation\b"), "probation services", False),
    (
        re.compile(r"\b(?:cps|crown\s+prosecution(?:\s+service)?|prosecutors?|prosecution\s+service)\b"),
        "the Crown Prosecution Service",
        False,
    ),
    (
        re.compile(r"\b(?:courts?|crown\s+court|magistrates|tribunals?|hmcts|judiciary)\b"),
        "courts",
        False,
    ),
)
WELSH_FIRE = "fire and rescue services in Wales"
# Welsh places that are no police force's name: with a fire word, a Welsh fire and rescue service.
WELSH_PLACES = re.compile(
    r"\b(?:cardiff|swansea|wrexham|bangor|aberystwyth|carmarthen|carmarthenshire|pembrokeshire|"
    r"ceredigion|powys|gwynedd|anglesey|conwy|denbighshire|flintshire|merthyr|bridgend|llanelli)\b"
)


def any_of(patterns: tuple[tuple, ...]) -> re.Pattern[str]:
    """One pattern that matches where any of the table's patterns (each row's first item) does: most questions
    name none, and one search costs a third of a search per row."""
    (flags,) = {row[0].flags for row in patterns}  # one set of flags, or the union would read differently
    return re.compile("|".join(f"(?:{row[0].pattern})" for row in patterns), flags)


_ANY_OUT_OF_SCOPE = any_of(OUT_OF_SCOPE)


def out_of_scope(rest: str) -> tuple[str | None, bool]:
    """The first body or service outside what's held here that the text names, and whether it is strong."""
    if not _ANY_OUT_OF_SCOPE.search(rest):
        return None, False
    for pattern, label, strong in OUT_OF_SCOPE:
        if pattern.search(rest):
            return label, strong
    return None, False


# Everyday topics people ask a bot about a place: never a question about inspections on their own.
_OFF_TOPIC = re.compile(
    r"\b(?:"
    # the weather
    r"weather|forecast|forecasts|rain|raining|rainy|snow|snowing|sunny|sunshine|temperature|heatwave|"
    # travel
    r"trains?|railways?|rail|buses|bus|coach|flights?|airports?|ferry|ferries|traffic|roadworks|directions|"
    r"how\s+far\s+(?:is|to|from)|commute|parking|tube|motorway|"
    # sport
    r"football|footie|soccer|cricket|rugby|tennis|golf|darts|snooker|boxing|premier\s+league|fixtures?|"
    r"kick\s+off|match(?:es)?(?!\s+up)|fc|afc|united(?!\s+kingdom)|rovers|wanderers|hotspur|"
    # events and going out
    r"gala|concert|concerts|festival|festivals|gig|gigs|tickets?|tv|telly|television|film|films|movie|movies|"
    r"netflix|fireworks|bonfire|carnival|parade|museum|museums|zoo|events|whats\s+on|things\s+to\s+do|days?\s+out|"
    r"holiday|holidays|cottages?|hotels?|airbnb|campsites?|caravans?|beach|beaches|restaurants?|pubs?|"
    r"cafes?|shopping|shops|"
    # homes, jobs and the rest of everyday life
    r"house\s+prices|houses\s+for\s+sale|property\s+prices|rent|renting|mortgages?|estate\s+agents?|"
    r"jobs|vacancies|salary|salaries|phone\s+number|opening\s+(?:hours|times)|postcode|population|"
    r"tomorrow|tonight|this\s+weekend"
    r")\b"
)
# Words that make a question about inspections whatever else it names ('good' alone does not: good pubs).
_ABOUT_INSPECTIONS = re.compile(
    r"\b(?:grades?|graded|grading|gradings|rated|rating|ratings|ranked|ranking|rankings|inspect\w*|hmicfrs|"
    r"hmic|hmi|peel|reports?|published|engage|special\s+measures|enhanced\s+monitoring|assessments?|"
    r"assessed|judgements?|judged|verdict|outstanding|adequate|inadequate|requires\s+improvement|ri)\b"
)


def off_topic(rest: str, area_asked: bool = False) -> bool:
    """The text is about everyday life (the weather, travel, sport, events), not inspections.

    `area_asked`: an area was named as people ask about one ('good at responding', '999 calls'), which
    makes the question about inspections; an area's plain word alone ('culture events') does not."""
    return bool(_OFF_TOPIC.search(rest)) and not area_asked and not _ABOUT_INSPECTIONS.search(rest)


TIMES = "response times and waits in minutes"
MONEY = "budgets and spending"
PAST = "the years before HMICFRS graded forces and services (PEEL grades began in 2014, fire grades in 2018)"
STATISTICS = "crime figures and other statistics"
NAMED_PEOPLE = "named officers and office holders"
REACTIONS = "what forces, services, unions and office holders said about a report"
ANALYSIS = "statistical analysis across the grades"
# Topics people ask an inspections bot about that no grade held here answers: said so, never a card.
NOT_COVERED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # 'how long does it take them to get to a 999 call': a figure, even though 'responding' is an area
        re.compile(
            r"\bhow\s+(?:fast|quickly|long|many\s+minutes)\b(?:\s+\S+){0,6}?\s+(?:take|takes|took|get\s+to|gets\s+to|"
            r"arrive|arrives|turn\s+up|turns\s+up|answer|answers|attend|attends|respond|responds|"
            r"to\s+(?:answer|attend|arrive|get\s+to|respond|pick\s+up))\b|"
            r"\b(?:response|answer|answering|waiting|wait|attendance|call\s+handling)\s+times?\b|\bminutes\b|"
            r"\bon\s+average\b|\baverage\s+(?:\w+\s+)?(?:time|wait|response)|\b999\s+waits?\b"
        ),
        TIMES,
    ),
    (
        re.compile(
            r"\b(?:burglar(?:y|ies|s|ys)?|robber(?:y|ies|ys)|thefts?|how\s+safe|saf(?:er|est)|(?:more|most|less|least)\s+dangerous|safe\s+(?:is|are)\s+(?:my|our|the)\s+street|safe\s+to\s+(?:walk|live|go\s+out|be\s+out|move)|"
            r"(?:is|are|feel)\s+(?:it|they|we|you|i)\s+safe|(?:safe|dangerous|rough)\s+(?:area|place|neighbourhood|streets?|at\s+night)|murders?|homicides?|stabbings?|shootings?|"
            r"knife\s+crime|shoplifting|assaults?|offences|crimes|crime\s+(?:rates?|figures|stats|statistics|"
            r"numbers|levels|counts?|data\s+for\s+my)|how\s+much\s+crime|arrests?|detection\s+rates?|"
            r"charge\s+rates?|reported\s+crime|headcount|ftes?|backlogs?|job\s+cuts?|"
            r"(?:more|fewer|less|most|fewest)\s+(?:[\w-]+\s+){0,2}?(?:firefighters|officers|staff|stations|engines|appliances|pumps|pcsos|detectives|crimes|calls|incidents|fires|arrests)|(?:firefighter|officer)\s+(?:posts|roles|cuts)|"  # 'wholetime firefighter posts'
            r"how\s+many\s+(?:\w+\s+){0,2}?(?:fires|incidents|calls|officers|posts|roles|vacancies|"
            r"firefighters|staff|stations|detectives|pcsos|constables|sergeants|inspectors|specials|employees|"
            r"workers|crews|cases|shouts|jobs|reports\s+of|offences|crimes|callouts|call\s+outs|people|victims|fire\s+engines|engines|appliances|vehicles|"
            r"cars)|how\s+(?:fast|quickly|long)\s+(?:do|does|did|will|would|to)\b|response\s+times?|deaths?|died|dying|fatalities|casualties|killed|injur(?:ed|ies|y)|satisfaction(?:\s+rates?)?|surveys?|"
            r"statistics|stats|figures|organised\s+crime\s+groups|audits|"
            # 'has crime actually gone down since they left special measures': crime itself, not a grade
            r"crime\s+(?:\w+\s+){0,2}?(?:gone|go|went|fallen|fell|risen|rose|dropped|increased|decreased)\s+(?:up|down)?|ocgs?|disrupt(?:ed|ions?)?\s+(?:\w+\s+){0,2}groups|"
            # 'the number of stop and searches they did': a count of what a force did, not a grade
            r"stop\s+(?:and\s+)?searches|(?:number|count|total)\s+of\s+(?:\w+\s+){0,3}?(?:searches|stops|fires|"
            r"incidents|calls|officers|arrests|crimes|offences|staff|firefighters|people|cases|callouts|victims))\b"
        ),
        STATISTICS,
    ),
    (
        re.compile(
            # the budget meeting, a funding bid: an occasion the grades are wanted for, not what is asked
            r"\b(?:budgets?(?!\s+(?:meetings?|debates?|papers?|briefings?|setting|sessions?|committees?|scrutiny|"
            r"discussions?|consultations?|cycle|panel|day|hearings?))|funding(?!\s+(?:bids?|meetings?|panel))|funded|precept|council\s+tax|spending|spend|spent(?!\s+(?:\d+|a|an|my|our|his|her|their|several|many|some|most|all|the\s+last|ten|twenty|thirty)\s+(?:\w+\s+)?(?:yrs?|years?|decades?|months?|weeks?|days?|career|life|time|summers?)\b)|costs?|salar(?:y|ies)|"
            r"pay\s+(?:rises?|deals?|rates?|scales?|awards?|levels?)|rates?\s+of\s+pay|retainer\s+fees?|pensions?|overtime|paid|earns?|earnings|wages?|grants?|how\s+much\s+(?:money|cash)|"
            r"(?:money|cash)\s+(?:do|does|did)\s+\w+(?:\s+\w+)?\s+(?:get|have|receive|spend))\b"
        ),
        MONEY,
    ),
    (
        re.compile(
            r"\b(?:chief\s+constables?|chief\s+fire\s+officers?|chief\s+officers?|home\s+secretary|"
            r"(?:who|whos|who\s+s)\s+(?:(?:is|was|are|runs|leads|heads)\s+)?(?:the\s+)?(?:[\w,]+\s+){0,2}?(?:head|boss|"
            r"leader|chief|commissioner|pcc|mayor|in\s+charge|hmi|inspector|lead\s+inspector))\b|"
            # 'who was the HMI that led the inspection', 'which inspector wrote it': a person, not a grade
            r"\b(?:who|whos|which)\s+(?:\w+\s+){0,3}?(?:hmi|inspectors?)\s+(?:that\s+|who\s+)?(?:led|leads|lead|"
            r"wrote|did|signed|carried\s+out|was\s+in\s+charge)\b"
            # 'who actually runs west sussex fire, like the chief': the person in charge
            r"|\bwho\s+(?:actually\s+|currently\s+|now\s+)?(?:runs|leads|heads|is\s+in\s+charge\s+of)\b"
        ),
        NAMED_PEOPLE,
    ),
    (
        re.compile(
            r"\b(?:inquiry|inquiries|inquests?|grenfell|public\s+inquiry|recommendations?|recs|"
            r"causes?\s+of\s+concern|aifis?|areas?\s+for\s+improvement\s+progress)\b"
        ),
        "inquiries and HMICFRS's recommendations (what they say and progress on them)",
    ),
    (
        re.compile(
            r"\b(?:complaints?|misconduct|gross\s+misconduct|disciplinary|discipline|vetting|sacked|dismissals?|"
            r"suspended|suspensions?|sickness|absence\s+rates?|tribunal\s+claims?|iopc|ipcc|fire\s+brigades\s+union|"
            r"fbu|police\s+federation|polfed|unison|trade\s+unions?|"
            r"independent\s+office\s+for\s+police\s+conduct)\b"
        ),
        "complaints, misconduct and staff records",
    ),
    (
        re.compile(r"\b(?:hospitals?|nhs|gps?|doctors?|ambulances?|care\s+homes?|cqc|dentists?)\b"),
        "hospitals and health services",
    ),
    (
        # ('a school project' is why they ask, not about schools)
        re.compile(
            r"\b(?:schools?(?!\s+(?:project|work|assignment|essay|homework))|ofsted|universit(?:y|ies)|"
            r"colleges?|nurser(?:y|ies))\b"
        ),
        "schools and colleges",
    ),
)


# 'what did ofsted say about the sussex fire services': another inspectorate's verdict, whoever it is about
OTHER_INSPECTORATES = (
    "other inspectorates' findings (Ofsted, the CQC, HM Inspectorate of Prisons or Probation)"
)
_INSPECTORATE = (
    r"(?:ofsted|cqc|care\s+quality\s+commission|estyn|hmip|hmi\s+(?:prisons|probation)|"
    r"hm\s+inspectorate\s+of\s+(?:prisons|probation)|ofwat|ofcom|hse|health\s+and\s+safety\s+executive)"
)
NOT_COVERED = (
    (
        re.compile(
            rf"\b(?:(?:what|how)\s+(?:did|does|do|has|have|had|would)\s+(?:the\s+)?{_INSPECTORATE}\s+"
            r"(?:say|said|find|found|rate|rated|think|thought|grade|graded|make|conclude)|"
            rf"{_INSPECTORATE}\s+(?:ratings?|reports?|inspections?|grades?|verdicts?|findings?|judgements?|said|says|found))\b"
        ),
        OTHER_INSPECTORATES,
    ),
    *NOT_COVERED,
)
NOT_COVERED += (
    (
        # 'what did the brigade's chief say in response', 'what does the federation make of the report'
        re.compile(
            r"\bwhat\s+(?:did|does|do|has|have|had|would)\s+(?:[\w']+\s+){0,5}?(?:chief|commissioner|pcc|mayor|"
            r"federation|union|fbu|minister|secretary|council|councillors?|mps?|leader|boss|spokes(?:man|woman|person)|"
            r"force|service|brigade|constabulary)\s+(?:[\w']+\s+){0,2}?(?:say|said|make\s+of|think|thought|respond|"
            r"responded)\b|\b(?:make|made)\s+of\s+(?:the|this|that|it|their)\s+(?:report|findings|inspection|grades?)\b"
            r"|\breact(?:ion|ions|ed)?\s+to\b"
        ),
        REACTIONS,
    ),
    (re.compile(r"\b(?:correlat\w*|relationship\s+between|regression|statistically)\b"), ANALYSIS),
    (
        re.compile(
            # ('did their next inspection show they'd improved': the report after, which is past)
            # ('and by the next inspection?' after an earlier round: the one after it, which is past)
            r"(?<!\bdid\s)(?<!\bdid\stheir\s)(?<!\bdid\sits\s)(?<!\bdid\sthe\s)(?<!\bby\sthe\s)(?<!\bby\stheir\s)"
            r"(?<!\bby\sits\s)\b(?:next\s+(?:,\s+)?(?:inspection|report|peel|visit)"
            r"|\bwhen(?:'s|’s|\s?s)?\s*,?\s+(?:\w+\s+){0,4}?(?:next\s+(?:due|inspected|inspection)|due\s+(?:to\s+be\s+|for\s+)?(?:an?\s+)?(?:inspected|inspection|another))\b"
            r"|(?:when|whens)\s+(?:is|will|are)\s+(?:\w+\s+){0,4}?"
            r"(?:next\s+)?(?:inspected|inspection|due))\b"
        ),
        "future inspections",
    ),
    # 'what was cleveland police like back in the 80s': years before HMICFRS graded anyone (PEEL began in 2014)
    (
        re.compile(
            # (asked of them, in its sentence: 'used to work alongside them in the 90s' is a remark)
            r"\b(?:how|what|were|was|did|rated|graded|like|good|bad|any)(?:[\s,]+[\w']+){0,4}?[\s,]+"
            r"(?:in|during|back\s+in|since|from)\s+(?:the\s+)?(?:(?:19)?[5-9]0'?s|19\d\d|(?:fif|six|seven|eigh|nine)ties|"
            r"20[01]0'?s|noughties)\b"
        ),
        PAST,
    ),
)
# Bodies HMICFRS does not inspect: a grade word ('outstanding schools') does not make these about police.
# never a card or Engage, whatever else the question names: another's verdict, a person, what was said, analysis
WORKFORCE_FIGURES = "workforce figures (who the staff are, and how many)"
ALWAYS_REFUSED = frozenset({OTHER_INSPECTORATES, NAMED_PEOPLE, REACTIONS, ANALYSIS, WORKFORCE_FIGURES, PAST})
STRONG_TOPICS = frozenset({"hospitals and health services", "schools and colleges", OTHER_INSPECTORATES})
# A quantity measured, not graded: with one of these, an area's word ('response times in minutes', 'officer
# headcount') does not make the question one about that area's grade.
_MEASURED = re.compile(
    r"\b(?:minutes?|mins?|seconds|(?:\d+|per|a|one)\s+second|secs?|hours?|(?:average|avg|(?:the|a)\s+mean|mean(?=\s+(?:times?|response|numbers?|values?|waits?|waiting|attendance|average|figures?|rates?|of))|median)"
    r"(?!\s+(?:grades?|ratings?|scores?))|"
    r"headcount|head\s+count|ftes?|(?:crime|detection|charge|response|solve|solved|arrest|absence|sickness|"
    r"attrition|vacancy|turnover|conviction|clear\s+up|clear-up|success)\s+rates?|rates?\s+of|how\s+many\s+(?:\w+\s+){0,2}?(?:calls|crimes|incidents|fires|arrests|officers|staff|detectives|pcsos|firefighters|groups|ocgs|audits|visits|checks|"
    r"cases|shouts|offences|victims|people|deaths)|died|deaths?|fatalities|how\s+long\s+(?:does|do|did|will)\s+(?:it|they|\w+)\s+take|"
    r"full\s+time\s+equivalents?|percentages?|per\s+cent|percent|backlogs?|waiting\s+times?|"
    r"(?:officer|staff|firefighter|crime)\s+numbers|numbers?\s+of\s+(?:officers|staff|firefighters|crimes))\b"
)


def measured(norm: str) -> bool:
    """The question asks for a quantity (minutes, an average, a headcount), which no grade answers."""
    return bool(_MEASURED.search(norm))


_ANY_NOT_COVERED = any_of(NOT_COVERED)


def not_covered(rest: str) -> str | None:
    """A topic the grades held here don't cover ('how many burglaries'), as the answer names it."""
    found = (
        [label for pattern, label in NOT_COVERED if pattern.search(rest)]
        if _ANY_NOT_COVERED.search(rest)
        else []
    )
    found = [local] if not found and (local := local_decision(rest)) else found
    if not found and (measured(rest) or uncounted(rest)):
        found = [STATISTICS]
    return next((label for label in found if label in STRONG_TOPICS), found[0] if found else None)


_MONEY_SAID = re.compile(
    r"\b(?:costs?|costing|taxpayers?|budgets?|money|cash|price|funding|paid|pay|fees?)\b"
)
# 'was bucks put in engage over its budget', 'because of spending': why, which Engage's record may answer
_WHY_ASKED = re.compile(r"\b(?:why|because|due\s+to|reasons?|over\s+(?:its|their|the|his|her)\s+\w+)\b")


def figures_of_engage(label: str | None, norm: str) -> bool:
    """'what's the cost to the taxpayer of all this monitoring', 'how many officers have they lost since it
    went into engage': money and figures, which no Engage spell answers (asked why, the record may)."""
    if _WHY_ASKED.search(norm):
        return False
    return label == STATISTICS or (label == MONEY and bool(_MONEY_SAID.search(norm)))

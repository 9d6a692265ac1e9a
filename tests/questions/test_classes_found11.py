"""Classes found in the eleventh development sets (written by people who read only the data), each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import said_after as said

CASES = [
    # two known words typed as one are read as the two; a typo of one word stays a typo
    pytest.param(["westmids police grades"], "West Midlands Police: PEEL", "West Midlands Fire Service", id="run-together-westmids"),
    pytest.param(["eastsussex fire how did they do"], "East Sussex Fire and Rescue Service", "West Sussex", id="run-together-eastsussex"),
    pytest.param(["northhants frs grades"], "Northamptonshire Fire and Rescue Service", "Hampshire", id="typo-not-split"),
    pytest.param(["westmids police how many inadequates", "and the fire service"], "West Midlands Fire Service", "I can't answer", id="run-together-carried"),
    # what the last answer already showed, asked again
    pytest.param(["how many inadequates did avon fire get", "which areas"], "Avon Fire and Rescue Service was rated inadequate in 4 of 11 areas", "Areas graded in", id="which-areas-after-count"),
    pytest.param(["kent police how many requires improvement", "what ones?"], "Kent Police", "Areas graded in", id="what-ones-after-count"),
    pytest.param(["have any police grades been changed since publication", "when was that"], "on 8 August 2024", "I can't answer", id="when-after-regrades"),
    # 'other' is no body's name; a group of its own after one body's Engage spells
    pytest.param(["was london fire brigade in special measures", "which other fire services were in engage"], "Gloucestershire Fire and Rescue Service", "Compared", id="other-services-in-engage"),
    pytest.param(["is lincolnshire police in engage", "any other forces in it"], "Enhanced monitoring (Engage)", "Compared", id="other-forces-in-engage"),
    # an area a report left ungraded, when HMICFRS's count shows every grade it gave is recorded
    pytest.param(["isles of scilly fire major incidents"], "not graded", "but that grade is not recorded here", id="not-graded-by-count"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_eleventh_sets(db, turns, must, never):
    _, text = said(db, turns)
    assert must in text
    assert never not in text


ENGAGE = [
    # a place or a bare name in an Engage conversation about fire services is the fire service
    pytest.param(["which fire services have ever been in special measures", "when did bucks go in and come out"], "has buckinghamshire-fire-and-rescue-service been in engage", id="place-kept-fire"),
    pytest.param(["which fire services have been in engage", "no i meant glos, why did they go in"], "why is gloucestershire-fire-and-rescue-service in engage", id="why-after-a-correction"),
    # 'why' asked at the end of a sentence, or after a clause
    pytest.param(["when did london fire brigade leave engage", "when did it go in and why"], "why is london-fire-brigade in engage", id="when-and-why"),
    pytest.param(["when did london fire brigade leave engage", "ok thanks, how come they went in"], "why is london-fire-brigade in engage", id="why-after-a-clause"),
    # today's spells after every spell; a body's dates
    pytest.param(["how many forces have ever been in engage", "which are still in"], "which police forces are in engage now", id="still-in"),
    pytest.param(["how many forces have ever been in engage", "cleveland dates?"], "has cleveland been in engage", id="dates"),
]  # fmt: skip


MOVES = [
    # 'over time' alone is the last body's history; 'better then' (a typo of than) compares
    pytest.param(["norfolk police grades", "over time?"], "history norfolk", id="over-time-alone"),
    pytest.param(["essex police grades", "are they better then kent"], "compare essex, kent", id="better-then"),
    # 'which had the most' after a list of bodies with a grade; 'how many is that' is the list's count
    pytest.param(["which police forces got an outstanding in 2023-25", "which had the most"], "which police forces got the most outstanding grades in 2023-25", id="most-alone"),
    pytest.param(["which police forces got an outstanding in 2023-25", "how many are there", "who got the most outstandings"], "which police forces got the most outstanding grades in 2023-25", id="how-many-then-most"),
    # the reasons for the areas at one grade: the latest report that gave it
    pytest.param(["avon and somerset police grades", "what did they say about the outstanding one"], "why avon-and-somerset outstanding grades", id="why-the-graded-one"),
    # others who moved the same day: that year's moves, each dated
    pytest.param(["when did wiltshire police leave special measures", "did anyone else get out the same day"], "which police forces left engage in 2024", id="same-day-out"),
    pytest.param(["when did london fire brigade go into engage", "anyone else put in that month"], "which fire and rescue services moved into engage in 2022", id="same-month-in"),
]  # fmt: skip


def test_the_reasons_for_one_grade_come_from_the_latest_report_that_gave_it(db):
    _, text = said(db, ["avon and somerset police grades", "what did they say about the outstanding one"])
    assert "PEEL 2021–22" in text and "(Outstanding)" in text
    assert "(Requires improvement)" not in text


NEGATIONS = [
    # a question of its own with a negation, asked after anything, keeps it
    pytest.param(["kent police grades", "which forces werent inadequate at anything"], "Police forces rated requires improvement or better in every graded area", "Police forces rated inadequate", id="werent-after-a-body"),
    pytest.param(["essex fire grades", "which south east fire services had no RI or inadequate at all"], "adequate or better in every graded area", "rated requires improvement or inadequate", id="no-x-at-all-after-a-body"),
    pytest.param(["what about 2023-25 for surrey police", "any fire services with no inadequate grades?"], "requires improvement or better in every graded area", "rated inadequate in at least one", id="no-inadequates-after-a-round"),
    # 'and which weren't?' after a list: the group at the other grades
    pytest.param(["which forces are inadequate at responding", "and which weren't?"], "rated requires improvement or better for responding to the public", "rated inadequate for responding", id="which-werent"),
    pytest.param(["which fire services got an inadequate", "who didnt"], "requires improvement or better in every graded area", "inadequate in at least one", id="who-didnt"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), NEGATIONS)
def test_a_negation_is_never_dropped_in_a_follow_up(db, turns, must, never):
    _, text = said(db, turns)
    assert must in text
    assert never not in text


REGIONS = [
    pytest.param("which region has the most inadequate grades for police forces in 2023-25?", "Police forces, PEEL 2023–25: East Midlands has the most inadequate grades (7).", "Fire and rescue services,", id="police-region-most"),
    pytest.param("which regions fire services got the most inadequates", "Fire and rescue services, fire and rescue inspection 2023–25: South West has the most inadequate grades (9).", "Police forces,", id="fire-region-most"),
    pytest.param("what region has the most outstanding grades", "Police forces, PEEL", "I can't answer", id="both-kinds"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "must", "never"), REGIONS)
def test_regions_ranked_by_how_many_areas_got_a_grade(db, question, must, never):
    _, text = said(db, [question])
    assert must in text
    assert never not in text


def test_a_region_tally_names_the_bodies_it_could_not_count(db):
    _, text = said(db, ["which region has the most inadequate grades for police forces"])
    assert "Not counted" in text and "Kent Police" in text  # Kent's 2023-25 counts are not held


TERSE = [
    # the worst or best area of the body asked about, said short
    pytest.param(["are the police any good in worcester", "whats the worst bit"], "which areas did Worcester police get requires improvement in", id="worst-bit"),
    pytest.param(["humberside 2023-25", "worst area in the lastest one?"], "which areas did humberside get requires improvement in", id="worst-area-latest"),
    pytest.param(["kent police grades", "what's the worst area"], "grade kent", id="worst-with-unknowns-is-the-card"),
    # Engage, said short
    pytest.param(["bucks fire", "engage?"], "has buckinghamshire-fire-and-rescue-service been in engage", id="engage-alone"),
    pytest.param(["bucks fire", "engage?", "vs oxon fire"], "compare buckinghamshire-fire-and-rescue-service, oxfordshire-fire-and-rescue-service", id="vs-after-engage"),
    pytest.param(["when did the met go into special measures", "lfb too?"], "has London Fire Brigade been in engage? and what are London Fire Brigade's grades", id="other-kind-too"),
    # a list's count, and a pick on a negation
    pytest.param(["which forces got outstanding for recording data about crime in 2023-25", "how many"], "which forces got outstanding for recording data about crime in 2023-25", id="how-many-alone"),
    pytest.param(["compare west yorks, south yorks and north yorks police on investigating crime", "the one that wasnt RI - rest of its grades"], "grade north-yorkshire", id="pick-on-a-negation"),
    pytest.param(["which fire services are inadequate on values and culture", "dorset & wilts - rest of thier grades"], "grade dorset-and-wiltshire-fire-and-rescue-service", id="rest-of-their-grades"),
    pytest.param(["lfb grades", "published when"], "when was the london-fire-brigade report published", id="published-when"),
]  # fmt: skip


def test_and_out_after_one_bodys_engage_entry_gives_its_dates(db):
    _, text = said(db, ["when did the met go into special measures", "and out?"])
    assert "Metropolitan Police Service was in enhanced monitoring (Engage) from" in text


FULL_SENTENCES = [
    # county names of one force's area are its own; the fire conversation keeps them fire
    pytest.param(["how many areas was surrey fire rated requires improvement in", "How does that compare with West Sussex on preventing fires?"], "compare surrey-fire-and-rescue-service, west-sussex-fire-and-rescue-service on preventing fires", id="west-sussex-is-one-service"),
    pytest.param(["bucks fire grades", "Can you compare them with Royal Berkshire and Oxfordshire?"], "compare buckinghamshire-fire-and-rescue-service, royal-berkshire-fire-and-rescue-service, oxfordshire-fire-and-rescue-service", id="royal-berkshire"),
    # 'what did the inspectorate say about …' asks the reasons; 'the one that wasn't good' is the other grades
    pytest.param(["how did staffordshire fire do in 2023-25", "What did the inspectorate say about the outstanding one?"], "why staffordshire-fire-and-rescue-service outstanding 2023-25 grades", id="inspectorate-said"),
    pytest.param(["how did notts fire do", "What was said about the one area that wasn't good?"], "why nottinghamshire-fire-and-rescue-service adequate or requires improvement or inadequate grades", id="why-the-one-that-wasnt"),
    # a round compared with the last one's is how the body moved; 'in any area' is every area
    pytest.param(["cambridgeshire constabulary 2023-25 grades", "How does that compare with 2021/22?"], "history cambridgeshire", id="compare-with-a-round"),
    pytest.param(["suffolk fire values and culture", "Which other East of England fire services were inadequate in any area?"], "which fire services in East of England got inadequate", id="in-any-area"),
    # 'its' after a list of one
    pytest.param(["Is any police force in enhanced monitoring right now?", "What were its 2023-25 PEEL grades?"], "What were Lincolnshire Police's 2023-25 PEEL grades?", id="its-after-a-list-of-one"),
]  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "what did hmicfrs say about kent police",
        "What did the inspectorate say about West Sussex fire's prevention work?",
    ],
)
def test_what_the_inspectorate_said_is_the_reasons_on_record(db, question):
    _, text = said(db, [question])
    assert text.startswith("Why:")


def test_what_a_union_said_is_not_held(db):
    _, text = said(db, ["What did the Fire Brigades Union say about the Darlington report?"])
    assert "I can't answer that" in text


def test_the_one_before_that_counts_back_from_the_round_shown(db):
    previous, text = said(
        db, ["kent police peel grades", "what about the one before", "and the one before that"]
    )
    assert previous == "kent 2021-22"
    assert "Kent Police: PEEL 2021–22" in text


@pytest.mark.parametrize(
    "turns",
    [
        ["the fire service for reading"],
        [
            "whats the police like in reading",
            "and what grades did the fire service get, reading specifically",
        ],
    ],
)
def test_reading_as_the_place_a_service_is_for(db, turns):
    _, text = said(db, turns)
    assert "Royal Berkshire Fire and Rescue Service" in text
    assert "Oxfordshire Fire and Rescue Service" not in text


LISTS_THEN = [
    # a town in a fire conversation: its fire service, for 'why' and 'which one is mine'
    pytest.param(["which fire servces are inadequte for preventing fires", "im in watford, why is ours rated that"], "why hertfordshire-fire-and-rescue-service preventing fires grades", id="why-ours"),
    pytest.param(["which fire services in yorkshire got good for preventing fires", "im in scarborough which one is mine"], "north-yorkshire-fire-and-rescue-service preventing fires", id="which-is-mine"),
    # the top one of a ranking, asked why; 'how many is that' after the reports of a year
    pytest.param(["which fire services are outstanding at anything", "which got teh most", "the top one, why are they so good at understanding risk"], "why lancashire-fire-and-rescue-service understanding the risk grades", id="why-the-top-one"),
    pytest.param(["which peel reports came out in 2025?", "how many is that"], "how many peel reports came out in 2025?", id="how-many-reports"),
    pytest.param(["which police forces went into engage in 2022", "how long was the met in for"], "has metropolitan been in engage", id="how-long-in"),
    pytest.param(["who's in engage at the moment?", "what were thier peel grades"], "what were Lincolnshire Police's peel grades", id="their-after-a-list-of-one"),
]  # fmt: skip


def test_a_typo_is_read_as_the_word_that_makes_a_name_with_its_neighbour(db):
    _, text = said(db, ["hows how is thmes valley police doing"])
    assert "Thames Valley Police: PEEL" in text


MORE = [
    pytest.param(["which fire services have been in engage at any point", "how many", "when did bucks leave"], "has buckinghamshire-fire-and-rescue-service been in engage", id="engage-at-any-point-then-leave"),
    pytest.param(["which fire services were outstanding for understanding risk in 2023-25", "how many is tht"], "which fire services were outstanding for understanding risk in 2023-25", id="how-many-typo"),
]  # fmt: skip


def test_an_unknown_word_before_an_area_word_that_names_one_area_keeps_the_area(db):
    _, text = said(db, ["how did the met do on building a supportive workforce 23-25"])
    assert "Metropolitan Police Service: building, supporting and protecting the workforce" in text
    _, text = said(db, ["how did kent do on treiang people fairly"])  # 'people' alone names no area
    assert "not understood: treiang" in text and "workforce" not in text


def test_a_grade_the_latest_report_never_gave_is_shown_where_it_was_last_given(db):
    _, text = said(db, ["police in sheffield any good?", "what were they outstanding in"])
    assert "None of South Yorkshire Police's 8 areas was rated outstanding" in text
    assert (
        "The last report that rated it outstanding, PEEL 2021–22" in text
        and "Protecting vulnerable people" in text
    )


def test_a_claimed_grade_is_answered_with_the_reasons_where_it_was_given(db):
    previous, text = said(db, ["police in sheffield any good?", "really? i thought they were outstanding"])
    assert previous == "why Sheffield police outstanding grades"
    assert "South Yorkshire Police: PEEL 2021–22" in text and "(Outstanding)" in text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("hiow police grades", "Hampshire and Isle of Wight Constabulary: PEEL"),
        (
            "hiow fire grades",
            "Hampshire and Isle of Wight Fire and Rescue Service: Fire and rescue inspection",
        ),
        ("why hiow", "Why: Hampshire and Isle of Wight Fire and Rescue Service"),
    ],
)
def test_a_fire_services_short_name_with_police_said_is_the_force_covering_it(db, question, must):
    _, text = said(db, [question])
    assert must in text


FIFTEENTH = [
    pytest.param(["which brigades got hammered on culture", "and which ones got RI on it"], "which fire services are requires improvement at the right values and culture", id="too-many-to-name-is-the-group"),
    pytest.param(["cleveland fire grades", "and durham constab latest"], "grade durham", id="constab"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "must", "never"),
    [
        ("how many police forces were put into engage in 2022 or later", "Since 2022", "I can't answer"),
        (
            "how many organised crime groups did merseyside police disrupt last year",
            "I can't answer that",
            "Merseyside Police:",
        ),
        (
            "which brigades got hammered on culture",
            "rated requires improvement or worse for promoting the right values and culture",
            "rated outstanding",
        ),
    ],
)
def test_first_questions_found_in_the_fifteenth_sets(db, question, must, never):
    _, text = said(db, [question])
    assert must in text
    assert never not in text


@pytest.mark.parametrize(
    ("turns", "written"),
    [
        (
            [
                "which fire services were rated inadequate for culture",
                "and wiltshire police, were they ever in special measures",
            ],
            "has wiltshire been in engage",
        ),
        (
            ["I live in Stoke-on-Trent, hows the fire service", "were the police ever in special measures"],
            "has Stoke-on-Trent police been in engage",
        ),
        (
            ["how many fire services got outstanding in anything", "who got the mst"],
            "which fire and rescue services got the most outstanding grades",
        ),
    ],
)
def test_engage_asked_of_a_body_named_or_switched_to(db, turns, written):
    previous, _ = said(db, turns)
    assert previous == written


def test_an_average_999_wait_is_not_held(db):
    _, text = said(db, ["whats the avrage 999 wait in devon"])
    assert "I can't answer that" in text


def test_engage_of_the_other_kind_through_a_town_is_the_towns_body(db):
    turns = [
        "i live in swindon now. police any good?",
        "the fire service?",
        "was the police force ever in special measures",
    ]
    previous, _ = said(db, turns)
    assert previous == "has Swindon police been in engage"


SIXTEENTH = [
    # 'the X one' picks the body of that name out of the list shown, of the list's kind
    pytest.param(["list every fire service with at least one inadequate in the 2023-25 round", "how many's that", "just the south west ones", "for the gloucestershire one which areas were inadequate?"], "which areas did gloucestershire-fire-and-rescue-service get inadequate in 2023-25", id="the-named-one-in-the-list"),
    pytest.param(["which fire services cover the tvp area", "the oxon one - how many RIs"], "which areas did oxfordshire-fire-and-rescue-service get requires improvement in", id="the-place-one-in-the-list"),
    pytest.param(["tvp protecting vulnerable people grade", "what did the evidence say about it"], "why thames-valley protecting vulnerable people grades", id="the-evidence"),
    pytest.param(["durham fire grades", "and on the people side?"], "county-durham-and-darlington-fire-and-rescue-service people pillar grades", id="the-people-side"),
    pytest.param(["durham fire grades", "efficiency?"], "county-durham-and-darlington-fire-and-rescue-service efficiency pillar grades", id="a-pillar-alone"),
]  # fmt: skip


def test_rate_as_a_verb_is_no_statistic(db):
    _, text = said(db, ["new to Leeds. how do west yorks police rate?"])
    assert "West Yorkshire Police: PEEL" in text
    _, text = said(db, ["whats the crime rate in leeds"])
    assert "I can't answer that" in text


SIXTEENTH_MORE = [
    # 'take X - ...' names X; 'compare w/ X', 'compair'; 'there grades' is their grades
    pytest.param(["are the police any good in worcester", "whats the worst bit", "and the fire service ther?"], "Worcester fire service grades", id="town-kept-through-a-pick"),
    pytest.param(["west yorks fire grades", "compare w south yorks fire"], "compare west-yorkshire-fire-and-rescue-service, south-yorkshire-fire-and-rescue", id="compare-w"),
    pytest.param(["west yorks fire grades", "compare w/ humberside fire"], "compare west-yorkshire-fire-and-rescue-service, humberside-fire-and-rescue-service", id="compare-w-slash"),
    pytest.param(["is devon and cornwall police still in special measures", "what are there grades now"], "what are Devon and Cornwall Police's grades now", id="there-grades"),
    # an area both kinds have is the conversation's kind's
    pytest.param(["new to Leeds. how do west yorks police rate?", "what about responding to emergencies"], "Leeds police responding to the public", id="area-of-the-kind"),
    # a town compared with is its body of the conversation's kind
    pytest.param(["just moved to swindon, are the police any good round here?", "what about the fire service", "is that worse than reading where i used to live"], "compare dorset-and-wiltshire-fire-and-rescue-service, royal-berkshire-fire-and-rescue-service", id="worse-than-a-town"),
    # 'that force's area' after a town's force is the force's whole area, not the town
    pytest.param(["police in bristol?", "and the fire services in that force's area?"], "compare avon-fire-and-rescue-service, devon-and-somerset-fire-and-rescue-service", id="that-forces-area"),
]  # fmt: skip


def test_compair_is_compare_and_a_batch_is_no_typo(db):
    _, text = said(db, ["take kent - compare police and fire"])
    assert "Kent Fire and Rescue Service: Fire and rescue inspection" in text
    assert "Kent Police: PEEL" in text and "take" not in text.split("\n")[0]
    _, text = said(db, ["compair kent and essex"])
    assert "Compared: Kent Police, Essex Police" in text
    previous, _ = said(db, ["how many goods did kent get in that batch"])
    assert "catch" not in previous


def test_words_around_an_area_are_no_name(db):
    _, text = said(
        db, ["North Wales Police v Dyfed-Powys on looking after their workforce - who did better in 23-25?"]
    )
    assert (
        "Compared on building, supporting and protecting the workforce: North Wales Police, Dyfed-Powys Police"
        in text
    )


def test_any_of_a_group_in_a_round_is_who_has_a_report_of_it(db):
    _, text = said(db, ["any welsh force in the 25-27 round?"])
    assert "None of the 4 police forces in Wales has a PEEL 2025–27 report recorded here" in text
    _, text = said(db, ["compare kent and essex 2025-27"])
    assert "Essex Police: no 2025–27 report recorded" in text


def test_a_month_typed_wrong_is_the_month(db):
    previous, text = said(db, ["which PEEL reports came out in decmber 2024?"])
    assert "Reports published in December 2024" in text


def test_a_pick_by_place_out_of_a_months_reports(db):
    turns = [
        "which PEEL reports came out in december 2024?",
        "the second one - what did it get for responding?",
    ]
    previous, text = said(db, turns)
    assert previous == "leicestershire responding to the public 2023-25"
    assert "Leicestershire Police was rated Requires improvement for responding to the public" in text
    previous, _ = said(db, [*turns, "and in 21/22 for the same area?"])
    assert previous == "leicestershire responding to the public 2021-22"


def test_a_follow_up_that_points_back_is_merged_whatever_its_length(db):
    turns = ["which frs are RI for respoding to major incidents", "any good ones on that in the south west?"]
    previous, text = said(db, turns)
    assert previous == "which fire services in South West are good at major and multi agency incidents"
    previous, _ = said(db, [*turns, "why was cornwall RI on it"])
    assert previous == "why cornwall-fire-and-rescue-service major and multi agency incidents grades"


@pytest.mark.parametrize(
    "question",
    [
        "compare the met and gmp on investigating across both rounds",
        "the met and gmp on investigating over time",
    ],
)
def test_two_bodies_over_time_are_each_ones_history(db, question):
    _, text = said(db, [question])
    assert "Metropolitan Police Service: investigating crime" in text
    assert "Greater Manchester Police: investigating crime" in text
    assert "over time, each on its own" in text
    assert "Compared on" not in text


def test_a_place_named_alone_is_the_body_of_that_name_the_list_showed(db):
    previous, text = said(db, ["anything published in august 2025?", "how did hampshrie do"])
    assert "Hampshire and Isle of Wight Fire and Rescue Service: Fire and rescue inspection" in text
    previous, text = said(db, ["anything published in august 2025?", "how did hampshire police do"])
    assert "Hampshire and Isle of Wight Constabulary: PEEL" in text


@pytest.mark.parametrize(
    "turns",
    [
        ["what did ofsted say about the sussex fire services"],
        [
            "how did sussex do",
            "and the fire services in sussex?",
            "what did ofsted say about the sussex fire services",
        ],
        ["cqc rating for kent police"],
    ],
)
def test_another_inspectorates_verdict_is_refused(db, turns):
    _, text = said(db, turns)
    assert text.startswith("I can't answer that: it asks about other inspectorates' findings")


def test_which_did_better_after_one_body_is_no_history(db):
    previous, text = said(db, ["durham fire", "cleveland fire?", "so which did btter"])
    assert "every inspection round" not in text and "I can't answer that" in text


def test_a_compare_gives_hmicfrs_counts_where_areas_are_not_recorded(db):
    _, text = said(db, ["compare humberside and lincolnshire polcie in 2023-25"])
    assert "HMICFRS's summary for Lincolnshire Police's report: 4 requires improvement, 4 inadequate." in text


THIRTEENTH_MORE = [
    # 'full results' is every area; Welsh places after fire services are the services HMICFRS does not inspect
    pytest.param(["how many fire services were inadequate for promoting the right values and culture", "back to dorset and wilts - full results pls"], "grade dorset-and-wiltshire-fire-and-rescue-service", id="full-results"),
    pytest.param(["which fire services are good at prevention", "and the welsh ones?"], "welsh fire services", id="welsh-ones-after-fire"),
    pytest.param(["which fire services are good at prevention", "and in wales?"], "welsh fire services", id="in-wales-after-fire"),
    pytest.param(["which forces are inadequate at investigating crime", "and the welsh ones?"], "which police forces in Wales are inadequate at investigating crime", id="welsh-ones-after-police"),
    pytest.param(["which fire services are inadequate at values and culture", "which of thsoe did worst"], "compare avon-fire-and-rescue-service, dorset-and-wiltshire-fire-and-rescue-service, suffolk-fire-and-rescue-service on the right values and culture", id="thsoe"),
]  # fmt: skip


def test_a_lists_grade_carries_to_the_other_kind_unless_it_was_negated(db):
    previous, _ = said(
        db, ["how many forces got outstanding in at least one area in 23-25?", "same for fire pls"]
    )
    assert previous == "which fire services are outstanding"
    turns = [
        "which fire services in the south west werent rated inadequte anywhere",
        "and the south west police forces, 23-25?",
    ]
    _, text = said(db, turns)
    assert "rated inadequate" not in text


def test_what_a_body_got_after_its_engage_spell_is_its_grades(db):
    turns = [
        "which fire and rescue services have been in engage / enhanced monitoring?",
        "when did the london one come out",
        "and what did LFB get in the inspecton after that?",
    ]
    previous, text = said(db, turns)
    assert previous == "grade london-fire-brigade"


FOURTH_BLIND = [
    # read after the fourth fresh sets were scored: a town for someone else, read by the conversation's kind
    pytest.param(["live in brighton, hows the fire service doing", "my sister's over in crawley, same lot?"], "is Crawley served by east-sussex-fire-and-rescue-service", id="sisters-town"),
    pytest.param(["we're in bath, police any good?", "and what about the fire lot", "yikes. my parents are in taunton, is theirs the same one? hows it doing"], "is Taunton served by avon-fire-and-rescue-service", id="parents-town"),
    # a round after one body's Engage answer is that round's grades
    pytest.param(["lincs police 2023-25 peel grades pls", "is it still in engage?", "what did hmicfrs say when they put them in", "and in 2021/22?"], "grade lincolnshire 2021-22", id="round-after-engage"),
]  # fmt: skip


def test_which_of_the_two_with_no_two_before_it_is_asked_back(db):
    turns = [
        "East Sussex fire - grades from the last inspection?",
        "and west sussex",
        "which of the two got a requires improvement",
    ]
    _, text = said(db, turns)
    assert text.startswith("I can't answer that yet")
    assert "Police forces rated" not in text


def test_areas_graded_a_grade_is_no_definition(db):
    _, text = said(db, ["Which forces had 3 or more areas graded Inadequate in 2023-25?"])
    assert "Police forces rated inadequate in 3 or more areas" in text
    _, text = said(db, ["what areas are graded in peel"])
    assert "Areas graded in PEEL inspections" in text


def test_why_an_area_was_left_ungraded_says_it_was_not_graded(db):
    turns = [
        "What grades did the Isles of Scilly fire service receive?",
        "what about major incidents",
        "why wasn't scilly graded on that?",
    ]
    _, text = said(db, turns)
    assert "Responding to major and multi-agency incidents was not graded in that report" in text
    _, text = said(db, ["why was kent police rated outstanding for investigating crime"])
    assert "was not graded in that report" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Which forces improved on responding to the public after being inadequate in 2021-22?",
        "which forces that were inadequate at responding in 2021-22 improved",
    ],
)
def test_a_movement_from_the_first_round_held_starts_there(db, question):
    _, text = said(db, [question])
    assert "Police forces: responding to the public, 2021–22 → 2023–25" in text
    assert "of the 6 police forces rated inadequate in 2021–22" in text
    assert "Only one round of grades" not in text


@pytest.mark.parametrize(
    ("turns", "written"),
    [
        *ENGAGE,
        *MOVES,
        *TERSE,
        *FULL_SENTENCES,
        *LISTS_THEN,
        *MORE,
        *FIFTEENTH,
        *SIXTEENTH,
        *SIXTEENTH_MORE,
        *THIRTEENTH_MORE,
        *FOURTH_BLIND,
    ],
)
def test_each_follow_up_is_written_as_the_question_it_asks(db, turns, written):
    """Every class above: the last turn, merged with the conversation, is written as the question it asks."""
    previous, _ = said(db, turns)
    assert previous == written

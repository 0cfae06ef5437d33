"""Demo programmes: a believable small Dutch company, and a large file for benchmarks."""

import datetime as dt
import random

from peewee import chunked

from rmentor.models.programme.entities import (
    Enrolment,
    Evaluation,
    Meeting,
    MeetingTheme,
    OutcomeItem,
    Pairing,
    Participant,
    ParticipantTheme,
    Programme,
    Theme,
)
from rmentor.models.programme.journal import (
    MeetingInput,
    OutcomeInput,
    save_evaluation,
    save_meeting,
)
from rmentor.models.programme.pairings import create_pairing, set_status
from rmentor.models.programme.participants import save_participant
from rmentor.models.programme.programmes import get_or_add_theme, save_programme
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import PURPOSE_QUESTIONS, PURPOSES, purpose_questions

DEMO_NAME = "Reverse mentoring 2026"

# first, last, department, job title, level, manager's first name, languages, location, themes
MENTEES = [
    (
        "Hanneke",
        "Brouwer",
        "Directie",
        "Algemeen directeur",
        10,
        None,
        "Nederlands, Engels",
        "Zwolle",
        "consumer, innovation",
    ),
    (
        "Rutger",
        "van Dijk",
        "Inkoop",
        "Manager inkoop",
        8,
        "Hanneke",
        "Nederlands, Duits",
        "Zwolle",
        "innovation, refresh",
    ),
    (
        "Inès",
        "Lefèvre",
        "Klantenservice",
        "Teamleider klantenservice",
        7,
        "Hanneke",
        "Frans, Nederlands",
        "Zwolle",
        "consumer, diversity",
    ),
    (
        "Gerard",
        "de Vries",
        "Financiën",
        "Financieel manager",
        8,
        "Hanneke",
        "Nederlands, Engels",
        "Zwolle",
        "innovation, AI-tools",
    ),
    (
        "Marieke",
        "Jansen",
        "HR",
        "HR-manager",
        8,
        "Hanneke",
        "Nederlands, Engels",
        "Deventer",
        "diversity, refresh",
    ),
    (
        "Pieter",
        "van den Berg",
        "Verkoop",
        "Salesmanager",
        8,
        "Hanneke",
        "Nederlands, Engels",
        "Zwolle",
        "consumer, Sociale media",
    ),
    (
        "Ömer",
        "Çelik",
        "ICT",
        "ICT-manager",
        8,
        "Hanneke",
        "Nederlands, Turks, Engels",
        "Deventer",
        "diversity, refresh",
    ),
    (
        "Anaïs",
        "Smits",
        "Marketing",
        "Marketingmanager",
        8,
        "Hanneke",
        "Nederlands, Frans",
        "Zwolle",
        "consumer, Sociale media",
    ),
    (
        "Joost",
        "Hendriks",
        "Logistiek",
        "Manager logistiek",
        8,
        "Hanneke",
        "Nederlands",
        "Deventer",
        "innovation, AI-tools",
    ),
    (
        "Els",
        "Bakker",
        "Productie",
        "Productieleider",
        7,
        "Joost",
        "Nederlands, Engels",
        "Deventer",
        "refresh, innovation",
    ),
    (
        "Frank",
        "Visser",
        "Verkoop",
        "Senior accountmanager",
        6,
        "Pieter",
        "Nederlands, Engels",
        "Zwolle",
        "consumer, AI-tools",
    ),
    (
        "Ingrid",
        "Mulder",
        "Financiën",
        "Senior controller",
        6,
        "Gerard",
        "Nederlands, Engels",
        "Zwolle",
        "AI-tools, refresh",
    ),
]
MENTORS = [
    (
        "Sem",
        "de Graaf",
        "Inkoop",
        "Inkoper",
        2,
        "Rutger",
        "Nederlands, Engels",
        "Zwolle",
        "innovation, AI-tools",
    ),
    (
        "Mila",
        "Özdemir",
        "Klantenservice",
        "Medewerker klantenservice",
        1,
        "Inès",
        "Nederlands, Turks, Engels",
        "Deventer",
        "consumer, diversity, refresh",
    ),
    (
        "Luuk",
        "ten Brink",
        "Marketing",
        "Online marketeer",
        2,
        "Anaïs",
        "Nederlands, Engels",
        "Deventer",
        "innovation, Sociale media",
    ),
    (
        "Zoë",
        "IJsselstein",
        "Verkoop",
        "Binnendienst verkoop",
        2,
        "Frank",
        "Nederlands, Engels",
        "Zwolle",
        "diversity, consumer",
    ),
    (
        "Daan",
        "Bakker",
        "ICT",
        "Developer",
        2,
        "Ömer",
        "Nederlands, Engels",
        "Deventer",
        "diversity, AI-tools",
    ),
    (
        "Fleur",
        "de Jong",
        "HR",
        "HR-adviseur",
        2,
        "Marieke",
        "Nederlands, Engels",
        "Deventer",
        "consumer, Sociale media",
    ),
    (
        "Noah",
        "El Amrani",
        "Logistiek",
        "Planner",
        1,
        "Joost",
        "Nederlands, Arabisch, Frans",
        "Deventer",
        "consumer, Sociale media",
    ),
    (
        "Lotte",
        "Vermeulen",
        "Financiën",
        "Junior controller",
        2,
        "Ingrid",
        "Nederlands, Engels",
        "Zwolle",
        "innovation, AI-tools",
    ),
    (
        "Yara",
        "Bos",
        "Marketing",
        "Contentspecialist",
        1,
        "Anaïs",
        "Nederlands, Engels, Frans",
        "Zwolle",
        "consumer, diversity",
    ),
    (
        "Thijs",
        "van Leeuwen",
        "Productie",
        "Procesoperator",
        1,
        "Els",
        "Nederlands",
        "Deventer",
        "refresh, innovation",
    ),
    (
        "Sanne",
        "Kok",
        "Klantenservice",
        "Medewerker klantenservice",
        1,
        "Inès",
        "Nederlands, Engels",
        "Zwolle",
        "consumer, AI-tools",
    ),
    (
        "Bram",
        "Peters",
        "ICT",
        "Data-analist",
        2,
        "Ömer",
        "Nederlands, Engels",
        "Deventer",
        "innovation, refresh",
    ),
]
# mentor, mentee, final status, meetings held, weeks since the start, themes
PAIRS = [
    ("Mila", "Rutger", "completed", 9, 26, "consumer, refresh"),
    ("Luuk", "Gerard", "active", 9, 25, "innovation, AI-tools"),
    ("Zoë", "Ömer", "active", 8, 24, "diversity, refresh"),
    ("Daan", "Marieke", "active", 3, 24, "diversity, AI-tools"),
    ("Fleur", "Pieter", "active", 8, 22, "consumer, Sociale media"),
    ("Noah", "Anaïs", "paused", 5, 22, "consumer, Sociale media"),
    ("Lotte", "Joost", "ended_early", 2, 20, "innovation, AI-tools"),
    ("Yara", "Inès", "active", 8, 20, "consumer, diversity"),
    ("Bram", "Els", "active", 8, 18, "innovation, refresh"),
    ("Sanne", "Frank", "proposed", 0, 1, "consumer, AI-tools"),
]
SUMMARIES = {
    "consumer": [
        "Samen de webshop doorlopen als klant van 25: afrekenen op de telefoon duurt te lang.",
        "Hoe jonge klanten reviews lezen voordat ze iets kopen.",
        "De nieuwsbrief bekeken: te lang, geen video, niemand van onze leeftijd leest hem.",
    ],
    "diversity": [
        "Gesproken over drempels voor nieuwe collega's met een migratieachtergrond bij sollicitaties.",
        "Wat het betekent om de enige jonge collega in een overleg te zijn.",
        "Informele regels op de afdeling die nieuwkomers niet kennen.",
    ],
    "innovation": [
        "Een kleine proef bedacht: bestelstatus via WhatsApp in plaats van e-mail.",
        "Samen een prototype geklikt in een no-code tool.",
        "Waarom jongeren geen horloge meer dragen en wat dat zegt over onze producten.",
    ],
    "refresh": [
        "Wat er nu op de hogeschool wordt geleerd over data-analyse.",
        "Meegelopen op de werkvloer; oude trots op het vak kwam terug.",
        "Nieuwe methoden voor planning besproken, vers van de opleiding.",
    ],
    "AI-tools": [
        "Samen geprobeerd hoe een AI-assistent offertes samenvat.",
        "Afspraken over wat wel en niet in een AI-tool mag.",
    ],
    "Sociale media": [
        "Instagram en TikTok van concurrenten samen bekeken.",
        "Hoe klanten onder de 30 ons op sociale media vinden.",
    ],
}
OUTCOMES = {
    "consumer": [
        (
            "insight",
            "Jonge klanten haken af als betalen met de telefoon meer dan twee stappen kost.",
        ),
        ("idea", "Proef met een korte video-nieuwsbrief voor klanten onder de 30."),
        ("action", "Afspraak maken met de webbouwer over het afrekenproces."),
    ],
    "diversity": [
        ("insight", "Nieuwe collega's durven in het werkoverleg weinig te zeggen."),
        ("idea", "Buddy voor elke nieuwe collega in de eerste maand."),
        ("action", "Vacatureteksten laten lezen door twee jonge collega's."),
    ],
    "innovation": [
        ("idea", "Bestelstatus via WhatsApp uitproberen met tien klanten."),
        ("insight", "Een klikbaar prototype overtuigt sneller dan een notitie."),
        ("action", "No-code tool een maand proberen op de planning."),
    ],
    "refresh": [
        ("insight", "Nieuwe analysemethoden maken de weekcijfers sneller."),
        ("action", "Gastcollege van de hogeschool in het teamoverleg plannen."),
    ],
    "AI-tools": [
        ("idea", "AI-samenvatting van klantvragen voor de klantenservice."),
        ("action", "Richtlijn voor AI-gebruik opstellen met ICT."),
    ],
    "Sociale media": [
        ("insight", "Klanten onder de 30 vinden ons via Instagram, niet via Google."),
        ("action", "Maandelijkse review van de socialemediakanalen."),
    ],
}
CONFIDENTIAL = "Vertrouwelijk: persoonlijke situatie besproken, niet delen."


def write_small_demo(today: dt.date | None = None, seed: int = 2026) -> Programme:
    """A programme of a small company, written through the domain rules."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    start = today - dt.timedelta(weeks=27)
    with db.atomic():
        programme = save_programme(
            name=DEMO_NAME,
            start_date=start,
            end_date=start + dt.timedelta(weeks=39),
            cadence_weeks=3,
            sponsor="Hanneke Brouwer",
            description="Jonge collega's helpen leidinggevenden de klant, de werkvloer en "
            "nieuwe tools door andere ogen te zien.",
            themes=["consumer", "diversity", "innovation", "refresh", "AI-tools"],
        )
        people = {}
        for role, rows in (("mentee", MENTEES), ("mentor", MENTORS)):
            for first, last, dept, title, level, boss, langs, place, themes in rows:
                email = f"{first[0]}.{last.replace(' ', '')}@voorbeeldbedrijf.nl"
                people[first] = save_participant(
                    programme=programme,
                    first_name=first,
                    last_name=last,
                    email=_ascii(email),
                    role=role,
                    department=dept,
                    job_title=title,
                    level=level,
                    manager=people.get(boss),
                    languages=langs,
                    location=place,
                    capacity=1,
                    consent_date=start - dt.timedelta(days=14),
                    themes=[t.strip() for t in themes.split(",")],
                )
        for mentor, mentee, status, n_meetings, weeks, themes in PAIRS:
            _demo_pairing(
                programme,
                people[mentor],
                people[mentee],
                status,
                n_meetings,
                today - dt.timedelta(weeks=weeks),
                themes.split(", "),
                today,
                rng,
            )
        # what came of the oldest actions done: the behaviour and results they led to
        done = (
            OutcomeItem.select()
            .join(Meeting)
            .join(Pairing)
            .where(
                (Pairing.programme == programme)
                & (OutcomeItem.kind == "action")
                & (OutcomeItem.status == "done")
            )
            .order_by(Meeting.date, OutcomeItem.id)
        )
        for item, effect in zip(done, EFFECTS, strict=False):
            item.effect = effect
            item.save()
    return programme


EFFECTS = [
    "Afrekenen op de telefoon kost nu twee stappen; de webbouwer meet de conversie.",
    "Twee vacatureteksten herschreven; er kwamen meer reacties van starters.",
    "De planning draait een maand op het no-code tool; het team wil ermee door.",
    "Nieuwe collega's krijgen nu een buddy; de eerste twee zijn enthousiast.",
]


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _demo_pairing(programme, mentor, mentee, status, n_meetings, start, themes, today, rng):
    pairing = create_pairing(
        programme,
        mentor,
        mentee,
        start_date=start,
        planned_end_date=programme.end_date,
        themes=themes,
    )
    if status == "proposed":
        return
    set_status(pairing, "active", today=start)
    pairing.ground_rules_date = start
    pairing.save()
    date = start + dt.timedelta(days=3)
    for number in range(n_meetings):
        if date > today:
            break
        theme = themes[number % len(themes)]
        held = number % 5 != 3
        outcomes = []
        if held and number % 2 == 0:
            kind, text = rng.choice(OUTCOMES[theme])
            due = date + dt.timedelta(weeks=3) if kind == "action" else None
            outcomes.append(
                OutcomeInput(
                    kind=kind,
                    text=text,
                    theme=theme,
                    owner=mentee.first_name,
                    status="done" if number < n_meetings - 2 else "open",
                    due_date=due,
                )
            )
        summaries = SUMMARIES[theme]
        save_meeting(
            pairing,
            MeetingInput(
                date=date,
                duration_minutes=rng.choice([45, 60, 60, 75, 90]),
                format=rng.choice(["one_to_one", "one_to_one", "shadowing", "remote"]),
                held=held,
                cancelled_by=None if held else rng.choice(["mentor", "mentee"]),
                themes=[theme],
                summary=summaries[number % len(summaries)] if held else "",
                confidential_note=CONFIDENTIAL if number % 4 == 1 else "",
                outcomes=outcomes,
            ),
            today=today,
        )
        if number == 0 and held:
            for side in ("mentor", "mentee"):
                save_evaluation(
                    pairing, side=side, moment="fit_check", date=date, ratings=_ratings(rng)
                )
        if number == 4:
            ratings = {**_ratings(rng), **_purpose_ratings(pairing.id, "mentee", "midway")}
            save_evaluation(pairing, side="mentee", moment="midway", date=date, ratings=ratings)
        date += dt.timedelta(days=rng.choice([18, 21, 21, 24]))
    if status == "paused":
        set_status(pairing, "paused")
    elif status == "completed":
        set_status(pairing, "completed")
        for side in ("mentor", "mentee"):
            save_evaluation(
                pairing,
                side=side,
                moment="closing",
                date=min(date, today),  # after the last meeting, but never in the future
                ratings={**_ratings(rng), **_purpose_ratings(pairing.id, side, "closing")},
                comment="Waardevol, zouden het zo weer doen.",
            )
    elif status == "ended_early":
        set_status(
            pairing,
            "ended_early",
            reason="schedule",
            note="Drukte in de logistiek na de reorganisatie.",
        )


def _ratings(rng) -> dict[str, int]:
    return {q: rng.choice([3, 4, 4, 5, 5]) for q in ("useful", "learned", "recommend")}


def _purpose_ratings(pairing_id: int, side: str, moment: str) -> dict[str, int]:
    """The purposes' own questions, asked midway and at the close; from a generator of
    their own, so the other demo figures stay as they were."""
    rng = random.Random(f"{pairing_id}/{side}/{moment}")
    return {q: rng.choice([3, 4, 4, 5, 5]) for q in purpose_questions(PURPOSES, side)}


DEPARTMENTS = [
    "Directie",
    "Inkoop",
    "Klantenservice",
    "Financiën",
    "HR",
    "Verkoop",
    "ICT",
    "Marketing",
    "Logistiek",
    "Productie",
    "Juridisch",
    "Onderzoek",
]
FIRST = [
    "Ömer",
    "Anaïs",
    "Zoë",
    "Daan",
    "Sanne",
    "Bram",
    "Fleur",
    "Noah",
    "Lotte",
    "Yara",
    "Inès",
    "Søren",
    "Luuk",
    "Mila",
    "Sem",
    "Eva",
    "Jesse",
    "Tess",
    "Milan",
    "Julia",
]
LAST = [
    "van der Berg",
    "Çelik",
    "IJsselstein",
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
]


def write_large_demo(
    today: dt.date | None = None,
    seed: int = 5000,
    participants: int = 5000,
    pairings: int = 2500,
    meetings: int = 100_000,
) -> Programme:
    """A large file for benchmarks, written with bulk inserts in one transaction.

    Reporting lines are built so that no pair breaks the rules: mentees 0-99
    manage the others, mentors report to them, and pairs draw mentees from 100 on.
    """
    today = today or dt.date.today()
    rng = random.Random(seed)
    half = participants // 2
    start = today - dt.timedelta(weeks=150)
    with db.atomic():
        programme = save_programme(
            name="Reverse mentoring (large demo)",
            start_date=start,
            end_date=today + dt.timedelta(weeks=26),
            cadence_weeks=4,
            sponsor="Raad van bestuur",
            themes=["consumer", "diversity", "innovation", "refresh"],
        )
        builtin = list(Theme.select().where(Theme.builtin == True))
        themes = [t.id for t in builtin] + [get_or_add_theme("AI-tools").id]
        theme_keys = [t.key for t in builtin] + ["AI-tools"]
        first_id = (
            Participant.select(Participant.id).order_by(Participant.id.desc()).scalar() or 0
        ) + 1
        mentee_ids = list(range(first_id, first_id + half))
        mentor_ids = list(range(first_id + half, first_id + participants))
        rows = []
        for i in range(participants):
            is_mentee = i < half
            j = i if is_mentee else i - half
            if is_mentee:
                manager = None if j == 0 else mentee_ids[0 if j < 100 else j // 25]
            else:
                manager = mentee_ids[j % 100]
            rows.append(
                {
                    "id": first_id + i,
                    # mentors shifted: mentor and mentee of a pair never share a name
                    "first_name": FIRST[(i + (0 if i < half else 7)) % len(FIRST)],
                    "last_name": LAST[(i // 20 + (0 if i < half else 3)) % len(LAST)],
                    "email": f"deelnemer{first_id + i}@groot.example",
                    "role": "mentee" if is_mentee else "mentor",
                    "department": DEPARTMENTS[i % len(DEPARTMENTS)],
                    "job_title": "Manager" if is_mentee else "Medewerker",
                    "level": 7 if is_mentee else 2,
                    "manager": manager,
                    "languages": "Nederlands, Engels",
                    "location": rng.choice(["Zwolle", "Deventer"]),
                    "capacity": 2 if is_mentee and 100 <= j < 200 else 1,
                    "active": True,
                    "consent_date": start,
                    "notes": "",
                }
            )
        _bulk(Participant, rows)
        _bulk(
            Enrolment,
            [{"programme": programme.id, "participant": pid} for pid in mentee_ids + mentor_ids],
        )
        _bulk(
            ParticipantTheme,
            [
                {"participant": pid, "theme": t}
                for pid in mentee_ids + mentor_ids
                for t in rng.sample(themes, 2)
            ],
        )
        statuses = ["active"] * 14 + ["completed"] * 2 + ["paused", "ended_early", "proposed"]
        pairing_rows = []
        eligible = mentee_ids[100:]
        for k in range(pairings):
            extra = k >= len(eligible)  # second pairings of mentees with capacity 2
            status = "completed" if extra else statuses[k % len(statuses)]
            p_start = start + dt.timedelta(days=rng.randrange(0, 60))
            pairing_rows.append(
                {
                    "programme": programme.id,
                    "mentor": mentor_ids[k % len(mentor_ids)],
                    "mentee": eligible[k % len(eligible)],
                    "status": status,
                    "start_date": p_start,
                    "planned_end_date": programme.end_date,
                    "cadence_weeks": None,
                    "end_reason": "fit" if status == "ended_early" else None,
                    "end_note": "",
                    "override_reason": "",
                    "match_explanation": "",
                    "created": dt.datetime.combine(p_start, dt.time(9)),
                }
            )
        _bulk(Pairing, pairing_rows)
        pairing_ids = [
            pid
            for (pid,) in Pairing.select(Pairing.id)
            .where(Pairing.programme == programme)
            .where(Pairing.status != "proposed")
            .tuples()
        ]
        first_meeting = (Meeting.select(Meeting.id).order_by(Meeting.id.desc()).scalar() or 0) + 1
        meeting_rows, theme_rows, outcome_rows = [], [], []
        span = (today - start).days
        for n in range(meetings):
            mid = first_meeting + n
            held = rng.random() > 0.08
            date = start + dt.timedelta(days=rng.randrange(span))
            meeting_rows.append(
                {
                    "id": mid,
                    "pairing": pairing_ids[n % len(pairing_ids)],
                    "date": date,
                    "duration_minutes": rng.choice([30, 45, 60, 60, 90]),
                    "format": rng.choice(["one_to_one", "shadowing", "remote"]),
                    "held": held,
                    "cancelled_by": None if held else "mentee",
                    "summary": _pick(SUMMARIES[theme_keys[n % len(themes)]], n // len(themes)),
                    "confidential_note": CONFIDENTIAL if n % 10 == 0 else "",
                }
            )
            theme_rows.append({"meeting": mid, "theme": themes[n % len(themes)]})
            if held and n % 2 == 0:
                # every other meeting has one: step through the theme's outcomes by those
                kind, text = _pick(OUTCOMES[theme_keys[n % len(themes)]], n // (2 * len(themes)))
                # most actions get done, more of them the older they are; some record an effect
                done = rng.random() < 0.3 + 0.5 * (today - date).days / span
                outcome_rows.append(
                    {
                        "meeting": mid,
                        "kind": kind,
                        "text": text,
                        "theme": themes[n % len(themes)],
                        "owner": "",
                        "status": "done" if done else "open",
                        "due_date": date + dt.timedelta(weeks=4) if kind == "action" else None,
                        "effect": _pick(EFFECTS, n)
                        if done and kind == "action" and n % 7 == 0
                        else "",
                    }
                )
        _bulk(Meeting, meeting_rows)
        _bulk(MeetingTheme, theme_rows)
        _bulk(OutcomeItem, outcome_rows)
        _bulk(
            Evaluation,
            [
                {
                    "pairing": pid,
                    "side": side,
                    "moment": "fit_check",
                    "date": start,
                    "useful": rng.randint(2, 5),
                    "learned": rng.randint(2, 5),
                    "recommend": rng.randint(2, 5),
                    "comment": "",
                }
                for pid in pairing_ids
                for side in ("mentor", "mentee")
            ],
        )
        # midway, a third of the pairs that started half a year ago answered again
        midway = start + dt.timedelta(weeks=26)
        _bulk(
            Evaluation,
            [
                {
                    "pairing": pid,
                    "side": side,
                    "moment": "midway",
                    "date": midway,
                    "useful": rng.randint(2, 5),
                    "learned": rng.randint(2, 5),
                    "recommend": rng.randint(2, 5),
                    "comment": "",
                    **dict.fromkeys(PURPOSE_QUESTIONS, None),
                    **_purpose_ratings(pid, side, "midway"),
                }
                for pid in pairing_ids[::3]
                for side in ("mentor", "mentee")
            ],
        )
    return programme


def _pick(options: list, n: int):
    return options[n % len(options)]


def _bulk(model, rows, size: int = 500) -> None:
    for batch in chunked(rows, size):
        model.insert_many(batch).execute()

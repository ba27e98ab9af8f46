"""photo: what a FILE photo is, when it was taken, whether it shows the events reported, who took it."""

from __future__ import annotations

import re

from quizapp.articles.model import Caption
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.textnorm import fold

_EVENTS = (
    "protest", "rally", "demonstration", "march", "meeting", "ceremony", "parade", "funeral", "summit",
    "news conference", "press conference", "election", "vigil", "hearing", "trial", "visit", "match",
)  # fmt: skip
_PLACE = re.compile(r"\bin (?P<place>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?(?:,\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)?)")


# A caption about a place or a thing an event is tied to, not about the event: "the Trump National Doral
# resort in Miami, … which will host the summit".
_NOT_THE_EVENT = re.compile(
    r"\b(?:will host|to host|will be held|is scheduled|site of|venue|resort|hotel|building|headquarters|"
    r"exterior|entrance|sign|logo|file photo of (?:a|an|the) (?:building|sign))\b"
)


_MONTH_AFTER = re.compile(
    r"(?:,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)+$"
)


def _scene(caption: Caption) -> str | None:
    text = fold(caption.text).lower()
    if _NOT_THE_EVENT.search(text):
        return None  # the caption shows where or what, not the event the keyword names
    # in the caption's own case: "March 29, 2018" is a month, not "a march"
    event = next((e for e in _EVENTS if re.search(rf"\b{e}\b", fold(caption.text))), None)
    folded = fold(caption.text)
    places = [
        # "in Washington March 12, 2013": the date runs on (but "Cape May" with no day after it is a place)
        _MONTH_AFTER.sub("", found["place"]) if re.match(r"\s+\d", folded[found.end() :]) else found["place"]
        for found in _PLACE.finditer(folded)
    ]
    places = [re.split(r"(?<!\bSt)(?<!\bFt)(?<!\bMt)\.\s", p)[0].rstrip(".,") for p in places]
    places = [p for p in places if not re.search(r"\b(?:St|Ft|Mt)$", p)]  # "St. Louis" cut at its stop: no place
    place = places[-1] if places else None  # "in Washington. Israel's …": the place ends with its sentence
    if not event and not place:
        return None
    article = "an" if event and event[0] in "aeiou" else "a"
    where = f" in {place}," if place else ""
    return f"{article} {event}{where}" if event else f"a scene{where}"


# Events a picture may show, beyond the scenes its own item names: a file photo of one of them, in a place the
# story also reports it from, may show the very events of the story.
_SHOWN_EVENTS = (
    *_EVENTS,
    "debate",
    "game",
    "race",
    "speech",
    "interview",
    "launch",
    "storm",
    "fire",
    "flood",
    "attack",
)


def _may_show_the_story(analysis: Analysis, caption: Caption) -> bool:
    """True when the story reports the caption's event in the caption's place ("the debate in Miami" beside a
    "FILE PHOTO" of the Miami debate), or names the day the picture was taken: "taken earlier, not at the events
    reported here" may then be untrue."""
    text, body = fold(caption.text), fold(analysis.article.body_text)  # in their own case, as in `_scene`
    day = re.match(r"[A-Z][a-z]+\.? \d{1,2}", caption.date_text or "")
    if day and day.group(0) in body:
        return True
    places = [p.split(",")[0].split(".")[0] for p in _PLACE.findall(text)]
    events = [e for e in _SHOWN_EVENTS if re.search(rf"\b{e}s?\b", text)]
    return any(p in body for p in places) and any(re.search(rf"\b{e}s?\b", body) for e in events)


def build(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    if sum(1 for caption in analysis.article.captions if caption.is_file_photo) > 1:
        return []  # two FILE captions: "the photo" the item asks about could be either, and one may show the events
    for number, caption in enumerate(analysis.article.captions):
        if not caption.is_file_photo or _may_show_the_story(analysis, caption):
            continue
        scene = _scene(caption)
        when = f"on {caption.date_text}" if caption.date_text else "at an earlier time"
        # The date is left to the scene item ("What does the photo show?"): in both, one would give the other away.
        right = "It was taken earlier, not at the events reported here"
        wrong = (
            "It was taken at the events this story reports",
            "It was made by a government photographer",
            "It is a drawing based on witnesses' accounts",
        )
        marker = caption.text.split(" ", 1)[0] if fold(caption.text).startswith("FILE") else caption.credit or ""
        candidates.append(
            Candidate(
                skill="photo",
                type="single",
                prompt="The photo caption with this story is marked “FILE”. What does that mean?",
                choices=(right, *wrong),
                answer=(right,),
                explanation=(
                    "“FILE” marks an archive picture, taken before the events in the story. It illustrates the "
                    "topic but does not show what the story reports, so do not read it as evidence of the news."
                ),
                evidence=(marker or caption.text[:40],),
                difficulty=1,
                score=0.9,
                facts=frozenset({f"photo:{number}:file"}),
            )
        )
        if scene and caption.date_text:
            right_scene = f"{scene[:1].upper()}{scene[1:]} {when}"
            headline = analysis.article.headline.rstrip(".")
            wrong_scene = (
                f"What the headline reports: {headline}",
                f"{scene[:1].upper()}{scene[1:]} on the day this story was written",
                "A picture taken for this story by the reporter who wrote it",
            )
            candidates.append(
                Candidate(
                    skill="photo",
                    type="single",
                    prompt="What does the photo with this story show, according to its caption?",
                    choices=(right_scene, *wrong_scene),
                    answer=(right_scene,),
                    explanation=(
                        f"The caption dates the picture {when} and describes {scene.rstrip(' ,;')}"
                        + (f"; the credit is {caption.credit}" if caption.credit else "")
                        + ". An old photo beside new events can mislead: always read the caption's date and place."
                    ),
                    evidence=(caption.date_text,),
                    difficulty=2,
                    score=0.9,
                    facts=frozenset({f"photo:{number}:scene"}),
                )
            )
    return candidates

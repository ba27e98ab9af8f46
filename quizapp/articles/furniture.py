"""Page furniture: text a news page shows around the story that is not part of it.

Related-link headlines ("Related: …", "ALSO: …"), calls to action ("Read more", "Sign up for …"), fact-box
labels ("NOTEWORTHY"), copyright and credit lines, and bare subheadings. They stay in the article, as the
reader saw it, but no quiz item is built on them: a question about "787" in a linked headline asks about
another story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.caseless import caseless
from quizapp.textnorm import fold

_LINK_LABEL = caseless(
    r"^\s*(?:related(?:\s+(?:stories|coverage|articles?|content|reading|links?))?|also(?:\s+(?:read|see))?|see(?:\s+also)?|"
    r"read|must\s+read|check\s+out|now\s+(?:read|watch|listen)|(?:read|watch|listen)\s+now|"
    r"read\s+(?:more|also|next)|more\s+(?:on|from|about)\s+[^:]{1,40}|more\s+coverage|more|recommended(?:\s+reading)?|"
    r"watch|listen|video|photos?|gallery|trending|popular|most\s+read|editor'?s\s+picks?|don'?t\s+miss|"
    r"top\s+stories|latest|in\s+other\s+news|noteworthy|fact\s*box|key\s+facts|the\s+latest|background|"
    r"what\s+to\s+know|quick\s+facts|by\s+the\s+numbers|update(?:\s+from\s+[^:]{1,40})?|editor'?s\s+note)\s*[:|>»–—-]"
)
_CALL_TO_ACTION = caseless(
    r"^\s*(?:(?:click|tap)\s+here|read\s+(?:more|the\s+full|our)|sign\s+up|subscribe|follow\s+(?:us|@|\w+\s+on)|"
    r"share\s+(?:this|on)|download\s+(?:our|the)\s+app|get\s+(?:our|the)\s+(?:newsletter|app)|"
    # "Get CNN Health's weekly newsletter"
    r"get\s+(?:[\w'’.-]+\s+){0,3}(?:weekly|daily|free|monthly|morning|evening)\s+newsletter|"
    r"join\s+(?:our|the)\s+(?:newsletter|mailing)|like\s+us\s+on|support\s+(?:our|independent)\s+journalism|"
    r"advertisement|sponsored|continue\s+reading|story\s+continues|media\s+playback\s+is\s+(?:not\s+)?"
    r"(?:unsupported|supported)|image\s+(?:copyright|caption)|(?:this\s+)?video\s+(?:is\s+)?(?:not\s+)?available|"
    r"enlarge\s+this\s+image)\b"
)
_COPYRIGHT = caseless(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bmay not be (?:published|reproduced)\b|"
    r"^\s*(?:photo|image|graphic|video)\s*(?:credit)?\s*:|^\s*\((?:reporting|writing|editing)\s+by\b|"
    r"^\s*(?:reporting|additional reporting|editing|writing)\s+by\b)"
)
_SENTENCE_END = re.compile(r"[.!?\"”’')\]]\s*$")
# A photo's caption that lost its credit: a name, a verb of what the picture shows in the present tense, and the
# day it was taken ("U.S. President Donald Trump arrives to speak at a rally …, June 27, 2018.").
_BARE_CAPTION = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,7}(?:speaks|arrives|attends|waves|walks|listens|gestures|looks|holds|stands|sits|"
    r"delivers|talks|leaves|greets|shakes|poses|reacts|smiles|answers|participates|testifies|addresses|departs|"
    r"boards|visits|signs|votes|pauses|points|claps|applauds|prays|campaigns)\b"
    r"(?:(?!\b(?:he|she|they|it|we|I|his|her|their|said|says)\b)[^!?]){0,200}?"
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\b(?:19|20)\d\d)"
    r"\.?"
    # the credit a page may keep after it: "Photographer: Andrew Harrer/Bloomberg", "REUTERS/Kevin Lamarque"
    r"(?:\s+(?:Photo(?:grapher)?:\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s+via\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)?"  # "Nicholas Kamm/AFP via Getty Images"
    r"\s*$"
)
_HIGHLIGHTS = caseless(r"story\s+highlights\b")  # a news site's summary box over the story
_PLAYER = re.compile(r"\b(?:Listen|Watch|Play)\s*[·•|]\s*\d{1,2}:\d\d\b")
# A video's caption under its player's button: "CLOSE Arkansas representative Tom Cotton talks about …", "JUST
# WATCHED Biden reveals … Replay More Videos ... MUST WATCH …"
_PLAYER_CAPTION = re.compile(
    r"^(?:CLOSE|SHARE|EXPAND|REPLAY|WATCH|PLAY|VIDEO|JUST WATCHED|MUST WATCH)\s+(?=[A-Z\"“‘'(])"
)
# A button after a linked headline, with no full stop before it: "… by Robert Mueller Read more"
_TRAILING_CALL = caseless(
    r"[^.!?:\s]\s+(?:read|see|watch|view)\s+(?:more|full story|the full story|now|here|video)[\s:>»›→]*$"
)


# The notes under a chart or table, and the line that credits its data (with no full stop after it).
_CHART_NOTE = re.compile(r"(?:^|[.:]\s+|\b[a-z]+\s+)Notes?\s*:\s+[A-Z0-9]")
_CHART_SOURCE = re.compile(r"\bSources?\s*:\s*[A-Z][^.!?]{1,120}$")


# A video's or an old story's blurb in the page: "From the Archives Attorney General Jeff Sessions on Wednesday …",
# "… Photo: Getty (Originally Published October 18, 2017)". Its days and names belong to another time.
_ARCHIVE_CLIP = caseless(
    r"^\s*from\s+(?:the\s+|our\s+)?archives?\b|\((?:originally\s+)?(?:published|posted|aired|broadcast)\s+(?:on\s+)?"
    r"[a-z]+\.?\s+\d{1,2},?\s+\d{4}\)\s*$"
)


_INBOX = caseless(r"\b(?:delivered|sent|straight|right)\s+(?:\w+\s+)?to\s+your\s+inbox\b|\bin\s+your\s+inbox\b")


@lru_cache(maxsize=8192)  # asked of each sentence while reading, and of each choice by the flaw checker
def is_furniture(text: str, *, whole_paragraph: bool = True) -> bool:
    """True for a paragraph or line that belongs to the page, not to the story.

    With `whole_paragraph=False` (a phrase quoted from somewhere in the text), only the labels, calls to
    action and copyright lines count, not the shape of a short line.
    """
    folded = fold(text).strip()
    if not folded:
        return whole_paragraph
    if _LINK_LABEL.match(folded) or _CALL_TO_ACTION.match(folded) or _COPYRIGHT.search(folded):
        return True
    if not whole_paragraph:
        return False
    if _links_elsewhere(folded) or _HIGHLIGHTS.match(folded) or _BARE_CAPTION.match(folded):
        return True
    if len(folded.split()) <= 25 and _INBOX.search(folded):
        return True  # "Get the Monitor Stories you care about delivered to your inbox": a newsletter's sign-up line
    if _ARCHIVE_CLIP.search(folded):
        return True
    if _CHART_NOTE.search(folded) and _CHART_SOURCE.search(folded):
        return True  # a chart's box: its title, "Note: Gray areas indicate recessions. …", "Source: Labor Department"
    short = len(folded.split()) <= 12
    letters = [c for c in folded if c.isalpha()] if short else []  # a long paragraph is never a label
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True  # a fact-box label or kicker in capitals: "NOTEWORTHY", "WHAT HAPPENS NEXT"
    if (
        not short
        and not _SENTENCE_END.search(folded)
        and not _INNER_END.search(folded)
        and _capitalised_share(folded) >= 0.6
    ):
        return True  # a long line of capitalised words that never ends a sentence: run-on headlines, a menu
    return is_subheading(folded) or not_prose(folded)


def is_a_link(text: str) -> bool:
    """True for a line that stands for another story or a media player: a headline with its "Read more"
    button, or a title with its running time. The names in it belong to that other story."""
    return _links_elsewhere(fold(text).strip())


def _links_elsewhere(folded: str) -> bool:
    """ "Mike Pompeo confirms he was interviewed Read more": a linked headline and its button; "… On Immigration
    Listen · 3:49 3:49": an audio player's title and running time; "CLOSE President Donald Trump told a rally
    …": a video's caption under the player's close button, whose "CLOSE" is no one's title."""
    return bool(_TRAILING_CALL.search(folded) or _PLAYER.search(folded) or _PLAYER_CAPTION.match(folded))


def opens_a_link_list(text: str) -> bool:
    """True for a label standing alone on its line ("Read more:", "Related stories:"): the lines under it that
    end in no full stop are the headlines of other stories."""
    folded = fold(text).strip()
    match = _LINK_LABEL.match(folded)
    return (bool(match) and not folded[match.end() :].strip()) or bool(_MORE_FROM_A_PAGE.match(folded))


# A label with no colon naming the site's other pages: "Also on the CNN Political Ticker", "More from Politico".
_MORE_FROM_A_PAGE = re.compile(r"^(?:[Aa]lso|ALSO|[Mm]ore|MORE)\s+(?:on|from|at)\s+(?:the\s+)?[A-Z][^.!?:]{0,50}$")


def ends_a_sentence(text: str) -> bool:
    """True when the paragraph ends as prose does, in a full stop, a question mark or a closing quote."""
    return bool(_SENTENCE_END.search(fold(text).strip()))


_NUMERIC = re.compile(r"\d")
_INNER_END = re.compile(r"[.!?][\"”’')\]]?\s+[A-Z]")
_MINOR_WORDS = frozenset("a an and the of in on at to for by with from or as vs v".split())


def _content_words(text: str) -> list[str]:
    words = [word.strip("\"'“”‘’(),.:;") for word in text.split()]
    return [word for word in words if word and word.lower() not in _MINOR_WORDS and word[0].isalpha()]


def _capitalised_share(text: str) -> float:
    content = _content_words(text)
    return sum(1 for word in content if word[0].isupper()) / len(content) if content else 0.0


def not_prose(text: str) -> bool:
    """True for a table row, a scorecard or a list of names or titles that runs like a sentence: more than a
    third of its words hold digits and no word is a common word ("Smith 10-2-34-1, Jones 8-0-41-2"), or every
    word but "and", "of", "the" is capitalised ("Shrek 2, The Terminal, Collateral, Spider-Man 2, Harry Potter").
    Quiz items are built on prose only."""
    words = fold(text).split()
    if len(words) < 6:
        return False
    content = _content_words(fold(text))
    if any(not word[0].isupper() for word in content):
        return False  # a word of a sentence between the names or figures: prose
    numeric = sum(1 for word in words if _NUMERIC.search(word))
    if numeric >= 4 and numeric * 3 > len(words):
        return True  # figures and names only: a scorecard or a table row, not "Shares rose 3.5% to $12.40"
    return len(content) >= 8  # names or titles only, no word of a sentence between them


def is_subheading(text: str) -> bool:
    """A short line with no sentence ending, or a question line, standing between paragraphs."""
    folded = fold(text).strip()
    words = folded.split()
    if not words or len(words) > 12:
        return False
    if folded.endswith("?") and len(words) <= 8:
        return True
    if len(words) <= 8 and re.search(r"\w[\"”’']\s*$", folded) and _capitalised_share(folded) >= 0.6:
        return True  # 'President Obama Talks About a "Better Place"': a title ending on a quoted phrase, no stop
    return not _SENTENCE_END.search(folded) and len(words) <= 8


# Pieces of a web page that an extraction glued into the story's sentences: a print page number, a poll or a
# gallery button, a quote box's links, a photo credit ("Claudia Daut / Reuters"), a share bar.
_WEB_DEBRIS = re.compile(
    r"\bPage\s+\d+\s+[A-Z][a-z]+\s+[A-Z]|,\s*Page\s+\d+\b|\bView\s+(?:results|comments|gallery|slideshow)\s*$|"
    r"\bQuote,\s*Profile,\s*Research\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\s*/\s*(?:Reuters|AP|AFP|Getty|EPA)\b|"
    r"\((?:AP|Reuters|AFP)\s+Photo\b|\(Photo:\s|\bStory Highlights\b|"  # "(Photo: Spencer Platt, Getty Images)"
    # a skip link before an embedded post: "Skip Twitter post by @realDonaldTrump The deal with …"
    r"\bSkip\s+(?:Twitter|Instagram|Facebook|YouTube|TikTok|X)\s+post\b|"
    # a photo gallery's button and counter run into its caption: "Hide Caption 12 of 13 Photos: Victims of …"
    r"\b(?:Hide|Show|Expand)\s+[Cc]aption\b|\b\d+\s+of\s+\d+\s+(?:Photos|Images|Pictures)\b|"
    # a market data code a wire page leaves in its text: "stocks across the globe .MIWD00000PUS shed 3.1%"
    r"(?:^|\s)\.[A-Z][A-Z0-9]{2,}\b|"
    # a ticker's live quote after a firm's name: "Berkshire Hathaway BRK.A, +0.42% and JPMorgan JPM, +0.19%"
    r"\b[A-Z]{1,5}(?:\.[A-Z])?,\s*[+\-−]\d+(?:\.\d+)?%|"
    # a credit in brackets after a caption: "[ Rajanish Kakade AP Photo]", "(John Locher / AP Photo)"
    r"[\[(][^\])]{0,60}\b(?:AP|Reuters|AFP|Getty|EPA|Bloomberg)\s+(?:Photo|Images)\b[^\])]{0,40}[\])]|"
    r"\b(?:E-?mail|Print|Share)\s+this\s+(?:story|article)\b|\b[Nn]ewsletter\s+Sign\s+up\b|\bSign\s+up\s+here\b|"
    r"\bSource:\s*(?:Reuters|AP|AFP|Associated Press|[A-Z][a-z]+ News)\s*$|^\s*Update\s+\d+\s*:|"
    r"\b(?:First|Last)\s+Name\s*:|\bE-?mail\s+(?:address\s*)?:|\bZip\s+Code\s*:|"
    r"^(?:[A-Z][A-Z'’&-]+[,:]?\s+){3,}|\bAdd\s+[A-Z][^.?!]{1,60}?\s+as an interest\b|"
    # a name card without its "MORE": the name twice, the card's first headline glued to it ("Anthony Fauci
    # Anthony FauciTrump predicts …")
    r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]{2,})\s+\1(?:[A-Z][a-z]|\s+[A-Z])|"
    # the same card with the middle names written out: "Sen. Mark Warner Mark Robert WarnerHillicon Valley"
    r"\b([A-Z][a-z]+)\s+([A-Z][a-z]{2,})\s+\2\s+(?:[A-Z][a-z]+\s+){1,2}\3(?:[A-Z][a-z]|\s+[A-Z])|"
    # with a nickname in brackets: "Mike Pompeo Michael (Mike) Richard PompeoProtests serve as backdrop …"
    r"\b[A-Z][a-z]+\s+(?P<carded>[A-Z][a-z]{2,})\s+[A-Z][a-z]+\s+\([A-Z][a-z]+\)\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?P=carded)[A-Z][a-z]|"
    # a picture's credit run into its caption: "Facebook A Facebook Live filmed by …", "Getty Images The president …"
    r"^\s*(?!(?:In|On|At|For|With|From|By|Of|To|As|Like|After|Before|During|Since|Under|Over|Through|When|While|If|"
    r"But|And|So|Yet|Or|Is|Was|Are|Were|Do|Does|Did)\b)[A-Z][\w.&'’-]+(?:\s+[A-Z][\w.&'’-]+)?\s+(?:A|An|The)\s+[A-Z]|"
    # a photo's caption: "The Rehabilitation Center … is pictured in Hollywood, Florida, U.S., September 13, 2017."
    r"\b(?:is|are)\s+(?:pictured|photographed|(?:seen|shown)(?=\s+(?:here\s+)?(?:in|at|during|on|outside|inside|near)"
    r"\s+(?:the\s+)?[A-Z]))\b[^!?]{0,160}\b(?:19|20)\d\d\.?\s*$|"
    # the notes under a chart or a table: "Note: Gray areas indicate recessions."
    r"^\s*(?:Notes?|Chart|Graphic)\s*:\s+[A-Z0-9]|"
    # the site's own promotion: "Tune in to the ABC News.com Live page on Monday morning for live coverage"
    r"^\s*(?:Tune in|Watch|Stream|Listen)\b(?:[^.!?]|\.(?=\S)){0,160}\b(?:live (?:coverage|stream\w*|video|blog|"
    r"updates)|(?:live|home) ?page|\.com)\b"
)


# A pop-up card after a name, asked only of text with a "MORE" in it (the card's search is slow): the full name,
# the card's headlines glued to it, then "MORE" ("President Trump Donald John TrumpGOP senators balk at … MORE’s
# endorsement"); or the card's end, when the sentence splitter cut the card in two ("… impeachment trial MORE
# (R-S.C.)").
_POPUP_CARD = re.compile(
    r"\b((?:Mc|Mac|De|Di|La|Le)?[A-Z][a-z]{2,})\b[^\n]{0,80}?\1(?:[A-Z][a-z]|[A-Z]{2}|\d)[^\n]{0,600}?\sMORE\b(?!\s+Act\b)|"
    r"\b[a-z]+\sMORE(?=\s*\([DRI](?:-|\))|['’]s\s)|[:'‘’][^.!?]{0,100}\b[a-z]+\sMORE,\s|^\W*MORE\s*\([DRI]-|"
    r"[a-z]MORE(?=[\s,.;:)])"  # "… debate MORE (D) held", "Brad Parscale Bradley (Brad) James ParscaleMORE, has"
)


# A social-media post pasted into the story: pictographs ("⚠#Breaking"), a picture link, or the post's signature
# ("— Jane Doe (@janedoe) June 5, 2020"). Its claims are the poster's, unchecked, and its clutter is no quiz text.
_SOCIAL_POST = re.compile(
    r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f]|\bpic\.twitter\.com/|"
    r"\(@\w{1,15}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:^|\s)#\w+(?:\s+#\w+)+|"
    r"^\W*(?:[A-Z][\w.]*\s+){1,3}\(@\w{1,15}\)\s+[A-Z]|"  # "Donald J. Trump (@realDonaldTrump) Very organized …"
    r"(?<![\w.@])@\w{2,15}\b(?!\.\w)"  # a handle: "More than 10% of tweets fr @realDonaldTrump …", a post's words
)


def has_web_debris(text: str) -> bool:
    """True for a sentence with a piece of the page glued into it (a form's fields, a subheading in capitals run
    into the first sentence below it) or a pasted social-media post: not to be quoted in a question."""
    folded = fold(text)
    return bool(
        _WEB_DEBRIS.search(folded) or ("MORE" in folded and _POPUP_CARD.search(folded)) or _SOCIAL_POST.search(folded)
    )

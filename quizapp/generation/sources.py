"""Sources: who speaks in an article, what kind of source each is, and how to name them in a choice."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.generation.extract.vocab import (
    DOCUMENT_HEADS,
    PUT_OUT_OF_POST,
    STATE_MEDIA_MARKERS,
)
from quizapp.generation.gazetteer import country_of, is_country, is_known_place, is_place_name, parties_named, party_of
from quizapp.textnorm import fold

INSTITUTION_WORDS = frozenset(
    [
        "agency",
        "ministry",
        "department",
        "company",
        "office",
        "service",
        "court",
        "party",
        "army",
        "council",
        "committee",
        "commission",
        "administration",
        "bureau",
        "government",
        "union",
    ]
)
SOURCE_TYPES = {
    "named-official": "A named official or official body",
    "unnamed-official": "An unnamed official",
    "expert": "An independent expert",
    "state-media": "State-run media",
    "participant": "An eyewitness",
    "document": "A document or report",
    "advocate": "A representative of a business or interest group",
}
SOURCE_TYPE_LESSONS = {
    "named-official": "the article names the official or body, so readers know who is accountable for the "
    "words; remember that officials speak for their institution",
    "unnamed-official": "readers cannot check an unnamed official or hold them to their words, so notice how "
    "much of a story rests on people it does not name",
    "expert": "an independent expert is not part of the events; their view is an informed analysis, "
    "not a fact, and their expertise is what makes it worth hearing",
    "state-media": "state-run media is controlled by the government it reports on, so its account is that "
    "government's own version until someone independent confirms it",
    "participant": "an eyewitness was there, which gives first-hand detail, but one person sees only part of "
    "what happened and may have a stake in how it is told",
    "document": "a document or report can be checked by others; ask who wrote it and for what purpose",
    "advocate": "a representative speaks for a business or a group with a stake in the story, not for the public "
    "and not as a neutral expert; ask what the group wants readers to think",
}
# Explicit cues only: a title that makes someone an official, stated expertise, or being there.
_GOVERNMENT_TITLES = frozenset(
    "minister official officials governor mayor senator envoy ambassador lawmaker congressman congresswoman "
    "premier councillor councilor commissioner prosecutor judge sheriff diplomat spokesman spokeswoman spokesperson "
    "chancellor mp legislator magistrate attorney-general".split()
)
# Titles that are official only with a public body or a country: a student club also has a president.
_PUBLIC_TITLES = frozenset("president secretary representative chairman chairwoman vice-president".split())
_EXPERTISE = frozenset(
    "analyst professor researcher expert scientist economist scholar historian lecturer specialist academic "
    "epidemiologist virologist physician".split()
)
_NOT_INDEPENDENT = frozenset(
    "author co-author coauthor lead led leader chair chairman chairwoman panel commission government ministry "
    "adviser advisor campaign party spokesman spokeswoman spokesperson company firm head director chief "
    "president executive minister official".split()
)
# Not "witness": a witness at a hearing or a trial testifies, and need not have seen the events.
# "Apple analyst", "Goldman Sachs economist": a name before the field may be the employer, not the subject.
_EMPLOYER_BEFORE = re.compile(
    r"\b(?!(?:Africa|Asia|Europe|America|Middle|East|West|North|South|Latin|Pacific|Arctic|Atlantic|China|Russia|"
    r"Ukraine|Iran|India|Japan|Korea|Mideast|Gulf|Senior|Chief|Lead|Principal|Independent|Political|Former)\b)"
    r"[A-Z][\w&.'’-]*\s+(?:(?:senior|chief|lead|principal|staff|head|deputy)\s+)?"
    r"(?:analyst|economist|researcher|scientist|specialist|expert|strategist)\b|"
    # "an economist at Glassdoor": a company's own economist, unless the employer is a university or a college
    r"\b(?:analyst|economist|strategist)\s+(?:at|with|for|of)\s+(?!the\b|(?:[A-Z][\w&.'’-]*\s+){0,3}"
    r"(?:University|College|School|Institute)\b)[A-Z]"
)
# Ties the article may state beside a description ("who consults with administration officials", "an
# acquaintance of Lew", "a campaign adviser"): the one list for experts and for every source type.
TIES = re.compile(
    r"\b(?:consults?|consulting|consulted (?:with|for)|advises|advised|advising|advis[eo]r to|works? (?:for|with)|"
    r"worked (?:for|with)|paid by|hired by|funded by|on the payroll|on behalf of|retained by|member of the|donor|"
    r"donated|acquaintance of|friend of|colleague of|ally of|an acquaintance|a friend|a close friend|a colleague|"
    r"an ally|former aide|campaign (?:adviser|advisor|aide|manager|chair\w*|official|spokes\w+))\b",
    re.IGNORECASE,
)
_WAS_THERE = frozenset("eyewitness eyewitnesses survivor survivors passenger passengers bystander bystanders".split())
# A survivor of something other than an event of the story: a practice, an illness, abuse (no attack, crash, fire).
_SURVIVOR_OF_A_PRACTICE = re.compile(
    r"\bsurvivors?\s+of\s+(?!(?:the|a|an|this|that|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b)"
    r"(?![^,;]*\b(?:attack|shooting|crash|fire|blast|bombing|explosion|massacre|earthquake|quake|flood|storm|"
    r"hurricane|tsunami|collapse|sinking|stampede|raid|siege|assault|war)s?\b)"
)
_BUSINESS_AGENCY = re.compile(
    r"\b(?:ad|advertising|travel|talent|marketing|creative|pr|modell?ing|staffing|insurance|design|branding|"
    r"digital|media|booking|literary|employment|recruitment) agenc(?:y|ies)\b"
)
_POSTS = frozenset("director head chief administrator officer commander general".split())
_PUBLIC_BODIES = frozenset(
    "national federal state government ministry department agency organization organisation office "
    "service police authority commission city county army navy military".split()
)  # not "council": "the Family Research Council" is an advocacy group; a public council is named as one below
# Bodies that speak for their members, donors or owners, not for a state: the head of an advocacy group, an
# industry association or a company is not an official, and not an independent expert either.
_INTEREST_GROUP = re.compile(
    r"\b(?:company|firm|corporation|corp|inc|ltd|plc|retailer|airlines?|airways|manufacturer|carmaker|association|"
    r"think[- ]tank|ngos?(?![\w-])|non-?governmental|non-?profit|charity|advocacy|lobby(?:ing)?|watchdog|"
    r"food ?banks?|"
    r"chamber of commerce|"
    r"(?:industry|trade|business|rights|interest|pressure|environmental|consumer|campaign|activist|lobby|"
    r"civil[- ]liberties)\s+(?:group|groups|body|coalition|organi[sz]ation|league|alliance|network))\b"
)
# Not being a business says nothing of a stake: a nonprofit may be a campaign or a research body.
# "national" or "state" right before a post names how far the post reaches, not the public body it is held in.
_POST_SCOPE = re.compile(
    r"\b(?:national|state|regional)\s+(?=(?:deputy\s+|assistant\s+)?(?:press\s+secretary|spokes(?:man|woman|person)|"
    r"director|chair(?:man|woman)?|coordinator|organi[sz]er|manager|adviser|advisor|field|finance|political)\b)"
)
_NOT_FOR_PROFIT = re.compile(r"\b(?:non-?profit|charity|charities|food ?banks?|ngos?|non-?governmental)(?![\w-])")
# What a group is said to want or do for a side: "that advocates …", "represents gun makers", "pro-life".
_STAKE = re.compile(
    r"\b(?:advocat\w*|represent(?:s|ing)|lobb(?:y|ies|ying|ied)|campaign(?:s|ing|ed)?|on behalf of|members|"
    r"backed|backs|supports|opposes|fights|pro-\w+|anti-\w+)\b"
)
# ... unless the body is a state's: "chairman of the Federal Trade Commission", "the Ministry of Industry".
_NGO_NAME = re.compile(
    r"\b(?:Refugee|Refugees|Rights|Humanitarian|Relief|Aid|Amnesty|Red Cross|Red Crescent|Charity|Charities|"
    r"Foundation|Watch|Advocacy|Coalition|Alliance|Campaign|Action|Solidarity|Rescue|Save the)\b"
)
_LOBBYING = re.compile(
    r"\b(?:(?:government|governmental|congressional|legislative)(?: and public)? (?:relations|affairs)|"
    r"lobby(?:ist|ists|ing)?)\b"
)
_GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|department|government|commission|agency|parliament|senate|federal|state-run|"
    # Congress itself, not a body named for it ("Brand New Congress", "the African National Congress")
    r"(?:(?<=the )|(?<=u\.s\. )|(?<=us )|(?<=of )|(?<=for )|(?<=in )|(?<=to )|(?<=by )|^)congress|"
    r"(?:national )?security council|(?:city|county|town|district|borough|parish|municipal|village|regional|"
    r"legislative|privy|tribal|state|executive|european|island|shire) council|council of (?:europe|ministers|state)|"
    r"nsc|nhs|health service|fbi|cia|nsa|dhs|doj|irs|fda|cdc|fcc|faa|nasa|atf|dea|fema|usda|"
    r"disease (?:prevention and )?control|public health|oecd|imf|international monetary fund|world bank|wto|opec|"
    r"world health organi[sz]ation|central bank|bank of england|federal reserve|european central bank|"
    r"state-owned|united nations|un|nato|european union|eu|white house|pentagon|kremlin|police|army|military|navy|"
    r"embassy|cabinet|public (?:\w+ ){0,2}(?:body|agency|authority)|association of governments)\b"
)
_PUBLIC_INSTITUTIONS = frozenset(
    "university college school hospital museum church library gallery universities colleges schools hospitals "
    "museums churches libraries galleries district".split()
)
# Words that name a private body, not a public one ("the American Energy Alliance", "the Cato Institute").
_PRIVATE_BODY = re.compile(
    r"\b(?:alliance|coalition|institute|center|centre|foundation|fund|league|network|club|group|organi[sz]ation|"
    r"partnership|project|initiative|conference|federation|society|council|forum)\b"
)  # "a National Conference of State Legislatures director": a members' body, whatever "national" says
# A post not held yet: the person speaks for no body so far.
_NOT_YET = re.compile(r"\b(?:next|incoming|nominee|nominated|designate|would-be|future)\b|-elect\b|\belect\b")
_SPORTS_BODY = re.compile(
    r"\b(?:olympic|paralympic|usopc|ioc|fifa|uefa|ncaa|nfl|nba|mlb|nhl|biathlon|athletics|gymnastics|swimming|"
    r"skating|skiing|rowing|cycling|sports? (?:federation|body|association|council))\b"
)
_UNIVERSITY_HEAD = re.compile(
    r"\b(?:president|chancellor|provost|rector)\s+(?:of|at)\s+(?:the\s+)?(?:(?!\b(?:at|of the)\b)[^,;]){0,40}?"
    r"\b(?:university|college)\b|\b(?:university|college)(?:['’]s)?\s+(?:president|chancellor|provost|rector)\b"
)
_PUBLIC_FIRM = re.compile(
    r"\b(?:usps|u\.s\. postal service|postal service|amtrak|tennessee valley authority|royal mail|post office)\b"
)
_PARTY_COMMITTEE = re.compile(
    r"\b(?:national|congressional|senatorial|campaign|state party|central) committee\b|"
    r"\b(?:dnc|rnc|nrcc|dccc|nrsc|dscc|dga|rga)\b|"
    # "the Democratic National Redistricting Committee", "the Republican Governors Association"
    r"\b(?:democratic|republican|gop)(?:\s+[a-z]+){0,3}\s+(?:committee|association|caucus|party)\b"
)
# Harm done to the person in the events: they speak as a victim or a witness, whatever their post.
HARMED = re.compile(
    r"\bwho\s+(?:was|were|had been|has been)\s+(?:\w+\s+){0,2}(?:shot|wounded|injured|paralyzed|paralysed|stabbed|"
    r"attacked|beaten|hurt|assaulted|kidnapped|abducted|taken hostage|burned)\b"
)
_CAMPAIGN_ROLE = re.compile(
    r"\b(?:finance (?:chair\w*|director|committee)|fund-?raiser|bundler|campaign (?:chair\w*|manager|director|"
    r"spokes\w+|treasurer))\b"
)
# A newspaper or its editorial voice: neither an official body nor a document of record.
_NEWS_OUTLET = re.compile(
    r"\b(?:[A-Z][\w.]*\s+)+(?:Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Observer|Chronicle|"
    r"Globe|Examiner|Inquirer|Courier)\b|\beditorial(?: board)?\b|\bop-ed\b",
)
# "director of the CIA under President Obama": a post under a named leader, which the reader cannot tell is
# held now.
# A group named for its members and its cause: "Americans for Prosperity", "Parents Against Tolls".
# A campaign's name: "Committee for a Responsible Federal Budget", "Coalition for the Homeless" (not "Centers for
# Disease Control", a public body's plural name).
_CAUSE_NAME = re.compile(
    r"(?<!National )(?<!European )(?<!Federal )(?<!U\.S\. )(?<!State )\b(?:Committee|Coalition|Alliance|Campaign|"
    r"Council|Center|Centre|Institute|Foundation|Project|Network|Fund|League|Society)\s+(?:for|against)\s+"
    r"(?:a\s+|an\s+|the\s+)?[A-Z]|"
    # "the National Right to Life Committee", "Georgia Right to Life": a right the body campaigns for in its name
    r"\bRights?\s+to\s+[A-Z]|\b(?:Pro|Anti)-[A-Z]"  # "NARAL Pro-Choice America President"
)
_MEMBERS_NAME = re.compile(
    r"\b(?:Americans|Citizens|Parents|Mothers|Fathers|Families|Friends|Veterans|Taxpayers|Patriots|Students|Women|"
    r"Doctors|Physicians|Scientists|Conservatives|Progressives|Republicans|Democrats|People|Voters|Workers|"
    r"Christians|Catholics|Evangelicals|Muslims|Jews|Moms|Dads) (?:for|against|United) [A-Z]"
)
# A post held before: "spokesman during the Obama administration", "an Obama-era official", "South Carolina's
# last Democratic governor", "then-Secretary of State", "assistant secretary of Defense under Gates and Panetta".
PAST_POST = re.compile(
    r"\bunder (?:former )?(?:President|Prime Minister|presidents?)\b|(?-i:\bunder [A-Z][a-z]+ and [A-Z][a-z]+\b)|"
    r"\bduring the [\w.' -]{2,30}"
    r"\badministrations?\b|\b[A-Z][a-z]+-era\b|\b(?:last|previous|then)[- ](?:\w+ ){0,2}(?:governor|president|"
    r"mayor|senator|minister|secretary|chairman|director)\b|\bthen-[a-z]",  # "then-Attorney General"
    re.IGNORECASE,
)
# A body outside government that a post is in ("senior vice president for communications for Liberty University",
# "a spokeswoman for Mercy Hospital", "president of the Senate Conservatives Fund"): its officer speaks for it as an
# interest would, whatever the title. Not "institute" or "bank": the National Institutes of Health and a central
# bank are the state's.
_OUTSIDE_GOVERNMENT = re.compile(
    r"\b(?:university|college|school|hospital|clinic|inc|corp|corporation|company|llc|ltd|fund|pac)\b"
)
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person|people)\s+(?:for|of|at|with)\s+(?P<body>.+)")
_C_SUITE = re.compile(
    r"\b(?:ceo|chief executive(?: officer)?|chief (?:operating|financial|technology|marketing) officer|coo|cfo|cto)\b"
)
# "E&Y's head of tax", "Apple's director": a post in a named firm, not in a public body.
_OWNED_BY = re.compile(r"^(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s")
_PARTIES = (
    r"party|labour|conservatives|tory|tories|lib dems?|liberal democrats?|plaid cymru|snp|ukip|greens|democrats?|"
    r"republicans?|gop"
)
_PARTY_VOICE = re.compile(
    rf"\bshadow\b|\b(?:{_PARTIES})\b[^,;]{{0,40}}\b(?:spokes(?:man|woman|person)|chairm[ae]n|leader|chief)\b|"
    rf"\b(?:spokes(?:man|woman|person)|chairm[ae]n|chair|leader|chief)\s+(?:of|for)\s+[^,;]{{0,30}}\b(?:{_PARTIES})"
    r"\s+party\b"
)  # "Plaid Cymru's spokesman", "the chairman of the county's Republican Party"
# A part the person played in the matter: an expert who did is no outsider to it.
_INVOLVED = re.compile(
    r"\b(?:architect|author|drafted|filed|brought|led|argued|represent(?:s|ed)|testified|organi[sz]ed|organi[sz]es|"
    r"launched|started|spearheaded)\b[^.;]{0,40}?\b(?:challenge|lawsuit|suit|case|bill|law|plan|campaign|appeal|petition|"
    r"complaint|recall|movement|drive|protest|boycott)\b"
)
# Trades that work for one side of politics: neither an office nor an outside view.
_PARTISAN_TRADES = frozenset({"strategist", "strategists", "pollster", "operative", "operatives"})
# A scientist's post in a government ("state epidemiologist", "the county medical examiner").
_STATE_SCIENTIST = re.compile(
    r"\b(?:state|county|city|federal|government|public)\s+(?:\w+\s+)?(?:epidemiologist|scientist|economist|"
    r"geologist|meteorologist|veterinarian|statistician|toxicologist|medical examiner|health officer)s?\b"
)
PARTY_NAME = re.compile(rf"\b(?:{_PARTIES})\b", re.IGNORECASE)


def is_party_name(name: str) -> bool:
    """True for "Liberal Democrats", "the Tories", "Labour Party": a party, however the model labelled it."""
    return bool(PARTY_NAME.search(fold(name)))


_LABOUR_UNION = re.compile(
    r"(?<!european )(?<!soviet )(?<!african )(?<!postal )(?<!telecommunication )(?<!civil liberties )\bunions?\b"
    r"(?!\s+(?:high|elementary|middle|school|free|city|county|station|square|street|pacific|army|jack)\b)"
)  # not the "Union High School District" of a place, nor "Union Station"
_PROFESSIONAL_BODY = re.compile(
    r"\b(?:society|academy|college of|royal college|bar association|medical association|federation of)\b"
)
# A body whose members hold public posts: "the National Association of State Election Directors", "the U.S.
# Conference of Mayors", "the National Governors Association".
_OFFICIALS_BODY = re.compile(
    r"\b(?:association|conference|council|caucus|league|organi[sz]ation|coalition|alliance|federation)\s+of\s+"
    r"(?:[\w.'’-]+\s+){0,3}(?:governors|mayors|attorneys general|secretaries of state|legislators|legislatures|"
    r"directors|officials|officers|auditors|treasurers|comptrollers|clerks|commissioners|sheriffs|prosecutors|"
    r"district attorneys|police chiefs|chiefs of police|counties|cities|towns|municipalities|school boards|judges)\b|"
    r"\b(?:governors|mayors|sheriffs|counties|cities|attorneys general|police chiefs|secretaries of state|"
    r"legislators)['’]?\s+(?:association|conference|caucus|league)\b|"
    # "the National Association of State Comprehensive Health Insurance Plans": a body of states' own programs
    r"\b(?:association|conference|council|league|federation)\s+of\s+(?:state|county|municipal|public)\b"
)
_ARMED_GROUP = re.compile(
    r"\b(?:militant|militants|militia|rebel|rebels|insurgent|insurgents|jihadist|terrorist|armed group|"
    r"islamic state|taliban|al-qaida|al-qaeda|hezbollah|hamas)\b"
)
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPEAKS_FOR = frozenset(
    "president chairman chairwoman chair director head chief executive spokesman spokeswoman spokesperson founder "
    "leader secretary-general".split()
)
# Public bodies whose work is nonpartisan analysis (a budget office, a research service): "official" and "independent
# expert" can both be argued of them and of their staff.
_NONPARTISAN_OFFICE = re.compile(
    r"\b(?:congressional|parliamentary) budget office|\bbudget office\b|\baccountability office\b|"
    r"\bcongressional research service\b|\bjoint committee on taxation\b|\boffice (?:for|of) budget responsibility\b|"
    r"\b(?:cbo|gao|crs|obr)\b"
)
# "assistant vice president at the Federal Reserve Bank of St. Louis", "an economist at the Bank of England": a
# central bank's staff analyse the economy; an official body's voice and an expert's view can both be argued
_CENTRAL_BANK_STAFF = re.compile(
    r"\b(?:vice president|economist|analyst|researcher|research|adviser|advisor|staff|fellow)\b.*\b(?:"
    r"federal reserve|reserve bank|central bank|the fed|"
    r"bank of (?:england|japan|canada|france|italy|spain|korea|china|russia|israel))\b"
)
# "Hong Kong's chief executive": the owner named before a post.
_PLACE_OWNS = re.compile(r"^(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s")
# "… of the American Civil Liberties Union's Washington Legislative Office": an office inside a named body.
_OFFICE_OF = re.compile(  # the owner a name (capitals), not a post ("the medical examiner's office")
    r"\b(?:of|at|for|with|in)\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){1,6}?[A-Z][\w.&-]*)['’]s\s+(?:[\w-]+\s+){0,3}"
    r"(?:[Oo]ffice|[Bb]ureau|[Dd]epartment|[Dd]ivision|[Uu]nit|[Bb]ranch|[Dd]esk)\b"
)
_TERRITORIES = frozenset(
    "Hong Kong|Macau|Macao|Taiwan|Puerto Rico|Scotland|Wales|England|Northern Ireland|Greenland".split("|")
)


def _a_polity(name: str) -> bool:
    """A country, a US state, a territory or a city of over 100,000 people: a place with a government of its own,
    not a small town whose name a firm may share ("Bell")."""
    return (
        is_country(name)
        or name in _TERRITORIES
        or bool(country_of(name))
        or (is_known_place(name) and not is_place_name(name))
    )


_KIN_OF = re.compile(  # "Senator Edward M. Kennedy's widow": the post is the relative's, not theirs
    r"['’]s\s+(?:late\s+|former\s+|eldest\s+|youngest\s+)?(?:son|daughter|wife|husband|widow|widower|brother|sister|"
    r"father|mother|nephew|niece|grandson|granddaughter|fiance|fiancee|partner)\b"
)
# A relative named as such ("the eldest son of …", "his widow"): kin of an official hold no office by it.
_KIN = re.compile(
    r"^(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:son|daughter|wife|husband|brother|"
    r"sister|father|mother|nephew|niece|cousin|grandson|granddaughter|son-in-law|daughter-in-law|widow|widower|"
    r"uncle|aunt|grandfather|grandmother|grandparent|stepfather|stepmother|stepson|stepdaughter|brother-in-law|"
    r"sister-in-law|father-in-law|mother-in-law|fiance|fiancee|partner|girlfriend|boyfriend|relative|parents?)\b"
)
# A description whose head is a party's member or a camp's ("a New Hampshire Republican who …").
_PARTY_MEMBER = re.compile(
    r"^(?:a|an|the|one)?\s*(?:(?:longtime|veteran|prominent|leading|fellow|senior|top|former)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"(?:Republican|Democrat|Tory|conservative|liberal|progressive)(?:\s+(?:who|and|from|in|with)\b|\s*,|\s*$)"
)
# A members' body of public employees: a union in all but name ("Portland Police Association President").
_STAFF_BODY = re.compile(
    r"\b(?:police|officers['’]?|patrolmen['’]?s?|troopers['’]?|deputies['’]?|sheriffs['’]?|firefighters['’]?|"
    r"fire fighters['’]?|teachers['’]?|nurses['’]?|workers['’]?|employees['’]?|lieutenants['’]?|sergeants['’]?|"
    r"detectives['’]?|correction(?:al)? officers['’]?)\s+(?:benevolent\s+|protective\s+)?(?:association|"
    r"federation|guild|brotherhood|alliance)\b|\bfraternal order of police\b|"
    r"\b(?:association|federation|union|council)\s+of\s+(?:\w+\s+){0,3}?(?:police|officers|firefighters|teachers|nurses)\b"
)  # "the Canadian Association of Chiefs of Police": its president speaks for members, as a union's does
# Someone who runs for an office speaks as a candidate, whatever post they hold now.
_CANDIDATE = re.compile(
    r"\b(?:candidates?|hopefuls?|contenders?|challengers?|nominees?|running for|runs for|seeking the|campaigning for)\b"
)
# People whose trade is commenting on others' business: their firm is no side in the story, yet the article
# rarely says whether it has a stake; neither "expert" nor "representative" is then the one defensible answer.
_OUTSIDE_ANALYSTS = frozenset(
    "consultant consultants consulting consultancy analyst analysts research researcher researchers advisory "
    "adviser advisor advisers advisors".split()
)
# Public bodies only: a company, a party or a union speaks for itself, not as an official body.
_BODY_HEADS = (INSTITUTION_WORDS - {"company", "party", "union"}) | {
    "police",
    "authorities",
    "embassy",
    "parliament",
    "senate",
    "congress",
    "survey",
}


@dataclass
class Source:
    """One source in an article, however many times and in whatever words it is mentioned."""

    key: str
    label: str  # how a choice names it: "John Lechner", "A senior U.S. official"
    kind: str  # a key of SOURCE_TYPES
    description: str | None = None  # credentials: "Africa analyst and author on the Wagner Group"
    named: bool = False
    reason: str | None = None  # why an unnamed source is not named, if the article says
    sentences: list[int] = field(default_factory=list)
    quoted: bool = False


def is_state_media(phrase: str) -> bool:
    """True for phrases such as "Niger's state television" or "state-run media"."""
    lowered = fold(phrase).lower()
    return any(marker in lowered for marker in STATE_MEDIA_MARKERS)


_POSTMODIFIER = re.compile(
    r"\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|knowledgeable about|involved in|who)\s"
)


def head_word(phrase: str) -> str:
    """The last word of a noun phrase, lower-cased: "A senior U.S. official" -> "official"."""
    phrase = _POSTMODIFIER.split(fold(phrase))[0]  # "a source familiar with the talks": the source
    spoken_for = re.match(  # "a spokesman for the Post": a spokesman; not "Centers for Disease Control"
        r"(.*?\b(?:spokes(?:man|woman|person)|officials?|representatives?))\s+for\s+(?:the\s+)?[A-Z]", phrase
    )
    phrase = spoken_for.group(1) if spoken_for else phrase
    words = re.findall(r"[A-Za-z][\w-]*", phrase.split(" by ")[0].split(" of ")[-1])
    return words[-1].lower() if words else ""


def group_of(label: str) -> str:
    """The kind of people an unnamed phrase speaks of: its head noun, singular ("protesters" -> "protester")."""
    head = head_word(label)
    if head.endswith(("sses", "xes", "ches", "shes")):
        return head[:-2]  # "witnesses" -> "witness", "churches" -> "church"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


# A government department named before a title ("Homeland Security Secretary", "Secretary of State").
_DEPARTMENT = re.compile(
    r"\b(?:homeland security|treasury|defen[cs]e|interior|commerce|energy|education|labou?r|transportation|"
    r"agriculture|veterans affairs|health and human services|housing|justice|foreign|home|state)\s+secretary\b|"
    r"\bsecretary of (?:state|defen[cs]e|the treasury|homeland security|the interior|commerce|energy|education|"
    r"labou?r|transportation|agriculture|veterans affairs|health and human services|housing)\b"
)


def _title_words(folded: str) -> set[str]:
    """Government titles written in two words or cut short: "attorney general", "Gov.", "Sen."."""
    found = set()
    if re.search(r"\battorneys?[- ]general\b", folded):
        found.add("attorney-general")
    if re.search(r"\bgov\.(?=\s|$)", folded):
        found.add("governor")
    if re.search(r"\bsen\.(?=\s|$)", folded):
        found.add("senator")
    return found


# A side the article gives an expert's employer ("economist at the conservative American Enterprise Institute").
_LEANING = re.compile(
    r"\b(?:conservative|liberal|progressive|libertarian|right-leaning|left-leaning|right-wing|left-wing|"
    r"right-of-center|left-of-center|partisan|Republican|Democratic|pro-\w+|anti-\w+)\b",
    re.IGNORECASE,
)
# A news organisation's own analyst or contributor ("CBN News analyst", "a Fox News contributor").
_IN_HOUSE = re.compile(
    r"\b[A-Z][\w.]*\s+News\b|\bNews\s+(?:analyst|contributor|correspondent)\b|\b(?:contributor|"
    r"correspondent|anchor|columnist|commentator)\b"
)


def _without_the_name(phrase: str) -> str:
    """A person's phrase without the name it ends on ("Afghan President Ashraf Ghani" -> "Afghan President"): a
    given name may be a country's ("Chad Griffin", "Jordan Peele"), which says nothing of the post."""
    from quizapp.generation.extract.people import title_word

    words = phrase.split()
    while words and words[-1][:1].isupper() and not title_word(words[-1].strip(".,")):
        words.pop()
    return " ".join(words)


def classify(phrase: str, description: str | None, is_person: bool) -> str | None:
    """The kind of source a phrase and its description show, from explicit cues only; None when unclear.

    A named person is an official only with a government title, an expert only when the article states their
    expertise and nothing ties them to the events, an eyewitness only when the article says they were there.
    A named institution is a named source; "officials" with no name is an unnamed official.
    """
    if is_state_media(phrase) or (description and is_state_media(description)):
        return "state-media"
    involved = bool(description and _INVOLVED.search(fold(description).lower()))
    if description and HARMED.search(fold(description).lower()):
        return None  # "a sheriff's deputy who was shot and paralyzed": one the events hurt speaks, not an office
    if description:  # "… for Con Edison, which maintains cables in the city": the clause describes the body
        description = re.split(r",\s+(?:which|who|whose|where|that)\b", description)[0]
        # "a lawyer who served in the army's legal corps": what someone did once is not what they are now
        description = re.split(
            r"\s+who\s+(?:(?:was|were)(?!\s+(?:appointed|elected|named|sworn|promoted|made|chosen)\b)|had|used to|"
            r"once|(?:previously|formerly|later)\s+\w+|\w+ed)\b",
            description,
        )[0]
    words = set(re.findall(r"[a-z][a-z-]*", fold(f"{phrase} {description or ''}").lower()))
    head = head_word(phrase)
    if _NEWS_OUTLET.search(fold(phrase)):
        return None  # "the Washington Post", "the editorial board of the Post": a newspaper, not an office or a record
    whole = fold(f"{phrase} {description or ''}").lower()
    if _PARTY_COMMITTEE.search(whole):
        return None  # "the Republican National Committee said", "DNC spokeswoman": a party's voice, not an office
    if _CENTRAL_BANK_STAFF.search(whole):
        return None  # a central bank's economist or vice president: its staff's analysis, official or expert?
    if _NONPARTISAN_OFFICE.search(whole):
        return None  # "the Congressional Budget Office", its director: a public body whose work is nonpartisan
        # analysis; "official" and "independent expert" can both be argued
    if is_person:
        if re.search(r"\brepresentatives?\s+(?:for|of|at|with|to)\b", description or "") and not re.search(
            r"\b(?:U\.S\.|congressional|district|state|House)\b", description or "", re.IGNORECASE
        ):
            words = words - {"representative", "representatives"}  # "a Washington representative for the American
            # Legion" speaks for a group; "Representative" the title is written with a capital
        if (
            words & PUT_OUT_OF_POST
            or any(w.startswith("ex-") for w in words)
            or words
            & {
                "former",
                "formerly",
                "retired",
                "ex",
                "late",
                "onetime",
                "one-time",
                "rapporteur",
                "investigator",
                "inspector",
            }
        ):
            return None  # a former official speaks for no institution now; what they are is not explicit
        place = _PLACE_OWNS.match(description or "")
        if place and _a_polity(place[1]) and _C_SUITE.search(whole):
            return None  # "Hong Kong's chief executive": a place's head of government, whatever the title sounds like
        owner = _OFFICE_OF.search(description or "")
        if owner and not (
            _GOVERNMENT_BODY.search(fold(owner[1]).lower()) or set(fold(owner[1]).lower().split()) & _PUBLIC_BODIES
        ):
            return None  # "director of the American Civil Liberties Union's Washington Legislative Office": an office
            # of a group, which speaks for the group, not for a government
        if PAST_POST.search(description or ""):
            return None  # "director of the CIA under President Obama": a post held under a government, maybe past
        if _NOT_YET.search(whole):
            return None  # "the next attorney general", "president-elect": a post not held yet speaks for no body
        if _UNIVERSITY_HEAD.search(whole) or _PUBLIC_FIRM.search(whole):
            return None  # "president of Ohio State University", "USPS CEO": the head of a public university or of
            # a firm the state owns runs a public body and a business at once; either answer could be argued
        if _SPORTS_BODY.search(whole):
            return None  # "the president of US Biathlon", "the CEO of the USOPC": a sport's governing body is
            # neither a public office nor plainly an interest group
        if _CAMPAIGN_ROLE.search(fold(description or "").lower()):
            return None  # "Rubio's national finance chairman": a campaign's post, not an office
        if _KIN.match(fold(description or "").lower()) or _KIN_OF.search(fold(description or "").lower()):
            return None  # "eldest son of the US president": a relative of an official holds no office by it
        if _PARTY_MEMBER.match(fold(description or "")):
            return None  # "a New Hampshire Republican who is aligned with Ohio Gov. John Kasich": a party's man,
            # whatever office the rest of the phrase names
        if _CANDIDATE.search(fold(description or "").lower()):
            return None  # "Mayor of South Bend, a Democratic presidential candidate": speaks as a candidate
        if words & _PARTISAN_TRADES:
            return None  # "a Republican strategist and a senior vice president at VOX Global": a side's hand
        if words & _EXPERTISE == {"specialist"} and not re.search(r"\bspecialists?\s+(?:in|on)\b", description or ""):
            return None  # "a logistics-management specialist": a job at some employer, not expertise the article states
        if words & _EXPERTISE:
            if _STATE_SCIENTIST.search(fold(description or "").lower()):
                return None  # "state epidemiologist": a scientist in a government post; official or expert?
            if involved:
                return None  # "a law professor who was the architect of a previous challenge": part of the fight
            if _IN_HOUSE.search(description or ""):
                return None  # "the CBN News analyst": the publisher's own analyst, not an outside expert
            if _LEANING.search(description or ""):
                return None  # a think tank of one side: informed, but not independent of the debate
            if _PRIVATE_BODY.search(fold(description or "").lower()) and not words & {
                "university",
                "college",
                "school",
                "hospital",
            }:
                return None  # "elections expert at the Heritage Foundation": a foundation or an institute may argue
                # a side the article does not name
            if _EMPLOYER_BEFORE.search(description or "") or TIES.search(fold(description or "").lower()):
                return None  # "Apple analyst": an analyst of Apple, or at Apple? "who consults with officials"
            in_government = bool(_GOVERNMENT_BODY.search(fold(description or "").lower())) and not (
                words & {"university", "college", "school", "institute"}
            )  # "the White House National Security Council expert" works for a side; a university department does not
            if words & (_NOT_INDEPENDENT | _GOVERNMENT_TITLES | _PUBLIC_TITLES | _POSTS) or in_government:
                return None  # "professor and the study's director": expert or official? Either could be argued
            return "expert"
        folded = fold(f"{phrase} {description or ''}").lower()
        if re.search(r"\bnon-?partisan\b", folded):
            return None  # "vice president of the non-partisan Kaiser Family Foundation": said to take no side
        if _LOBBYING.search(folded):  # "director of government relations for ProEnglish": a lobbyist, no official
            # unless the employer is itself a public body: then either could be argued
            rest = _LOBBYING.sub(" ", folded)
            public = _GOVERNMENT_BODY.search(rest) or set(re.findall(r"[a-z]+", rest)) & _PUBLIC_INSTITUTIONS
            official = words & (_GOVERNMENT_TITLES | {"official", "officials", "minister", "diplomat", "envoy"})
            return None if public or official else "advocate"  # "Israeli official who has been spearheading efforts
            # to lobby world powers": an official who lobbies governments, not a lobby's voice
        if _BUSINESS_AGENCY.search(folded):  # an ad agency or a travel agency is a business, not a public body
            folded, words = _BUSINESS_AGENCY.sub("business", folded), words - {"agency", "agencies"}
        if (
            _C_SUITE.search(folded)
            and not words & _OUTSIDE_ANALYSTS  # "CEO of Avalere Health, a consultancy": an outside analyst, maybe
            and not _GOVERNMENT_BODY.search(folded)
            and not words & (_PUBLIC_BODIES | _PUBLIC_INSTITUTIONS)
            and not re.search(r"\b(?:health|education|school|library|arts) (?:board|trust)\b", folded)
        ):  # the chief executive of a health board or a national library runs a public body, not a business
            return "advocate"  # "chief executive of Ceres Robotics": the top of a business speaks for it
        if _PARTY_VOICE.search(folded):
            return None  # "Plaid Cymru's local government spokesman", "shadow chancellor": a party's side, no office
        if not _GOVERNMENT_BODY.search(folded) and (
            re.search(r"\b[a-z.'-]+-backed\b|\bbacked by\b", folded)
            or _MEMBERS_NAME.search(f"{phrase} {description or ''}")
        ):
            return None  # "president of the Koch Brothers-backed Americans for Prosperity": a group with backers, whose
            # name starts with a people's word; neither an office nor plainly a business
        if _LABOUR_UNION.search(folded) or _STAFF_BODY.search(folded):
            return None  # "president of the firefighters' union": speaks for members, yet is a "union official" too
        if re.search(r"\bstudent\s+(?:government|council|body|union|senate|association|assembly)\b", folded):
            return None  # "Student Government President": a post among students, no public office
        if _PROFESSIONAL_BODY.search(folded):
            return None  # "president of the medical society": speaks for members, and from expertise; either fits
        if re.search(r"\bchapters?\s+(?:of|for)\b|\b(?:state|local|regional|county|city|campus)\s+chapters?\b", folded):
            return None  # "director of the Minnesota chapter of the Council on …": a member group's branch, whatever
            # its name says ("Council"), is no public office; whether it is an interest group the article seldom says
        if _OFFICIALS_BODY.search(folded):
            return None  # "president of the National Association of State Election Directors": a body of officials
            # speaks for its members' side and for public offices at once; either answer could be argued
        if _ARMED_GROUP.search(folded):
            return None  # a militia's or an armed group's spokesman: neither an official nor an interest group
        if re.search(r"\bwatchdogs?\b|\bthink[- ]tanks?\b", folded):
            return None  # a watchdog's or a think tank's analyst argues a side from expertise: either answer fits
        if _INTEREST_GROUP.search(folded) and not _GOVERNMENT_BODY.search(folded):
            # "president of a human-rights group", "spokeswoman for the mining company": they speak for it
            if words & _OUTSIDE_ANALYSTS:
                return None  # "a consultant with the firm Bain": whether the firm has a stake, the article seldom says
            if not (_INTEREST_GROUP.search(_NOT_FOR_PROFIT.sub(" ", folded)) or _STAKE.search(folded)):
                return None  # "at the Education Trust, a nonprofit organization": not a business, yet no stake is said
            return "advocate" if words & _SPEAKS_FOR else None
        if (
            _PRIVATE_BODY.search(folded)
            and not _GOVERNMENT_BODY.search(folded)
            and not re.search(r"\b(?:federal|royal|public|united states|u\.s\.)\b", folded)
        ):
            return None  # "president of the American Energy Alliance", "of the National Urban League": a private
            # body's head, whatever its name says
        if _CAUSE_NAME.search(f"{phrase} {description or ''}"):
            return None  # "president of the Committee for a Responsible Federal Budget": a campaign's head, whatever
            # its name says ("Federal")
        # The body a post is held in, where the description names one ("director for Common Cause"), decides; not
        # the post's own scope ("national redistricting director") or a place ("in the state of Washington").
        named_body = _post_body(folded)
        scope = named_body or folded
        scope = _POST_SCOPE.sub(" ", scope)  # "Bloomberg national press secretary": the post's reach, not a body
        scope_words = set(re.findall(r"[a-z][a-z-]*", scope))
        body = bool(scope_words & _PUBLIC_BODIES) or bool(_GOVERNMENT_BODY.search(scope) or _DEPARTMENT.search(folded))
        country = bool(parties_named(f"{_without_the_name(phrase)} {description}"))  # "Chinese", "South Korean"; not
        # "Chad" of Chad Griffin
        if country and named_body and not is_country(re.sub(r"^the\s+", "", named_body)):
            # "president of Georgia Right to Life": the country word is part of the body's name, not the post's
            # country; only a country named outside that name ("Chinese", "U.S.") makes the post a public one
            outside = re.sub(
                re.escape(named_body), " ", fold(f"{_without_the_name(phrase)} {description}"), flags=re.IGNORECASE
            )
            country = bool(parties_named(outside))
        if _OUTSIDE_GOVERNMENT.search(fold(description or "").lower()):
            return None  # a university's, a hospital's, a firm's or a fund's officer: official or an interest's voice?
        spokesperson = _SPOKESPERSON_FOR.search(folded)
        if spokesperson and not (
            _GOVERNMENT_BODY.search(spokesperson["body"])
            or set(re.findall(r"[a-z]+", spokesperson["body"])) & (_PUBLIC_BODIES | _GOVERNMENT_TITLES)
        ):
            return None  # "spokesperson for the leftist Egyptian Popular Current": a movement's voice, not a state's
            # (as "for the Interior Ministry" or "for the provincial governor" are)
        titles = (words | _title_words(folded)) & (_GOVERNMENT_TITLES - _SPOKESPEOPLE)
        by_country = country and not words & {"chairman", "chairwoman"}  # "China Eastern's chairman": a firm's
        if titles or ((words & (_PUBLIC_TITLES | _SPOKESPEOPLE)) and (body or by_country)):
            return "named-official"  # "Afghan President", "U.S. Defense Secretary"
        academic = words & {"university", "college"}  # a university research centre is not a public office
        if words & _POSTS and body and not academic and not _OWNED_BY.search(description or ""):
            return "named-official"  # "director of the national weather service"; not "E&Y's UK head of tax"
        if words & _WAS_THERE:
            if _SURVIVOR_OF_A_PRACTICE.search(fold(description or "").lower()):
                return None  # "a survivor of child marriage and FGM": a life lived, not events the story tells
            return "participant"
        return None
    if re.match(r"^\s*(?:\d|more than|less than|many|most|some|several|half|one of the \d)", fold(phrase), re.I):
        return None  # "More than 95% of the participants": a finding, not a source
    if head in DOCUMENT_HEADS:
        if head in ("post", "posts", "tweet", "tweets"):
            return None  # "The Super Tuesday evening post, now deleted, said": someone's message on social media,
            # whose author may be unknown and which may be gone; not a document others can check
        if re.search(r"\b(?:University|College|Institute|School)\b", phrase):
            return None  # "a Quinnipiac University Poll": a university's work, neither an office's record nor plain
        if re.match(r"[A-Z][\w.'’-]*\s+[a-z]{3,}ed\b", phrase):
            return None  # "Trump annoyed Republicans again with a tweet": a clause, not the name of a document
        if re.search(r"['’]s\b", phrase):
            return None  # "Cornyn's statement": the person speaks, through a statement
        if _is_proper_name(phrase):
            return "named-official"
        if re.search(r"\b[A-Z]{2,}\b", phrase):
            return (
                None  # "the NCRB data", "the UBS report": the body behind it (a bureau, a bank) is as much the source
            )
        return (
            "document" if re.search(r"\b[A-Z]", phrase[1:]) else None
        )  # a document of unknown origin: no type  # "the U.S. Geological Survey"
    if head in _BODY_HEADS and _is_proper_name(phrase) and _NGO_NAME.search(phrase):
        return None  # "the Norwegian Refugee Council", "Human Rights Watch": a charity or campaign, not an office
    if head in _BODY_HEADS and _is_proper_name(phrase):
        return "named-official"  # "Thames Valley Police", "the Emergencies Ministry": a named institution speaks
    if head in ("official", "officials", "diplomat", "diplomats") and _only_countries(phrase):
        return "unnamed-official"  # "U.S. officials", "a senior official"; not "New Orleans officials" (a named body)
    if head in _WAS_THERE:
        return "participant"
    return None


_POST_BODY = re.compile(
    r"\b(?:director|president|chairman|chairwoman|chair|head|chief|officer|secretary|manager|administrator)\s+"
    r"(?:of|for|at)\s+(?P<body>.+?)(?=\s+(?:in|near|outside|based)\s|$)"
)


def _post_body(folded: str) -> str | None:
    """The body a post is held in, from a folded, lowered phrase and description ("common cause" in "the national
    redistricting director for common cause"); None when it names none."""
    match = _POST_BODY.search(folded)
    return match["body"] if match else None


def _only_countries(phrase: str) -> bool:
    """True when every capitalised word of `phrase` (after the first) is a country or its people ("U.S.")."""
    common = {"a", "an", "the", "some", "several", "many", "senior", "officials", "official", "two", "three", "one"}
    words = fold(phrase).split()
    return all(not w[:1].isupper() or w.lower() in common or party_of(w.strip(",.")) or party_of(w) for w in words)


def _is_proper_name(phrase: str) -> bool:
    """True when the words before the head are capitalised names ("Thames Valley Police")."""
    words = [w for w in fold(phrase).split() if w.lower() not in ("the", "a", "an")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def choice_label(phrase: str) -> str:
    """A phrase as a choice: first letter capitalised, trailing punctuation dropped."""
    text = phrase.strip().strip(",.;:")
    return text[:1].upper() + text[1:] if text else text

"""Word lists the rules look up: speech cues, titles, role and group nouns, label triggers, first names.

Everything is matched on `tnorm(token)` (lowercased, zero-width characters removed, curly quotes
folded), cached by the token's orth id, so no lookup depends on the lemmatizer.
"""

from __future__ import annotations

from spacy.tokens import Token

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_NORM_CACHE: dict[int, str] = {}


def norm_text(text: str) -> str:
    """Lowercase, drop invisible characters, fold curly quotes."""
    return text.translate(_INVISIBLE).translate(_FOLD).lower()


def tnorm(tok: Token) -> str:
    """`norm_text` of a token, cached by its orth id."""
    key = tok.orth
    value = _NORM_CACHE.get(key)
    if value is None:
        value = norm_text(tok.text)
        if len(_NORM_CACHE) < 200_000:
            _NORM_CACHE[key] = value
    return value


def _forms(base: str, past: str | None = None, third: str | None = None, ing: str | None = None) -> set[str]:
    if past is None:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
    if third is None:
        if base.endswith(("s", "sh", "ch", "x", "z")):
            third = base + "es"
        elif base.endswith("y") and base[-2] not in "aeiou":
            third = base[:-1] + "ies"
        else:
            third = base + "s"
    if ing is None:
        ing = (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"
    return {base, past, third, ing}


# Verbs that report speech or a stated position. Irregular forms given explicitly.
_CUE_VERBS: dict[str, tuple[str | None, str | None, str | None]] = {
    "say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"),
    "add": (None, None, None), "write": ("wrote", "writes", "writing"), "tweet": (None, None, None),
    "post": (None, None, None), "reply": (None, None, None), "respond": (None, None, None),
    "answer": (None, None, None), "explain": (None, None, None), "note": (None, None, None),
    "argue": (None, None, None), "claim": (None, None, None), "insist": (None, None, None),
    "warn": (None, None, None), "deny": (None, None, None), "admit": ("admitted", None, "admitting"),
    "acknowledge": (None, None, None), "concede": (None, None, None), "confirm": (None, None, None),
    "announce": (None, None, None), "declare": (None, None, None), "state": (None, None, None),
    "report": (None, None, None), "reiterate": (None, None, None), "repeat": (None, None, None),
    "stress": (None, None, None), "suggest": (None, None, None), "predict": (None, None, None),
    "promise": (None, None, None), "pledge": (None, None, None), "vow": (None, None, None),
    "urge": (None, None, None), "accuse": (None, None, None), "criticise": (None, None, None),
    "criticize": (None, None, None), "praise": (None, None, None), "call": (None, None, None),
    "describe": (None, None, None), "recall": (None, None, None), "complain": (None, None, None),
    "agree": ("agreed", None, "agreeing"), "reject": (None, None, None), "dismiss": (None, None, None),
    "testify": (None, None, None), "conclude": (None, None, None), "contend": (None, None, None),
    "assert": (None, None, None), "allege": (None, None, None), "maintain": (None, None, None),
    "emphasise": (None, None, None), "emphasize": (None, None, None),
    "observe": (None, None, None), "remark": (None, None, None), "comment": (None, None, None),
    "continue": (None, None, None), "counter": (None, None, None), "retort": (None, None, None),
    "quip": ("quipped", None, "quipping"), "joke": (None, None, None), "boast": (None, None, None),
    "estimate": (None, None, None), "forecast": ("forecast", None, None), "disclose": (None, None, None),
    "reveal": (None, None, None), "hint": (None, None, None), "indicate": (None, None, None),
    "signal": ("signalled", None, "signalling"),
    "caution": (None, None, None), "demand": (None, None, None), "plead": (None, None, None),
    "protest": (None, None, None), "recount": (None, None, None), "exclaim": (None, None, None),
    "whisper": (None, None, None), "shout": (None, None, None), "scream": (None, None, None),
    "yell": (None, None, None), "mutter": (None, None, None), "ask": (None, None, None),
    "assure": (None, None, None), "inform": (None, None, None), "advise": (None, None, None),
    "quote": (None, None, None), "cite": (None, None, None), "find": ("found", None, None),
    "show": ("showed", None, None), "brief": (None, None, None), "blame": (None, None, None),
    "speculate": (None, None, None), "believe": (None, None, None), "think": ("thought", None, None),
}

CUE_FORMS: frozenset[str] = frozenset(
    form for base, (past, third, ing) in _CUE_VERBS.items() for form in _forms(base, past, third, ing)
)

# Cues that may govern a reported clause only when the subject is a document, study or organisation.
EVIDENCE_CUES: frozenset[str] = frozenset(_forms("find", "found") | _forms("show", "showed") | {"shown"})
# Cues that govern a reported clause only with an explicit "that" (else too often not speech).
THAT_ONLY_CUES: frozenset[str] = frozenset(
    _forms("believe") | _forms("think", "thought") | _forms("agree", "agreed", None, "agreeing")
    | _forms("promise") | _forms("continue") | _forms("estimate") | _forms("indicate")
)
# Say-verbs whose complement may be a gerund clause the parser leaves without a ccomp ("said leaving hurt").
SAY_FORMS: frozenset[str] = frozenset(
    _forms("say", "said") | _forms("add") | _forms("claim") | _forms("insist") | _forms("argue") | _forms("warn")
    | _forms("state") | _forms("declare") | _forms("note") | _forms("admit", "admitted", None, "admitting")
    | _forms("acknowledge") | _forms("concede") | _forms("stress") | _forms("explain") | _forms("suggest")
    | _forms("write", "wrote", None, "writing") | _forms("tweet")
)
# Cues never taken for reported speech (they take objects, not clauses), only for quotes.
QUOTE_ONLY_CUES: frozenset[str] = frozenset(
    _forms("ask") | _forms("call") | _forms("describe") | _forms("praise") | _forms("accuse")
    | _forms("criticise") | _forms("criticize") | _forms("dismiss") | _forms("reject")
    | _forms("blame") | _forms("whisper") | _forms("shout") | _forms("scream") | _forms("yell")
    | _forms("mutter") | _forms("exclaim") | _forms("quip", "quipped", None, "quipping") | _forms("joke")
)
CALL_FORMS: frozenset[str] = frozenset(_forms("call") | _forms("describe") | _forms("brand") | _forms("dub", "dubbed"))
RELAY_CUES: frozenset[str] = frozenset(_forms("quote") | _forms("cite"))
PARTICIPLE_CHAIN = frozenset({"adding", "saying", "noting", "arguing", "warning", "insisting", "explaining",
                              "stressing", "claiming", "suggesting", "telling", "stating", "writing",
                              "acknowledging", "conceding", "calling", "describing", "pointing"})
NOT_CUE_FORMS = frozenset({"asked"})  # "Asked about X, she said" — participle, never the cue itself.

DOCUMENT_NOUNS = frozenset({
    "report", "study", "survey", "poll", "inspection", "review", "inquiry", "investigation", "audit",
    "analysis", "research", "figures", "data", "statistics", "documents", "filing", "filings", "papers",
    "statement", "letter", "ruling", "judgment", "judgement", "findings", "assessment", "paper", "records",
})

# Honorifics, titles and role words stripped from names ("Deputy Foreign Minister Rauf Ganiev").
TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor", "sir",
    "dame", "lady", "lord", "baroness", "baron", "rev", "rev.", "reverend", "father", "sister", "brother",
    "councillor", "cllr", "councilman", "councilwoman", "alderman", "mayor", "sen", "sen.", "senator", "rep",
    "rep.", "representative", "gov", "gov.", "governor", "president", "vice", "minister", "secretary",
    "chancellor", "premier", "deputy", "assistant", "prime", "foreign", "defence", "defense", "interior",
    "finance", "health", "education", "home", "justice", "trade", "transport", "environment", "state",
    "general", "gen", "gen.", "col", "col.", "colonel", "major", "maj", "maj.", "capt", "capt.", "captain",
    "lt", "lt.", "lieutenant", "sgt", "sgt.", "sergeant", "detective", "inspector", "superintendent",
    "chief", "constable", "officer", "commissioner", "judge", "magistrate", "coroner",
    "ambassador", "envoy", "king", "queen", "prince", "princess", "sheikh", "pope", "archbishop", "bishop",
    "coach", "manager", "director", "executive", "chairman", "chairwoman", "chair", "ceo", "spokesman",
    "spokeswoman", "spokesperson", "leader", "head", "mp", "mep", "mla", "speaker", "attorney", "auditor",
    "commander", "admiral", "marshal", "dean", "rabbi", "imam", "cardinal", "nurse", "pastor",
    "former", "acting", "interim", "outgoing", "incoming", "opposition", "shadow", "labour", "conservative",
})
# Occupations written before a name ("Astronomer Claire Dubois", "striker Jonas Brandt").
ROLE_WORDS = frozenset({
    "astronomer", "analyst", "economist", "astronaut", "scientist", "lawyer", "barrister", "solicitor", "teacher",
    "epidemiologist", "historian", "author", "novelist", "actor", "actress", "producer", "striker", "defender",
    "midfielder", "goalkeeper", "winger", "captain", "boss", "chef", "farmer", "architect", "designer",
    "engineer", "doctor", "surgeon", "midwife", "pilot", "researcher", "student", "pupil", "resident", "angler",
    "campaigner", "activist", "protester", "journalist", "reporter", "editor", "photographer", "singer",
    "musician", "artist", "painter", "poet", "writer", "comedian", "entrepreneur", "investor", "banker",
    "trader", "broker", "mediator", "negotiator", "diplomat", "official", "owner", "founder", "co-founder",
    "chairperson", "veteran", "presenter", "host", "broadcaster", "filmmaker", "player", "athlete", "runner",
    "cyclist", "swimmer", "boxer", "referee", "umpire", "physicist", "biologist", "chemist",
    "psychologist", "psychiatrist", "pharmacist", "dentist", "vet", "paramedic", "firefighter", "priest",
    "headteacher", "principal", "landlord", "tenant", "shopkeeper", "businessman", "businesswoman",
    "pensioner", "grandmother", "grandfather", "mother", "father", "widow", "widower", "nurse", "carer",
    "co-author", "forward", "batsman", "bowler", "jockey", "trainer", "skipper",
    "professor", "lecturer", "volunteer", "survivor", "victim", "witness", "driver", "passenger", "fan",
    "worker", "employee", "graduate", "homeowner", "councillor", "candidate", "chairwoman", "chairman",
    "prosecutor", "counsel", "clerk", "curator", "conductor", "composer", "dancer", "playwright", "screenwriter",
    "climber", "mountaineer", "sailor", "explorer", "geologist", "ecologist", "botanist", "zoologist",
    "archaeologist", "sociologist", "statistician", "mathematician", "virologist", "immunologist",
    "cardiologist", "neurologist", "oncologist", "paediatrician", "pediatrician", "consultant", "headmaster",
    "headmistress", "vicar", "chaplain", "sheriff", "trooper", "warden", "ranger", "fisherman", "plumber",
    "electrician", "mechanic", "publican", "landlady", "restaurateur", "hotelier",
    "strategist", "pollster", "adviser", "advisor", "aide", "treasurer",
    "organiser", "organizer", "coordinator", "co-ordinator", "superintendent", "deputy-mayor",
    "critic", "reviewer", "columnist", "commentator", "blogger", "scholar", "expert", "publisher",
})
# Person descriptors that pick the salient person ("the veteran", "the 31-year-old", "the mother of two").
PERSON_DESCRIPTORS = frozenset({
    "old", "year-old", "veteran", "youngster", "teenager", "man", "woman", "boy", "girl", "mother", "father",
    "dad", "mum", "mom", "grandmother", "grandfather", "widow", "widower", "pensioner", "retiree", "star",
    "newcomer", "rookie", "champion", "winner", "singer", "actor", "actress", "politician", "lawmaker",
    "defendant", "claimant", "plaintiff", "accused", "victim", "survivor",
})
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
                    "brother": "m", "baron": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
                    "dame": "f", "lady": "f", "queen": "f", "princess": "f", "sister": "f", "baroness": "f",
                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
                    "councilman": "m", "councilwoman": "f"}

PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f"}
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they"})
THING_PRONOUNS = frozenset({"it"})
FIRST_PERSON = frozenset({"i", "we"})

# Plural nouns naming groups of people: their mention is the speaker ("Senior US officials").
GROUP_NOUNS = frozenset({
    "officials", "aides", "diplomats", "analysts", "experts", "economists", "critics", "campaigners",
    "protesters", "residents", "police", "officers", "investigators", "prosecutors", "lawyers", "sources",
    "authorities", "witnesses", "activists", "doctors", "scientists", "researchers", "leaders",
    "ministers", "lawmakers", "legislators", "senators", "organisers", "organizers", "parents", "teachers",
    "workers", "staff", "employees", "unions", "observers", "monitors", "rescuers", "paramedics",
    "firefighters", "neighbours", "neighbors", "locals", "fans", "supporters", "opponents", "members",
    "executives", "managers", "traders", "investors", "people", "villagers", "survivors", "relatives",
    "families", "students", "voters", "commanders", "troops", "soldiers", "rebels", "militants",
    "spokespeople", "representatives", "negotiators", "mediators", "regulators", "inspectors", "judges",
    "councillors", "aid", "agencies", "groups", "governments", "companies", "banks", "insiders",
    "couple", "pair", "duo", "trio", "family", "siblings", "twins", "brothers", "sisters", "partners",
})
# Singular nouns naming organisations; the value lists name words an organisation may carry.
ORG_NOUNS: dict[str, frozenset[str]] = {
    "company": frozenset({"company", "firm", "chain", "group", "retailer", "supermarket", "grocer", "foods", "water",
                          "services", "inc", "ltd", "plc", "corp", "corporation", "holdings", "bank", "airline",
                          "carrier", "operator", "maker", "manufacturer", "energy", "utility", "co", "limited"}),
    "firm": frozenset({"company", "firm", "chain", "group", "inc", "ltd", "plc", "corp", "holdings", "partners",
                       "securities", "capital", "llp", "associates"}),
    "union": frozenset({"union", "federation", "association", "congress", "guild", "unite", "unison"}),
    "agency": frozenset({"agency", "authority", "office", "service", "commission", "bureau", "administration"}),
    "council": frozenset({"council", "authority", "assembly", "board"}),
    "department": frozenset({"department", "ministry", "office"}),
    "ministry": frozenset({"ministry", "department"}),
    "party": frozenset({"party", "alliance", "front", "movement", "league", "renewal", "democrats", "labour"}),
    "group": frozenset({"group", "society", "organisation", "organization", "charity", "campaign", "trust",
                        "foundation", "coalition", "network", "alliance", "institute", "centre", "center"}),
    "charity": frozenset({"charity", "trust", "foundation", "society", "fund"}),
    "tank": frozenset({"institute", "foundation", "centre", "center", "forum"}),
    "think-tank": frozenset({"institute", "foundation", "centre", "center", "forum"}),
    "organisation": frozenset({"organisation", "organization", "group", "society", "association"}),
    "organization": frozenset({"organisation", "organization", "group", "society", "association"}),
    "club": frozenset({"club", "fc", "athletic", "rovers", "united", "city", "town", "wanderers", "county", "albion"}),
    "team": frozenset({"team", "fc", "athletic", "rovers", "united", "club"}),
    "board": frozenset({"board", "council", "commission"}),
    "office": frozenset({"office", "agency", "department"}),
    "trust": frozenset({"trust", "foundation"}),
    "authority": frozenset({"authority", "agency", "council"}),
    "commission": frozenset({"commission", "agency"}),
    "police": frozenset({"police", "constabulary", "force"}),
    "force": frozenset({"police", "constabulary", "force"}),
    "government": frozenset({"government", "administration", "ministry", "executive"}),
    "bank": frozenset({"bank"}),
    "court": frozenset({"court", "tribunal"}),
    "jury": frozenset({"jury"}),
    "committee": frozenset({"committee", "panel"}),
    "panel": frozenset({"panel", "committee"}),
    "institute": frozenset({"institute"}),
    "university": frozenset({"university", "college"}),
    "school": frozenset({"school", "academy"}),
    "hospital": frozenset({"hospital", "trust"}),
    "regulator": frozenset({"regulator", "authority", "agency", "commission", "office"}),
    "watchdog": frozenset({"watchdog", "regulator", "authority", "agency", "commission", "office"}),
    "association": frozenset({"association", "federation", "union"}),
    "federation": frozenset({"federation", "union", "association"}),
    "society": frozenset({"society", "group"}),
    "network": frozenset({"network", "broadcaster"}),
    "broadcaster": frozenset({"broadcaster", "network", "corporation"}),
    "newspaper": frozenset({"newspaper", "paper", "times", "post", "herald", "daily"}),
    "paper": frozenset({"newspaper", "paper", "times", "post", "herald", "daily"}),
    "army": frozenset({"army", "forces"}),
    "military": frozenset({"army", "forces", "military"}),
    "ministry's": frozenset(),
}
# Company-like nominals ("the retailer said") and sports-club nominals ("the side said").
COMPANY_NOUNS = frozenset({
    "company", "firm", "chain", "retailer", "supermarket", "grocer", "airline", "carrier", "carmaker", "automaker",
    "maker", "manufacturer", "lender", "insurer", "developer", "housebuilder", "builder", "operator", "provider",
    "supplier", "publisher", "startup", "start-up", "business", "giant", "conglomerate", "miner", "brewer",
    "outfit", "brand", "label", "studio", "producer", "utility", "bank", "group", "owner",
})
# Type nouns written before a company name and not part of it ("Carmaker Voltra", "Airline Skyvale").
LEADING_ORG_NOUNS = frozenset({
    "carmaker", "automaker", "airline", "retailer", "supermarket", "grocer", "lender", "insurer", "housebuilder",
    "developer", "miner", "brewer", "publisher", "broadcaster", "manufacturer", "conglomerate", "charity",
    "startup", "start-up", "chipmaker", "drugmaker", "carrier", "operator", "supplier", "builder", "outfit",
})
CLUB_NOUNS = frozenset({"club", "team", "side", "franchise", "outfit"})
ORG_NOUNS["company"] |= COMPANY_NOUNS - {"owner"}
ORG_NOUNS["firm"] |= COMPANY_NOUNS - {"owner"}
for _noun in COMPANY_NOUNS - ORG_NOUNS.keys() - {"owner"}:
    ORG_NOUNS[_noun] = ORG_NOUNS["company"] | {_noun}
ORG_NOUNS["side"] = ORG_NOUNS["club"] | {"side"}
ORG_NOUNS["franchise"] = ORG_NOUNS["club"] | {"franchise"}
# Organisation nouns general enough to stand for any organisation of their kind ("a company spokesman").
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "organisation", "organization", "club", "team", "side"})
# Organisation name endings that make an unlabelled proper-noun chain an organisation.
ORG_SUFFIXES = frozenset(set().union(*ORG_NOUNS.values()) | {
    "party", "police", "institute", "university", "college", "hospital", "press", "news", "agency", "times",
    "post", "ministry", "office", "tribunal", "court", "assessment", "securities", "capital", "fc",
})
# A spokesperson speaks for the organisation named after "for"/"of", or the last one named.
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople",
                          "statement", "source"})

# Quoted strings right after these are names, titles or labels, not quotes.
LABEL_TRIGGERS = frozenset({
    "nicknamed", "dubbed", "so-called", "titled", "entitled", "named", "branded", "slogan", "reading",
    "hashtag", "term", "phrase", "motto", "headline", "banner", "banners", "placards", "placard", "signs",
    "label", "labelled", "labeled", "tagline", "billed", "renamed", "chanted", "chanting", "sang", "singing",
    "brand", "codenamed", "code-named", "called", "nickname", "dub", "chant", "chants", "sign", "read",
})
WORK_NOUNS = frozenset({
    "film", "movie", "book", "novel", "album", "song", "single", "play", "series", "show", "documentary",
    "feature", "painting", "exhibition", "programme", "program", "poem", "opera", "musical", "podcast",
    "column", "essay", "memoir", "track", "episode", "game", "app", "thriller", "drama", "comedy", "sitcom",
})
# Speaker predicates that end a reported clause when coordinated with the cue ("but declined to comment").
CLAUSE_STOPPERS = frozenset({"declined", "refused", "declines", "refuses", "left", "walked", "hung"})

# A small first-name table for pronoun agreement; unknown names agree with anything.
MALE_NAMES = frozenset("""
aaron adam adrian ahmed alan albert alex alexander ali andrew andy anton antonio arthur ash ashley ben
benjamin bernard bill bob brian bruce carl carlos charles chris christopher colin colm connor craig dan
daniel darren dave david dean derek dmitri dominic donald douglas duncan ed edward eric ethan felix frank
fred gareth gary george gordon graham greg gregory hans harry henry hugh ian igor isaac ivan jack jacob
jake james jamie jason jeff jim joe john jonas jonathan jordan jose joseph josh juan julian karel keith
kenji kevin kieran lars leon liam luke marcus mark martin matt matthew max michael miguel mike mohamed
muhammad nathan neil nicholas nick nigel noah oliver ollie omar oscar owen patrick paul peter phil philip
pieter rajesh ralph raul ray raymond rauf richard rick rob robert roger ross ryan sam samuel scott sean
sergei simon stephen steve steven stuart thomas tim timothy tobias tom tony victor viktor vincent
vladimir walter wayne william yusuf zach callum jonas hamid kofi kwame chidi emeka hiroshi takeshi wei
jun hassan karim tariq olaf sven bjorn jens klaus dieter jurgen pierre jacques francois luca marco
giovanni paolo pablo diego javier andres
""".split())
FEMALE_NAMES = frozenset("""
abigail ada agnes aisha alice alison amanda amara amy ana angela anna anne annie barbara beth betty
carol caroline catherine charlotte chloe christine claire clara deborah diana donna dorothy eleanor elena
elif elizabeth ella ellen emily emma eva fatima fiona frances grace hannah helen helena holly imogen
irene ilse isabel jane janet jennifer jessica joan joanne julia julie karen kate katherine kathleen
laura lauren linda lisa louise lucy maria marie marion mary maureen megan melissa michelle mia monica
nadia nancy natalie nicola nina olivia patricia paula priya rachel rebecca rose ruth sally samantha
sandra sara sarah sharon sophie stephanie susan tanya teresa tina victoria wendy yvonne zoe ingrid
astrid greta heidi sofia lucia carmen rosa ana yuki mei aiko fatou amina ngozi chioma anjali sunita
deepa meera olga natasha svetlana irina tatiana marta magdalena agnieszka leila yasmin zainab
""".split())

DESCRIPTOR_GENDER = {"mother": "f", "woman": "f", "girl": "f", "grandmother": "f", "widow": "f", "mum": "f",
                     "mom": "f", "actress": "f", "father": "m", "man": "m", "boy": "m", "grandfather": "m",
                     "widower": "m", "dad": "m", "actor": "m"}
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

# A role noun used alone ("the judge said") and the titles a person holding it is introduced with.
_POLICE = frozenset({"detective", "det", "inspector", "sergeant", "sgt", "constable", "pc", "dc", "ds", "di", "dci",
                     "superintendent", "officer", "commander", "commissioner"})
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "judge": frozenset({"judge", "justice", "magistrate", "recorder"}),
    "justice": frozenset({"justice", "judge"}),
    "magistrate": frozenset({"magistrate", "judge"}),
    "minister": frozenset({"minister", "chancellor"}),  # "Health Secretary X": see PORTFOLIOS
    "secretary": frozenset({"secretary"}),
    "senator": frozenset({"senator", "sen"}),
    "congressman": frozenset({"congressman", "rep", "representative", "congresswoman"}),
    "congresswoman": frozenset({"congresswoman", "rep", "representative", "congressman"}),
    "governor": frozenset({"governor", "gov"}),
    "officer": _POLICE,
    "policeman": _POLICE,
    "policewoman": _POLICE,
    "detective": frozenset({"detective", "det", "dc", "ds", "di", "dci", "inspector"}),
    "inspector": frozenset({"inspector", "di", "dci"}),
    "sergeant": frozenset({"sergeant", "sgt", "ds"}),
    "constable": frozenset({"constable", "pc", "dc"}),
    "mayor": frozenset({"mayor"}),
    "coach": frozenset({"coach", "manager", "boss", "head-coach"}),
    "manager": frozenset({"manager", "coach", "boss"}),
    "boss": frozenset({"boss", "manager", "coach", "chief", "ceo"}),
    "president": frozenset({"president", "pres"}),
    "chancellor": frozenset({"chancellor"}),
    "doctor": frozenset({"doctor", "dr", "surgeon", "consultant"}),
    "professor": frozenset({"professor", "prof"}),
    "councillor": frozenset({"councillor", "cllr", "councilman", "councilwoman", "alderman"}),
    "chairman": frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    "chairwoman": frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    "general": frozenset({"general", "gen"}),
    "colonel": frozenset({"colonel", "col"}),
    "captain": frozenset({"captain", "capt", "skipper"}),
    "prosecutor": frozenset({"prosecutor", "attorney"}),
    "ambassador": frozenset({"ambassador", "envoy"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "reverend": frozenset({"reverend", "rev", "vicar", "pastor", "father"}),
    "vicar": frozenset({"vicar", "reverend", "rev"}),
}
# Portfolios that make a "Secretary" a minister ("Health Secretary", "Home Secretary", "Secretary of State").
PORTFOLIOS = frozenset({
    "health", "home", "foreign", "defence", "defense", "education", "transport", "environment", "justice",
    "business", "culture", "work", "pensions", "treasury", "energy", "interior", "trade", "housing", "state",
    "cabinet", "northern", "scottish", "welsh", "agriculture", "labor", "commerce", "homeland", "security",
    "science", "digital", "levelling", "communities", "climate", "development", "international", "shadow",
})
# Roles a holder of the plain role does not have ("Vice President X" is not "the president").
ROLE_BLOCKERS = frozenset({"vice", "vice-president", "deputy", "assistant", "under", "lieutenant", "deputy-mayor"})
BLOCKABLE_ROLES = frozenset({"president", "mayor", "governor", "chairman", "chairwoman", "chancellor"})
# Kinship nouns whose first-name appositive shares the possessor's surname ("his wife, Janet").
KIN_GENDER = {"wife": "f", "husband": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
              "father": "m", "mother": "f", "widow": "f", "widower": "m", "grandson": "m", "granddaughter": "f",
              "grandfather": "m", "grandmother": "f", "twin": None, "child": None}
# Lowercase particles inside a person's name ("Ursula von der Leyen", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al",
                            "el", "bin", "ibn", "ter", "ten", "dos", "das", "zu", "af", "vom", "vander", "st"})
# Letters after a person's name, not part of it ("Simon Hale QC", "Ann Lowe MP").
POSTNOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "jr", "jr.",
                          "sr", "sr.", "phd", "esq", "esq."})

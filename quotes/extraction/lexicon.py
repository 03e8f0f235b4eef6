"""Word lists the rules look up: speech cues, document, group and organisation nouns, label triggers (people:
`roles`).

Everything is matched on `tnorm(token)` (lowercased, zero-width characters removed, curly quotes
folded), cached by the token's orth id, so no lookup depends on the lemmatizer.
"""

from __future__ import annotations

from spacy.strings import StringStore
from spacy.tokens import Token

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_NORM_CACHE: dict[int, str] = {}


def norm_text(text: str) -> str:
    """Lowercase, drop invisible characters, fold curly quotes."""
    return text.translate(_INVISIBLE).translate(_FOLD).lower()


# Penn tags of a finite verb: a clause goes on with its own predicate.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def capitalised(tok: Token) -> bool:
    """A word of letters written with a capital first."""
    return tok.is_alpha and tok.text[:1].isupper()


def tnorm(tok: Token) -> str:
    """`norm_text` of a token, cached by its orth id."""
    key = tok.orth
    value = _NORM_CACHE.get(key)
    if value is None:
        value = norm_text(tok.text)
        if len(_NORM_CACHE) < 200_000:
            _NORM_CACHE[key] = value
    return value


def orth_norms(orths: list[int], strings: StringStore) -> list[str]:
    """`tnorm` of every token, from their orth ids (read with `Doc.to_array`: no Token object per word)."""
    out = list(map(_NORM_CACHE.get, orths))
    if None in out:  # words not seen before
        for k, value in enumerate(out):
            if value is None:
                out[k] = value = norm_text(strings[orths[k]])
                if len(_NORM_CACHE) < 200_000:
                    _NORM_CACHE[orths[k]] = value
    return out


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
    "mention": (None, None, None), "point": (None, None, None), "rule": (None, None, None),
    "radio": (None, None, None), "read": ("read", None, None), "charge": (None, None, None),
    "question": (None, None, None), "text": (None, None, None), "recommend": (None, None, None),
    "hail": (None, None, None),
}

# Verbs that report speech only with their particle: 'shot back', 'fired back', 'chimed in' (not 'shot a deer').
_PHRASAL_CUES: dict[tuple[str, str | None, str | None], frozenset[str]] = {
    ("point", None, None): frozenset({"out"}),
    ("shoot", "shot", "shooting"): frozenset({"back"}), ("fire", None, "firing"): frozenset({"back"}),
    ("hit", "hit", "hitting"): frozenset({"back"}), ("push", None, None): frozenset({"back"}),
    ("snap", "snapped", "snapping"): frozenset({"back"}), ("chime", None, "chiming"): frozenset({"in"}),
    ("go", "went", "going"): frozenset({"on"}),  # '“…,” she went on.'
}
CUE_FORMS: frozenset[str] = frozenset(
    form for base, (past, third, ing) in _CUE_VERBS.items() for form in _forms(base, past, third, ing)
) | frozenset(form for (base, past, ing) in _PHRASAL_CUES for form in _forms(base, past, None, ing))

# Cues that may govern a reported clause only when the subject is a document, study or organisation.
EVIDENCE_CUES: frozenset[str] = frozenset(_forms("find", "found") | _forms("show", "showed") | {"shown"})
# Cues that govern a reported clause only with an explicit "that" (else too often not speech).
THAT_ONLY_CUES: frozenset[str] = frozenset(
    _forms("believe") | _forms("think", "thought") | _forms("agree", "agreed", None, "agreeing")
    | _forms("promise") | _forms("continue") | _forms("estimate") | _forms("indicate")
    | _forms("rule") | _forms("radio")  # 'radioed that the fire had jumped the road', not 'radioed for help'
    | _forms("joke")  # 'joked that the pier would outlive them all' reports a claim, made in jest
)
# Cues only with a that-clause of their own: a judge 'ruled that …'; 'ruled out a cut', 'ruled the country' and
# 'had not ruled anything out' are no speech, and must not cut a statement around them.
# So is 'charged that …' (an accusation), where 'charged with theft' and 'charged the battery' are not.
# So is 'recommended that …' (a report's or a panel's advice), where 'recommended a book' is not.
CLAUSE_ONLY_CUES: frozenset[str] = frozenset(_forms("rule") | _forms("charge") | _forms("recommend"))
# Cues only with a question of their own: 'questioned whether the figures were right' (a doubt voiced, as 'asked
# whether'), where 'questioned the figures' and 'was questioned by police' are not.
QUESTION_ONLY_CUES: frozenset[str] = frozenset(_forms("question"))
# Say-verbs whose complement may be a gerund clause the parser leaves without a ccomp ("said leaving hurt").
SAY_FORMS: frozenset[str] = frozenset(
    _forms("say", "said") | _forms("add") | _forms("claim") | _forms("insist") | _forms("argue") | _forms("warn")
    | _forms("state") | _forms("declare") | _forms("note") | _forms("admit", "admitted", None, "admitting")
    | _forms("acknowledge") | _forms("concede") | _forms("stress") | _forms("explain") | _forms("suggest")
    | _forms("write", "wrote", None, "writing") | _forms("tweet")
)
# Cues never taken for reported speech (they take objects, not clauses), only for quotes.
QUOTE_ONLY_CUES: frozenset[str] = frozenset(
    _forms("ask") | _forms("call") | _forms("describe") | _forms("praise") | _forms("accuse") | _forms("hail")
    | _forms("criticise") | _forms("criticize") | _forms("dismiss") | _forms("reject")
    | _forms("blame") | _forms("whisper") | _forms("shout") | _forms("scream") | _forms("yell")
    | _forms("mutter") | _forms("exclaim") | _forms("quip", "quipped", None, "quipping")
    | _forms("read", "read")  # '“You watched a game,” she read.' (a statement read aloud), never 'read that …'
)
# ...of which the ways of speaking report a clause when 'that' opens it ('she whispered that the vote was lost',
# as 'joked that' above).
MANNER_THAT_CUES: frozenset[str] = frozenset(
    _forms("whisper") | _forms("shout") | _forms("scream") | _forms("yell") | _forms("mutter") | _forms("exclaim")
    | _forms("quip", "quipped", None, "quipping")
)
# 'hailed the first half as “the best 45 minutes …”': a verdict in quoted words, as 'described … as'
CALL_FORMS: frozenset[str] = frozenset(_forms("call") | _forms("describe") | _forms("brand") | _forms("dub", "dubbed")
                                       | _forms("hail"))
ACCUSE_FORMS: frozenset[str] = frozenset(_forms("accuse"))
RELAY_CUES: frozenset[str] = frozenset(_forms("quote") | _forms("cite"))
PARTICIPLE_CHAIN = frozenset({"adding", "saying", "noting", "arguing", "warning", "insisting", "explaining",
                              "stressing", "claiming", "suggesting", "telling", "stating", "writing",
                              "acknowledging", "conceding", "calling", "describing", "pointing",
                              # promises, charges and reminiscences open a second statement just the same
                              "promising", "vowing", "pledging", "asserting", "declaring", "predicting", "recalling",
                              "complaining", "accusing", "urging", "admitting", "boasting", "reiterating",
                              "cautioning", "contending", "maintaining", "countering", "emphasizing"})
NOT_CUE_FORMS = frozenset({"asked"})  # "Asked about X, she said" — participle, never the cue itself.
# Cues only with a particle: "pointed out that …" (not "pointed at the map"), "shot back" (not "shot a deer").
PARTICLE_CUES: dict[str, frozenset[str]] = {
    form: particles for (base, past, ing), particles in _PHRASAL_CUES.items() for form in _forms(base, past, None, ing)
}

DOCUMENT_NOUNS = frozenset({
    "report", "study", "survey", "poll", "inspection", "review", "inquiry", "investigation", "audit",
    "analysis", "research", "figures", "data", "statistics", "documents", "filing", "filings", "papers",
    "statement", "letter", "ruling", "judgment", "judgement", "findings", "assessment", "paper", "records",
})
# Findings speak through 'from'/'by' only: 'a survey of 1,200 tenants' does not speak for the tenants.
FINDINGS_NOUNS = frozenset({"survey", "poll", "review", "inquiry", "investigation", "audit", "analysis", "research",
                            "inspection", "assessment"})


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
    "college": frozenset({"college", "university", "academy"}),
    "chamber": frozenset({"chamber"}),
    "museum": frozenset({"museum", "gallery"}),
    "library": frozenset({"library"}),
    "academy": frozenset({"academy", "college", "school"}),
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
    # places and institutions: "Marsden Zoo … The zoo said" is the zoo, never its director
    "zoo": frozenset({"zoo", "park", "aquarium", "sanctuary"}),
    "aquarium": frozenset({"aquarium", "zoo"}),
    # 'Wexley Wildlife Park … Park director Ana Ruiz … The park said': the park speaks, not the one who runs it
    "park": frozenset({"park", "zoo", "sanctuary"}),
    "sanctuary": frozenset({"sanctuary", "zoo", "trust"}),
    "gallery": frozenset({"gallery", "museum"}),
    "theatre": frozenset({"theatre", "theater", "playhouse", "company"}),
    "orchestra": frozenset({"orchestra", "philharmonic", "symphony"}),
    "festival": frozenset({"festival"}),
    "prison": frozenset({"prison"}),
    "hospice": frozenset({"hospice", "trust"}),
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
ORG_NOUNS["management"] = ORG_NOUNS["company"] | {"management"}  # 'according to the management': the company's
ORG_NOUNS["franchise"] = ORG_NOUNS["club"] | {"franchise"}
# Musical and performing groups: 'folk group the Lantern Thieves … the band said'.
ENSEMBLE_NOUNS = frozenset({"band", "group", "choir", "orchestra", "ensemble", "troupe", "quartet", "quintet", "act",
                            "duo", "trio", "outfit", "company"})
for _noun in ("band", "choir", "orchestra", "ensemble", "troupe", "quartet", "quintet"):
    ORG_NOUNS[_noun] = ENSEMBLE_NOUNS
# Organisation nouns general enough to stand for any organisation of their kind ("a company spokesman").
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "organisation", "organization", "club", "team", "side"})
# Organisation name endings that make an unlabelled proper-noun chain an organisation.
# A company's line of business closing its name ('Halvorsen Chemicals', 'Corvid Airlines'): a firm, whatever the
# tagger called it.
BUSINESS_SUFFIXES = frozenset({
    "chemicals", "industries", "motors", "systems", "technologies", "pharmaceuticals", "airlines", "airways",
    "resources", "minerals", "metals", "logistics", "solutions", "enterprises", "laboratories", "electronics",
    "communications", "pictures", "studios", "entertainment", "brands", "stores", "investments", "ventures",
    "therapeutics", "biosciences", "semiconductors", "petroleum", "engineering", "shipping", "insurance",
})
ORG_SUFFIXES = frozenset(set().union(*ORG_NOUNS.values()) | BUSINESS_SUFFIXES | {
    "party", "police", "institute", "university", "college", "hospital", "press", "news", "agency", "times",
    "post", "ministry", "office", "tribunal", "court", "assessment", "securities", "capital", "fc",
    "chamber", "museum", "library", "academy", "school", "department",
}) - {"park"}  # "Marsden Zoo Park", yet "Ana Park" is a person
# Institutions the NER may call places ("Marsden Zoo" FAC): a name ending in one is an organisation.
INSTITUTION_NOUNS = frozenset({"zoo", "aquarium", "sanctuary", "museum", "gallery", "hospital", "hospice", "school",
                               "college", "university", "academy", "library", "theatre", "prison", "orchestra"})
# Lowercase words inside an organisation's name after its type word ("Royal College of Nursing",
# "Department for Education", "Chamber of Commerce").
ORG_CONNECTORS = frozenset({"of", "for", "on"})
# A spokesperson speaks for the organisation named after "for"/"of", or the last one named.
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople",
                          "statement", "source"})

# Quoted strings right after these are names, titles or labels, not quotes.
LABEL_TRIGGERS = frozenset({
    "nicknamed", "dubbed", "so-called", "titled", "entitled", "named", "branded", "slogan", "reading",
    "hashtag", "term", "phrase", "motto", "headline", "banner", "banners", "placards", "placard", "signs",
    "label", "labelled", "labeled", "tagline", "billed", "renamed", "chanted", "chanting", "sang", "singing",
    "brand", "codenamed", "code-named", "called", "nickname", "dub", "chant", "chants", "sign", "read", "word",
})
WORK_NOUNS = frozenset({
    "film", "movie", "book", "novel", "album", "song", "single", "play", "series", "show", "documentary",
    "feature", "painting", "exhibition", "programme", "program", "poem", "opera", "musical", "podcast",
    "column", "essay", "memoir", "track", "episode", "game", "app", "thriller", "drama", "comedy", "sitcom",
    "autobiography", "biography",
})
# Nouns that take a work's title after "of": 'a copy of “Great Expectations”', 'a new production of “Hamlet”'.
WORK_OF_NOUNS = frozenset({
    "copy", "copies", "edition", "editions", "production", "performance", "staging", "screening", "version",
    "translation", "adaptation", "remake", "sequel", "prequel", "chapter", "volume", "premiere", "cast", "author",
    "authors", "editor", "editors", "writer", "writers",
})
# Speaker predicates that end a reported clause when coordinated with the cue ("but declined to comment").
# Participles that put a question to someone ('Asked whether …, she said', 'Lind, pressed on the cost, replied').
QUESTION_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "challenged", "quizzed"})
CLAUSE_STOPPERS = frozenset({"declined", "refused", "declines", "refuses", "left", "walked", "hung"})

HYPHENS = frozenset({"-", "\u2010", "\u2011"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

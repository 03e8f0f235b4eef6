"""People lexicons: titles and role words before names, person descriptors, first names and gender cues,
role synonyms, kinship nouns, name particles and post-nominal letters.

Matched on `tnorm(token)` like everything in `lexicon`.
"""

from __future__ import annotations

from spacy.tokens import Token

# Honorifics, titles and role words stripped from names ("Deputy Foreign Minister Rauf Ganiev").
TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor", "sir",
    "dame", "lady", "lord", "baroness", "baron", "rev", "rev.", "reverend", "father", "sister", "brother",
    "councillor", "cllr", "councilman", "councilwoman", "alderman", "mayor", "sen", "sen.", "senator", "rep",
    "rep.", "representative", "gov", "gov.", "governor", "president", "vice", "minister", "secretary",
    "chancellor", "premier", "deputy", "assistant", "prime", "foreign", "defence", "defense", "interior",
    "finance", "health", "education", "home", "justice", "trade", "transport", "environment", "state",
    "general", "gen", "gen.", "col", "col.", "colonel", "major", "maj", "maj.", "capt", "capt.", "captain",
    "lt", "lt.", "lieutenant", "sgt", "sgt.", "sergeant", "detective", "inspector", "superintendent", "det",
    "insp", "supt", "cpl", "corporal", "cmdr",
    "chief", "constable", "officer", "commissioner", "judge", "magistrate", "coroner",
    "ambassador", "envoy", "king", "queen", "prince", "princess", "sheikh", "pope", "archbishop", "bishop",
    "coach", "manager", "director", "executive", "chairman", "chairwoman", "chair", "ceo", "spokesman",
    "spokeswoman", "spokesperson", "leader", "head", "mp", "mep", "mla", "speaker", "attorney", "auditor",
    "commander", "admiral", "marshal", "dean", "rabbi", "imam", "cardinal", "nurse", "pastor",
    "former", "acting", "interim", "outgoing", "incoming", "opposition", "shadow", "labour", "conservative",
    # US local and state offices written before a name ("Council Member Ana Ruiz", "Trustee Ana Ruiz")
    "member", "councilmember", "assemblymember", "assemblyman", "assemblywoman", "alderwoman", "trustee",
    "supervisor", "delegate", "del.", "selectman", "selectwoman", "legislator",
    # honorifics of West African copy ("Alhaji Musa Bello", "Hon. Ada Eze", "Engr. Tunde Ojo", "Comrade Ayo Ade")
    "alhaji", "alhaja", "hajia", "mallam", "malam", "hon", "hon.", "honourable", "honorable", "engr", "engr.",
    "comrade", "otunba", "barr", "barr.",
})
# Occupations written before a name ("Astronomer Claire Dubois", "striker Jonas Brandt").
ROLE_WORDS = frozenset({
    "astronomer", "analyst", "pundit", "economist", "astronaut", "scientist", "lawyer", "barrister", "solicitor", "teacher",
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
    "medic", "coxswain", "baker", "builder", "carpenter", "welder", "miner", "docker", "crofter", "shepherd",
    "gardener", "cleaner", "cook", "waiter", "waitress", "bartender", "barber", "tailor", "janitor", "porter",
    "guard", "soldier", "cadet", "technician", "programmer", "developer", "accountant", "surveyor", "planner",
    "librarian", "archivist", "therapist", "counsellor", "counselor", "lifeguard", "coastguard", "surfer",
    "skater", "trawlerman", "harbourmaster", "postman", "postwoman", "courier", "steward", "stewardess",
    "caretaker", "butcher", "grocer", "florist", "jeweller", "jeweler", "brewer", "winemaker", "potter",
    "sculptor", "illustrator", "animator", "influencer", "podcaster", "rapper", "drummer", "guitarist",
    "bassist", "pianist", "violinist", "cellist", "frontman", "frontwoman", "vocalist", "lyricist", "keeper",
    "rescuer", "diver", "skier", "rower", "sprinter", "golfer", "nanny", "childminder", "optician",
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
                    "councilman": "m", "councilwoman": "f", "assemblyman": "m", "assemblywoman": "f",
                    "selectman": "m", "selectwoman": "f", "alderwoman": "f"}

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
    "lawyer": frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister"}),
    "attorney": frozenset({"attorney", "lawyer", "counsel"}),
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
# Adjectives written capitalised before a role, never a role themselves ('Former', 'Acting', 'Shadow').
ADJ_TITLES = frozenset({"former", "acting", "interim", "outgoing", "incoming", "opposition", "shadow", "labour",
                        "conservative", "state", "home", "foreign", "general", "prime", "vice", "deputy",
                        "assistant", "chief", "head", "trade", "finance", "health", "education", "justice",
                        "transport", "environment", "interior", "defence", "defense", "leader"})
# Kinship nouns whose first-name appositive shares the possessor's surname ("his wife, Janet").
KIN_GENDER = {"wife": "f", "husband": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
              "father": "m", "mother": "f", "widow": "f", "widower": "m", "grandson": "m", "granddaughter": "f",
              "grandfather": "m", "grandmother": "f", "twin": None, "child": None}
# Lowercase particles inside a person's name ("Ursula von der Leyen", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al",
                            "el", "bin", "ibn", "ter", "ten", "dos", "das", "zu", "af", "vom", "vander", "st"})
# Letters after a person's name, not part of it ("Simon Hale QC", "Ann Lowe MP").
POSTNOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "jr", "jr.",
                          "sr", "sr.", "phd", "esq", "esq.", "td", "mla"})

# Endings of occupation nouns ("guitarist", "drummer", "curator", "librarian", "attendant", "trainee").
ROLE_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "ee")
# First names with an occupation-like ending, never role words ("Tyler Grant Hale").
_NAME_LIKE_ROLES = frozenset({"tyler", "taylor", "spencer", "hunter", "parker", "skyler", "harper", "trevor", "hector",
                              "jasper", "homer", "fletcher", "archer", "asher", "esther", "amber", "heather", "summer",
                              "jennifer", "eleanor", "oliver", "peter", "roger", "walter", "victor", "alexander",
                              "christopher", "conor", "connor", "declan", "brian", "julian", "adrian", "vivian",
                              "lillian", "gillian", "marian", "damian", "sebastian", "christian", "vincent", "brent",
                              "trent", "kent", "grant", "bryant"})
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "and", "but", "while", "as", "when"})
# Things and bodies with an occupation-like ending ('the state chapter … said' is the party's branch, not a person).
_THINGS_LIKE_ROLES = frozenset({"chapter", "letter", "newsletter", "paper", "number", "quarter", "center", "centre",
                                "order", "matter", "water", "power", "border", "corner", "chamber", "register",
                                "charter", "poster", "computer", "theater", "theatre", "shelter", "cluster", "disaster",
                                "cancer", "winter", "summer", "river", "tower", "cover", "offer", "answer", "filter",
                                "document", "statement", "government", "parliament", "department", "movement",
                                "agreement", "report", "factor", "sector", "motor", "mirror", "error",
                                "restaurant", "plant", "grant", "event", "moment", "comment", "argument"})


def capital_word(tok: Token) -> bool:
    """A word of letters with a capital first and not all in capitals: how a name is written ('Ruiz', not 'NHS')."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()


def known_first_name(word: str) -> bool:
    w = word.lower()
    return w in MALE_NAMES or w in FEMALE_NAMES


def role_prefix(tok: Token) -> bool:
    """An occupation written capitalised before a person's name at a clause start, absent from the tables
    ('Guitarist Sean Doherty', 'Curator Lise Berg'): not a first name itself, followed by a name of two words,
    and either the next word is a known first name or the word ends like an occupation noun."""
    if not capital_word(tok) or tok.tag_ not in ("NN", "NNP", "JJ") or len(tok.text) < 4:
        return False
    doc = tok.doc
    i = tok.i
    if i + 2 >= len(doc) or not (capital_word(doc[i + 1]) and capital_word(doc[i + 2])):
        return False
    if i > 0 and not (tok.is_sent_start or doc[i - 1].is_punct or doc[i - 1].lower_ in _CLAUSE_OPENERS):
        return False
    form = tok.lower_
    if known_first_name(form) or form in _NAME_LIKE_ROLES:
        return False
    if known_first_name(doc[i + 1].text):
        return True
    three = i + 3 >= len(doc) or not capital_word(doc[i + 3])
    # 'Meridian Northlight Pictures': a word the NER opens an organisation's name with is the name's first word
    org_word = tok.ent_iob_ == "B" and tok.ent_type_ in ("ORG", "FAC") and doc[i + 2].ent_iob_ == "I"
    return three and form.endswith(ROLE_SUFFIXES) and doc[i + 2].ent_type_ != "GPE" and not org_word


def person_noun(form: str) -> bool:
    """A common noun that can name a person ('the minister', 'the widow', 'the plasterer', 'the spokeswoman'),
    not a thing or an event ('the funeral', 'the meeting', 'the report', 'the storm')."""
    if form in _THINGS_LIKE_ROLES:
        return False
    return form in ROLE_WORDS or form in PERSON_DESCRIPTORS or form in DESCRIPTOR_GENDER or form in KIN_GENDER \
        or form in ROLE_SYNONYMS or form in TITLES or form.endswith(ROLE_SUFFIXES + ("man", "woman", "person", "ess",
                                                                                   "eer", "year-old", "ary"))

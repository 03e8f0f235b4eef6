"""A proper name beside a nominal subject: in apposition ('Her publisher, Anneke Voss,'), right after it without
commas ('the charity Open Doors'), set off by commas where the parser hung it elsewhere, or closing a subject whose
phrase or clause took it ('The charity which runs the food bank, Open Table, said'). Plain functions over spaCy
tokens, read by `mentions.select_mention`."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ORG_NOUNS, tnorm
from .orgnames import glued_hyphen
from .registry import is_title
from .roles import NAME_PARTICLES, PERSON_DESCRIPTORS
from .roles import ROLE_WORDS as ROLE_NOUNS
from .work_titles import is_work_title


def is_name_tok(t: Token) -> bool:
    if t.pos_ == "PROPN":  # 'National Unity bloc', 'Min-jae', 'de Klerk'; not 'the fisheries ministry'
        return not t.text[:1].islower() or tnorm(t) in NAME_PARTICLES or \
            (t.i > 0 and (glued_hyphen(t.doc, t.i - 1) or t.doc[t.i - 1].text[:1].isupper()))
    if t.pos_ == "PRON" or not t.text[:1].isupper():
        return False
    return t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (t.is_alpha and t.text.isupper() and len(t.text) > 1)


def appos_name(head: Token) -> Token | None:
    for child in head.rights:
        if child.dep_ == "appos" and (is_name_tok(child) or child.ent_type_ in ("PERSON", "ORG")):
            return None if is_work_title(child) else child
        org = tnorm(child) in ORG_NOUNS and child.text[:1].islower()  # "His employer, the broadcaster Radio X,"
        if child.dep_ == "appos" and (is_title(child) or tnorm(child) in ROLE_NOUNS | PERSON_DESCRIPTORS or org):
            # "Their chairman, retired headteacher Geoffrey Marsh-Whitby,": the name hangs off the second role
            named = next((g for g in child.rights if g.dep_ == "appos" and g.ent_type_ == "PERSON"
                          or org and g.dep_ == "appos" and g.ent_type_ == "ORG"), None)
            if named is not None:
                return named
        if child.dep_ == "conj" and child.ent_type_ == "ORG" and child.ent_iob_ == "B" and child.i > 0 and \
                child.nbor(-1).text == "," and tnorm(head) in ORG_NOUNS and head.text[:1].islower():
            # 'her publisher, Harrowgate & Finch, …': the '&' made the parser coordinate the name with the nominal
            ent = next(e for e in child.doc.ents if e.start == child.i)
            if any(t.text == "&" for t in ent):
                return child.doc[ent.end - 1]
    return closing_appos(head)


def stray_appos_name(head: Token) -> Token | None:
    """'quoted the council's head of regeneration, Alastair Fenwick-Boyd, as saying': a person's name set off by
    commas right after a singular description, which the parser hung elsewhere (on the verb). The name's last token."""
    doc = head.doc
    j = head.right_edge.i + 1
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(c.dep_ in ("det", "poss") for c in head.children) or \
            j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].ent_type_ != "PERSON" or doc[j + 1].ent_iob_ != "B":
        return None
    k = j + 1
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I" and doc[k + 1].ent_type_ == "PERSON":
        k += 1
    if k + 1 < len(doc) and doc[k + 1].text != ",":
        return None  # 'the minister, Ana Ruiz said': a new clause's subject, not an apposition
    if head.is_ancestor(doc[k]) or not is_name_tok(doc[k]):
        return None  # the parser's own apposition is read elsewhere
    return doc[k]


def entity_run_on(name: Token) -> Token:
    """'The pressure group Green Streets Now said': an entity the NER ran past the parser's name, over
    capitalised words, ends the name."""
    doc = name.doc
    k = name.i
    while k + 1 < len(doc) and name.ent_type_ in ("ORG", "PERSON") and doc[k + 1].ent_iob_ == "I" \
            and doc[k + 1].ent_type_ == name.ent_type_ and doc[k + 1].text[:1].isupper():
        k += 1
    return doc[k]


def adjacent_name(head: Token) -> Token | None:
    """'The charity Open Doors said', 'the watchdog Ofwat': a name right after a nominal, without commas, that
    the parser made a second subject or a sibling instead of an appositive. The last token of the name."""
    doc = head.doc
    j = head.i + 1
    if j >= len(doc) or not (is_name_tok(doc[j]) and doc[j].text[:1].isupper()) or doc[j].ent_type_ in ("DATE", "TIME"):
        return None
    named = doc[j].ent_iob_ == "B" and doc[j].ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC")
    k = j
    while k + 1 < len(doc):
        if k + 2 < len(doc) and glued_hyphen(doc, k + 1) and doc[k + 2].text[:1].isupper():
            k += 2  # 'principal Augustin Delacroix-Mensah': a double-barrelled surname
        elif (is_name_tok(doc[k + 1]) or (named and doc[k + 1].is_alpha)) and doc[k + 1].text[:1].isupper() \
                and doc[k + 1].ent_type_ not in ("DATE", "TIME"):
            k += 1  # "the charity Clean Air Now": a name the NER began here runs on over capitalised words
        else:
            break
    last = doc[k]
    if named and k > j and (k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("VERB", "AUX")):
        return last  # the parser tore the name apart ("Air" as punct, "Now" as an adverb)
    if any(last.head.i != t.i and not (j <= t.head.i <= k) for t in doc[j:k]):
        return None  # the words before the last must hang inside the name
    if last.head.i == head.i or (last.head.i == head.head.i and last.dep_ in ("nsubj", "nsubjpass", "appos")):
        return last
    if last.dep_ in ("dep", "appos", "npadvmod") and last.head.is_ancestor(head):
        return last  # "According to the charity Safe Roads Kent, …": the name hung on 'According'
    return None


def closing_appos(head: Token) -> Token | None:
    """', Name' closing a subject NP whose PP or relative clause took it: 'The charity which runs the food bank, Open
    Table, said', 'The company he drove for, Swiftcrate,' — the parser hangs the name inside, but it names the head."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ in ("NNS", "NNPS") or not any(c.dep_ in ("prep", "relcl", "acl") for c in head.rights):
        return None
    doc = head.doc
    last = head.right_edge.i
    while last > head.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    tok = doc[last]
    while tok.i > head.i and tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    # 'The chain that owns the site, Greave & Hollis, said': the parser joins the name to the site as a conjunct
    amp = tok.dep_ == "conj" and tok.i >= 2 and doc[tok.i - 1].text == "&" and tok.head.i == tok.i - 2
    first = tok.head if amp else tok
    if (tok.dep_ not in ("appos", "npadvmod") and not amp) or first.head.i == head.i or \
            not (is_name_tok(tok) or tok.ent_type_ in ("PERSON", "ORG")):
        return None
    left = first.left_edge.i
    while left >= 2 and glued_hyphen(doc, left - 1) and is_name_tok(doc[left - 2]):
        left = doc[left - 2].left_edge.i  # ', Imelda Fairbanks-Oyo,': the parser hung the surname's halves apart
    if left < 1 or doc[left - 1].text != "," or doc[left].text[:1].islower():
        return None
    return tok


def pronoun_appos_name(head: Token) -> Token | None:
    """'Another, Harold Venn, wrote that …', 'One, Ana Ruiz, said …': a pronoun standing for one of a group, with
    a person's name in apposition, is that person (the name's last token)."""
    if head.pos_ != "PRON" or head.lower_ not in ("another", "one", "others", "some"):
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)

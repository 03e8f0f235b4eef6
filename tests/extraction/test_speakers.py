"""Speaker resolution: canonical names, surnames, pronouns, nominals, descriptors."""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

CASES = [
    # (text, fragment, speaker, kind)
    ("Defence chief Ash Lee spoke in Oslo. Lee said talks had failed. “No,” he said.", "No", "Ash Lee", "person"),
    ("Defence chief Ash Lee spoke in Oslo. Lee said talks had failed.", "talks had failed", "Ash Lee", "person"),
    ("Mia Ford and her husband Tom Ford run the shop. “Never,” Mrs Ford said.", "Never", "Mia Ford", "person"),
    ("The council's leader, Councillor Dan Amos, said the pool would close.", "pool", "Dan Amos", "person"),
    ("Local angler Ray Dunn has fished here for years. “Gone,” the 72-year-old said.", "Gone", "Ray Dunn",
     "person"),
    ("Avelside Water, which was fined last year, faces an inquiry. The company said it would cooperate.",
     "cooperate", "Avelside Water", "organisation"),
    ("Ms Eva Park met Tom Hale on Monday. She said talks would go on.", "talks would", "Eva Park", "person"),
    ("“A deal is close,” said Jo Park, who hired Tom Hale. “We need a week,” he said.", "a week", "Jo Park",
     "person"),
    ("Dr. Amara Nwosu, the state epidemiologist, said cases had doubled.", "cases", "Amara Nwosu", "person"),
    ("Council leader Mark Dean, 54, said the budget was balanced. His deputy, Sarah Cole, disagreed. "
     "“It is not,” she said.", "It is not", "Sarah Cole", "person"),
    ("Sarah Cole met Mark Dean on Tuesday. He said the talks had been useful.", "useful", "Mark Dean", "person"),
    ("The airline said flights would resume. It added that passengers would get refunds.", "refunds",
     "The airline", "organisation"),
    ("Protesters said they would return. They said the council had ignored them.", "ignored", "Protesters",
     "group"),
    ("The union Unite said it would ballot members. A spokesperson for the union said the offer was an insult.",
     "insult", "Unite", "organisation"),
    ("The Red Lantern Society, a humanitarian group, runs camps. The group warned that food was short.",
     "food was short", "Red Lantern Society", "organisation"),
    ("According to the independent Fiscal Council, growth will slow. The council said the plan was fragile.",
     "fragile", "Fiscal Council", "organisation"),
    ("Asked about the row, chief executive Omar Said told reporters: “We are funded.”", "funded", "Omar Said",
     "person"),
    ("Jane Doe, a nurse, said staff were tired. “We are running on empty,” she said. “Something has to give.”",
     "Something has to give", "Jane Doe", "person"),
    ("Director Elif Sarac's film won. “This is for my father,” she told the audience.", "my father",
     "Elif Sarac", "person"),
    ("Astronomer Claire Dubois said the pole was hard to reach.", "pole", "Claire Dubois", "person"),
    ("The Environment Protection Agency said fish had died.", "fish had died", "Environment Protection Agency",
     "organisation"),
]


@pytest.mark.parametrize("text, fragment, speaker, kind", CASES)
def test_speaker(extract, text, fragment, speaker, kind):
    q = find(extract(text), fragment)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_mention_offsets_point_at_the_mention(extract):
    text = "Its operations director, Fiona Marsh, said repairs would continue."
    q = find(extract(text), "repairs")
    assert q.speaker == "Fiona Marsh"
    assert text[q.mention_start:q.mention_end] == q.speaker_mention == "Its operations director, Fiona Marsh"


def test_pronoun_with_rivals_is_less_confident(extract):
    one = find(extract("Eva Park met Tom Hale. She said talks would go on."), "talks")
    two = find(extract("Eva Park met Ana Ruiz. She said talks would go on."), "talks")
    assert two.confidence < one.confidence


def test_unresolved_pronoun_is_below_the_display_threshold(extract):
    q = find(extract("“I don't know,” she said."), "know")
    assert q.speaker is None and q.confidence < 0.5


def test_confidence_orders_cue_over_chain_over_floating(extract):
    quotes = extract("Ana Ruiz spoke at length.\n\n“We won,” Ana Ruiz said. “Now we rest.”\n\n“Tomorrow we train.”")
    cue, chain, floating = (find(quotes, f) for f in ("We won", "Now we rest", "Tomorrow"))
    assert cue.confidence > chain.confidence > floating.confidence

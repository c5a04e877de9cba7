"""Name propagation finds later whole-word uses of a name, as its regex did."""

from __future__ import annotations

import re

from kabar.model import Mention
from kabar.nlp import propagate_names, whole_word_hits

TEXT = (
    "Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing. Sugiono mengatakan "
    "kerja sama berjalan baik. Pro-Sugiono, Sugiono_2 dan Sugiono2 bukan nama itu, "
    "tetapi (Sugiono) dan 'Sugiono' adalah dia. SugionoSugiono juga bukan. Sugiono"
)


def regex_hits(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def test_whole_word_hits_match_the_word_boundary_regex():
    for word in ("Sugiono", "Wang Yi", "Yi", "Beijing", "ono", "S"):
        assert list(whole_word_hits(TEXT, word)) == regex_hits(TEXT, word)
    hits = list(whole_word_hits(TEXT, "Sugiono"))
    assert [TEXT[h - 1] for h in hits[1:]] == [" ", "(", "'", " "]
    assert hits[-1] == len(TEXT) - len("Sugiono")  # a name ending the text counts
    accented = "Ilhan Omar dan Ömar, Ömarović serta Ömar."
    assert list(whole_word_hits(accented, "Ömar")) == regex_hits(accented, "Ömar") == [15, 36]


def test_later_family_name_becomes_a_person_mention():
    text = "Presiden Prabowo Subianto tiba di Tokyo. Subianto disambut Perdana Menteri Jepang."
    full = Mention(9, 25, "Prabowo Subianto", "PER", "ner-model")
    found = propagate_names(text, [full])
    assert [(m.text, m.start, m.label) for m in found] == [("Subianto", 41, "PER")]

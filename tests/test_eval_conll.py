"""Span F1 counts exactly what conlleval counts, on hand-made cases."""

from pathlib import Path

import pytest

from kabar.evaluation.conll import (
    char_spans_to_token_spans,
    evaluate_ner_file,
    map_tag,
    read_conll,
    span_f1,
    spans_to_tags,
    tags_to_spans,
)

GOLD = ["B-PER", "I-PER", "O", "B-LOC", "O"]


def test_perfect_match():
    result = span_f1([GOLD], [GOLD])
    assert result["micro"]["f1"] == 1.0
    assert result["types"]["PER"]["tp"] == 1 and result["types"]["LOC"]["tp"] == 1


def test_boundary_error_is_false_positive_and_false_negative():
    pred = ["B-PER", "O", "O", "B-LOC", "O"]
    micro = span_f1([GOLD], [pred])["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (1, 1, 1)
    assert micro["precision"] == 0.5 and micro["recall"] == 0.5 and micro["f1"] == 0.5


def test_type_error_counts_against_both_types():
    pred = ["B-ORG", "I-ORG", "O", "B-LOC", "O"]
    result = span_f1([GOLD], [pred])
    assert result["types"]["PER"]["fn"] == 1 and result["types"]["PER"]["f1"] == 0.0
    assert result["types"]["ORG"]["fp"] == 1
    assert result["types"]["LOC"]["f1"] == 1.0


def test_empty_cases():
    assert span_f1([], [])["micro"]["f1"] == 0.0
    nothing = span_f1([["O", "O"]], [["O", "O"]])
    assert nothing["micro"]["tp"] == nothing["micro"]["fp"] == nothing["micro"]["fn"] == 0
    missed = span_f1([GOLD], [["O"] * 5])["micro"]
    assert (missed["tp"], missed["fn"], missed["recall"]) == (0, 2, 0.0)


def test_labels_restrict_scoring():
    pred = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]
    assert span_f1([GOLD], [pred], labels=["PER", "LOC"])["micro"]["f1"] == 1.0


def test_misaligned_input_is_rejected():
    with pytest.raises(ValueError):
        span_f1([GOLD], [])
    with pytest.raises(ValueError):
        span_f1([GOLD], [["O"]])


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        (["I-PER", "I-PER", "B-PER"], [(0, 2, "PER"), (2, 3, "PER")]),  # IOB1
        (["S-LOC", "B-ORG", "I-ORG", "E-ORG"], [(0, 1, "LOC"), (1, 4, "ORG")]),  # IOBES
        (["U-LOC", "B-PER", "L-PER", "O"], [(0, 1, "LOC"), (1, 3, "PER")]),  # BILOU
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        (["O", "I-ORG", "O"], [(1, 2, "ORG")]),
        ([], []),
    ],
)
def test_tags_to_spans(tags, spans):
    assert tags_to_spans(tags) == spans


def test_spans_round_trip():
    spans = [(0, 2, "PER"), (3, 4, "LOC")]
    assert tags_to_spans(spans_to_tags(5, spans)) == spans


def test_map_tag():
    renames = {"PERSON": "PER", "GPE": "LOC"}
    assert map_tag("B-PERSON", renames) == "B-PER"
    assert map_tag("I-GPE", renames) == "I-LOC"
    assert map_tag("B-EVT", renames) == "O"
    assert map_tag("O", renames) == "O"


def test_read_conll_formats(tmp_path: Path):
    tab = tmp_path / "tab.tsv"
    tab.write_text("Joko\tB-PERSON\nke\tO\nBogor\tB-PLACE\n\n\nIa\tO\n", encoding="utf-8")
    assert read_conll(tab, tag_map={"PERSON": "PER", "PLACE": "LOC"}) == [
        [("Joko", "B-PER"), ("ke", "O"), ("Bogor", "B-LOC")],
        [("Ia", "O")],
    ]
    spaced = tmp_path / "spaced.txt"
    spaced.write_text("Joko PROPN B-PER\r\ndatang VERB O\r\n", encoding="utf-8")
    assert read_conll(spaced) == [[("Joko", "B-PER"), ("datang", "O")]]
    assert read_conll(spaced, tag_column=1) == [[("Joko", "PROPN"), ("datang", "VERB")]]


def test_char_spans_to_token_spans():
    tokens = ["Joko", "Widodo", "ke", "Bogor", "."]  # "Joko Widodo ke Bogor ."
    assert char_spans_to_token_spans(tokens, [(0, 11, "PER"), (15, 20, "LOC")]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
    ]
    assert char_spans_to_token_spans(tokens, [(1, 3, "PER")]) == [(0, 1, "PER")]


class _Fixed:
    """A stand-in model returning fixed character spans."""

    def __init__(self, answers):
        self.answers = answers

    def predict_many(self, texts):
        for text, answer in zip(texts, self.answers, strict=True):
            assert text in ("Joko Widodo ke Bogor .", "Ia pulang")
            yield answer


def test_evaluate_ner_file(tmp_path: Path):
    path = tmp_path / "test.txt"
    path.write_text(
        "Joko B-PER\nWidodo I-PER\nke O\nBogor B-LOC\n. O\n\nIa O\npulang O\n", encoding="utf-8"
    )
    model = _Fixed([[(0, 4, "PER"), (15, 20, "LOC")], [(0, 2, "ORG")]])
    result = evaluate_ner_file(model, path, "idner")
    assert (result["micro"]["tp"], result["micro"]["fp"], result["micro"]["fn"]) == (1, 2, 1)
    assert result["sentences"] == 2 and result["tokens"] == 7
    with pytest.raises(ValueError):
        evaluate_ner_file(model, path, "no-such-corpus")


class _FixedTokens:
    """A stand-in tagger of gold tokens returning fixed token spans."""

    def __init__(self, answers):
        self.answers = answers

    def tag_tokens(self, sentences):
        assert [list(s) for s in sentences] == [
            ["Joko", "Widodo", "ke", "Bogor", "."],
            ["Ia", "pulang"],
        ]
        return self.answers


def test_token_taggers_score_the_gold_tokens(tmp_path: Path):
    path = tmp_path / "test.txt"
    path.write_text(
        "Joko B-PER\nWidodo I-PER\nke O\nBogor B-LOC\n. O\n\nIa O\npulang O\n", encoding="utf-8"
    )
    model = _FixedTokens([[(0, 2, "PER"), (3, 4, "ORG")], []])
    result = evaluate_ner_file(model, path, "idner")
    assert (result["micro"]["tp"], result["micro"]["fp"], result["micro"]["fn"]) == (1, 1, 1)
    assert result["types"]["PER"]["f1"] == 1.0 and result["types"]["LOC"]["recall"] == 0.0


def test_conll_scores_model_and_pipeline_apart(tmp_path: Path):
    from kabar.evaluation.stages import evaluate_ner_conll

    path = tmp_path / "test.txt"
    path.write_text(
        "Joko B-PER\nWidodo I-PER\nke O\nBogor B-LOC\n. O\n\nIa O\npulang O\n", encoding="utf-8"
    )
    model = _FixedTokens([[(0, 2, "PER"), (3, 4, "LOC")], []])
    pipeline = _Fixed([[(0, 4, "PER"), (15, 20, "LOC")], []])
    result = evaluate_ner_conll([("idner", path)], model=model, pipeline=pipeline)["idner"]
    assert result["micro"]["f1"] == 1.0
    assert result["pipeline"]["micro"]["tp"] == 1 and result["pipeline"]["micro"]["fp"] == 1

"""Measuring kabar's components against annotated corpora."""

from kabar.evaluation.conll import evaluate_ner_file, read_conll, span_f1, tags_to_spans

__all__ = ["evaluate_ner_file", "read_conll", "span_f1", "tags_to_spans"]

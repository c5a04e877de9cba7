"""Language detection: clear Indonesian is decided by its words, the rest by lingua."""

from __future__ import annotations

import pytest

from kabar.config import Config
from kabar.context import Context, build_language_detector
from kabar.lexicons import load_lexicons
from kabar.metadata import clearly_indonesian, detect_language

INDONESIAN = (
    "Kepolisian Daerah Jawa Barat menahan dua orang yang diduga terlibat dalam kasus "
    "penipuan investasi di Bandung pada Senin (14/10). Kepala Bidang Humas mengatakan "
    "bahwa kedua tersangka menawarkan keuntungan 20 persen setiap bulan kepada para "
    "korban. Polisi juga menyita uang tunai, dua mobil dan sejumlah dokumen dari kantor "
    "mereka karena diduga berkaitan dengan kejahatan tersebut."
)
MALAY = (
    "Polis Diraja Malaysia menahan dua lelaki yang dipercayai terlibat dalam kes penipuan "
    "pelaburan di Shah Alam pada Isnin. Ketua polis daerah berkata bahawa kedua-dua suspek "
    "menawarkan keuntungan 20 peratus setiap bulan kepada mangsa. Pihak polis turut "
    "merampas wang tunai dan beberapa dokumen dari pejabat mereka kerana dipercayai "
    "berkaitan dengan jenayah tersebut."
)
ENGLISH = (
    "West Java police have detained two people suspected of running a fraudulent "
    "investment scheme in Bandung on Monday. A police spokesman said that the suspects "
    "promised victims a monthly return of 20 percent and that officers seized cash, two "
    "cars and documents from their office."
)


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(Config(), load_lexicons(), language_detector=build_language_detector())


def test_clear_indonesian_is_decided_by_its_words_and_lingua_agrees(ctx: Context) -> None:
    assert clearly_indonesian(INDONESIAN)
    assert detect_language(INDONESIAN, ctx) == "id"
    language = ctx.language_detector.detect_language_of(INDONESIAN)
    assert language.iso_code_639_1.name.lower() == "id"


def test_malay_spellings_send_the_text_to_the_detector(ctx: Context) -> None:
    assert not clearly_indonesian(MALAY)
    assert detect_language(MALAY, ctx) == "ms"


def test_english_has_too_few_shared_function_words(ctx: Context) -> None:
    assert not clearly_indonesian(ENGLISH)
    assert detect_language(ENGLISH, ctx) == "en"


def test_short_or_thin_evidence_is_not_clear() -> None:
    assert not clearly_indonesian("Polisi menahan dua orang karena penipuan.")  # too short
    # Long enough, but only one Indonesian-only form ("karena"): left to the detector.
    one_form = INDONESIAN.replace("bahwa", "").replace("persen", "").replace("Polisi", "")
    one_form = one_form.replace("uang", "").replace("mobil", "").replace("kantor", "")
    one_form = one_form.replace("Senin", "")
    assert not clearly_indonesian(one_form)

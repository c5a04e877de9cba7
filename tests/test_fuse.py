"""Fusion: one event from many reports, never merging events whose dates differ."""

from dataclasses import replace

from kabar.config import FuseConfig
from kabar.fuse import (
    dateline_published,
    fuse,
    fuse_events,
    numeric_contradictions,
    people_of,
)
from kabar.fuse_compare import dateline_year, retellable
from kabar.fuse_copies import copied_trigger
from kabar.model import Article, Claim, EntityRef, Event, Mention, Place, Source


def ref(actor_id: str, name: str) -> EntityRef:
    return EntityRef(actor_id, name, name, "person", "IRN", "GOV")


def report(article_id: str, date: str, kind: str = "CONSULT", precision: str = "day") -> Event:
    return Event(
        id=f"evt_{article_id}_{date}",
        event=kind,
        mode=[],
        context=[],
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        actor=[ref("a1", "Hossein Amir-Abdollahian")],
        recipient=[ref("a2", "Ismail Haniyeh")],
        event_loc=None,
        negated=False,
        hypothetical=False,
        reported_by=[],
        sources=[Source(article_id, "Outlet " + article_id, "kalimat", 0, 7, published=date)],
        confidence=0.7,
    )


def sentence_source(
    article_id: str, sentence: str, trigger_at: int, published: str, start: int = 0
) -> Source:
    """One sentence of outlet ``article_id`` starting at ``start``, its trigger at
    ``trigger_at`` within it."""
    return Source(
        article_id,
        "Outlet " + article_id,
        sentence,
        start,
        start + len(sentence),
        trigger_start=start + trigger_at,
        published=published,
    )


def test_reports_of_one_meeting_become_one_event_with_every_source():
    events = fuse_events([report("A", "2023-10-14"), report("B", "2023-10-14")], {})
    assert len(events) == 1
    assert {s.article_id for s in events[0].sources} == {"A", "B"}
    assert events[0].confidence > 0.7  # corroborated


def test_same_pair_meeting_twice_in_two_weeks_is_two_events():
    events = fuse_events([report("A", "2023-10-14"), report("B", "2023-10-31")], {})
    assert len(events) == 2


def test_loosely_dated_reports_are_not_merged():
    events = fuse_events(
        [report("A", "2023-10", precision="month"), report("B", "2023-10", precision="month")], {}
    )
    assert len(events) == 2


def test_symmetric_meeting_merges_whoever_is_named_first():
    a, b = report("A", "2023-10-14"), report("B", "2023-10-14")
    b.actor, b.recipient = b.recipient, b.actor
    assert len(fuse_events([a, b], {})) == 1


def test_actor_mapping_merges_spelling_variants():
    a, b = report("A", "2023-10-14"), report("B", "2023-10-14")
    b.actor = [ref("a1-variant", "Amir-Abdullahian")]
    assert len(fuse_events([a, b], {})) == 2
    assert len(fuse_events([a, b], {"a1-variant": "a1"})) == 1


def claim(article_id, value, qualifier, as_of, attributed="Kementerian Kesehatan Gaza"):
    return Claim(
        id=f"clm_{article_id}_{value}",
        article_id=article_id,
        kind="killed",
        value=value,
        value_max=None,
        qualifier=qualifier,
        subject="warga Palestina",
        subject_country="PSE",
        since="2023-10-07",
        as_of=as_of,
        attributed_to_text=attributed,
        attributed_to_actor_id=None,
        sentence=f"{value} warga Palestina tewas",
        start=0,
        end=10,
    )


def articles_with(*claims):
    out = []
    for c in claims:
        article = Article.from_input(c.article_id, c.article_id)
        article.id = c.article_id
        article.claims = [c]
        out.append(article)
    return out


def test_disagreeing_figures_on_the_same_day_conflict():
    found = numeric_contradictions(
        articles_with(
            claim("A", 8525, "exactly", "2023-10-31"), claim("B", 9000, "exactly", "2023-10-31")
        )
    )
    assert [(c.kind, c.severity) for c in found] == [("numeric_conflict", "high")]


def test_a_later_figure_from_the_same_source_is_a_revision():
    found = numeric_contradictions(
        articles_with(
            claim("A", 8525, "exactly", "2023-10-31"),
            claim("B", 11000, "more_than", "2023-11-16"),
        )
    )
    assert [(c.kind, c.severity) for c in found] == [("numeric_revision", "low")]


def test_a_later_larger_figure_from_another_source_is_no_contradiction():
    found = numeric_contradictions(
        articles_with(
            claim("A", 8525, "exactly", "2023-10-31"),
            claim("B", 11000, "more_than", "2023-11-16", attributed="pejabat PBB"),
        )
    )
    assert found == []


def test_a_later_smaller_figure_from_another_source_conflicts():
    found = numeric_contradictions(
        articles_with(
            claim("A", 11000, "more_than", "2023-11-16"),
            claim("B", 8000, "exactly", "2023-11-20", attributed="militer Israel"),
        )
    )
    assert [(c.kind, c.severity) for c in found] == [("numeric_conflict", "medium")]


def test_qualified_figures_that_can_both_be_true_do_not_conflict():
    found = numeric_contradictions(
        articles_with(
            claim("A", 8000, "at_least", "2023-10-31"), claim("B", 8525, "exactly", "2023-10-31")
        )
    )
    assert found == []


def test_fuse_assigns_stories_through_shared_events():
    a, b = Article.from_input("a", "a"), Article.from_input("b", "b")
    a.id, b.id = "A", "B"
    a.events, b.events = [report("A", "2023-10-14")], [report("B", "2023-10-14")]
    result = fuse([a, b], {}, FuseConfig())
    assert result.story_of["A"] == result.story_of["B"]
    assert len(result.events) == 1


def test_fused_event_counts_outlets_and_first_report():
    a, b = report("A", "2023-10-14"), report("B", "2023-10-14")
    b.sources[0].published = "2023-10-15"
    (event,) = fuse_events([b, a], {})
    assert event.corroboration == 2
    assert event.first_reported == "2023-10-14"


def test_a_report_naming_a_subset_of_participants_joins_in_one_story():
    a, b = report("A", "2023-10-14"), report("B", "2023-10-14")
    b.recipient = []
    assert len(fuse_events([a, b], {})) == 2  # different stories: too weak
    assert len(fuse_events([a, b], {}, {"A": "s1", "B": "s1"})) == 1


def test_an_inquiry_naming_no_target_joins_another_outlet_only_in_its_story():
    """An inquiry with no target ("KPK sedang mengusut") names no case: two stories of one
    day may be two inquiries."""
    texts = {
        "A": "Angka itu berasal dari perkara yang sedang diusut KPK.",
        "B": "KPK tengah mengusut dugaan korupsi pengadaan bibit di sebuah kementerian.",
    }
    reports = []
    for article_id, sentence in texts.items():
        r = replace(report(article_id, "2025-10-21", kind="ACCUSE"), recipient=[])
        at = sentence.index("usut")
        r.sources = [sentence_source(article_id, sentence, at, "2025-10-21")]
        reports.append(r)
    assert len(fuse_events(reports, {})) == 2
    assert len(fuse_events(reports, {}, {"A": "s1", "B": "s1"})) == 1


def test_month_dated_report_joins_the_one_day_dated_event_of_its_story():
    day, month = report("A", "2023-10-14"), report("B", "2023-10", precision="month")
    assert len(fuse_events([day, month], {})) == 2
    assert len(fuse_events([day, month], {}, {"A": "s1", "B": "s1"})) == 1


def test_month_dated_report_with_two_candidates_joins_none():
    first, second = report("A", "2023-10-14"), report("C", "2023-10-28")
    month = report("B", "2023-10", precision="month")
    stories = {"A": "s1", "B": "s1", "C": "s1"}
    events = fuse_events([first, second, month], {}, stories)
    assert sorted(len(e.sources) for e in events) == [1, 1, 1]


def yearless(article_id: str, day_month: str, weekday: int | None = None) -> Event:
    """A report of an article without a publication date, its text stating only a day
    and month ("Selasa (12/3)", "pada 14 Maret")."""
    undated = replace(report(article_id, "", precision="unknown"), date=None)
    undated.sources = [replace(s, published=None) for s in undated.sources]
    return replace(undated, day_month=day_month, weekday=weekday)


def test_day_and_month_without_a_year_join_that_day_of_the_story():
    dated = report("A", "2023-03-14")
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([dated, yearless("B", "--03-14")], {}, stories)) == 1
    assert len(fuse_events([dated, yearless("B", "--03-14", weekday=2)], {}, stories)) == 1
    assert len(fuse_events([dated, yearless("B", "--03-14")], {})) == 2  # not one story
    fuller = yearless("B", "--03-14")  # names more: the fused record's participants
    fuller.recipient = fuller.recipient + [ref("a3", "Ali Bagheri Kani")]
    (event,) = fuse_events([dated, fuller], {}, stories)
    assert (event.date, event.day_month, event.weekday) == ("2023-03-14", None, None)


def test_day_and_month_without_a_year_never_join_another_day():
    dated = report("A", "2023-03-14")
    stories = {"A": "s1", "B": "s1"}
    for other in ("--04-14", "--03-28", "--03-13"):  # the same pair may meet again
        assert len(fuse_events([dated, yearless("B", other)], {}, stories)) == 2
    # 14 March 2023 was a Tuesday: "Rabu (14/3)" is that day of another year
    assert len(fuse_events([dated, yearless("B", "--03-14", weekday=3)], {}, stories)) == 2


def test_two_reports_without_a_year_on_different_days_stay_apart():
    one, other = yearless("A", "--03-12"), yearless("A", "--03-14")
    other.id += "-2"
    assert len(fuse_events([one, other], {})) == 2
    again = replace(yearless("A", "--03-12"), id=other.id)
    assert len(fuse_events([one, again], {})) == 1


def test_phone_call_is_not_the_meeting():
    meeting, call = report("A", "2023-10-14"), report("B", "2023-10-14")
    call.mode = ["phone"]
    assert len(fuse_events([meeting, call], {})) == 2


def test_an_abduction_is_not_the_attack_told_beside_it():
    # "KKB menyerang Distrik Kiwirok dan menewaskan dua guru" / "KKB menyandera pilot":
    # one group, one target, one day, two acts; two outlets' abductions are one
    attack, abduction = report("A", "2023-02-07", "ASSAULT"), report("B", "2023-02-07", "ASSAULT")
    abduction.mode = ["abduct"]
    assert len(fuse_events([attack, abduction], {})) == 2
    other = report("C", "2023-02-07", "ASSAULT")
    other.mode = ["abduct"]
    assert len(fuse_events([attack, abduction, other], {})) == 2


def test_meetings_in_different_countries_are_not_merged():
    a, b = report("A", "2023-10-14"), report("B", "2023-10-14")
    a.event_loc = Place("Doha", "Doha", "QAT")
    b.event_loc = Place("Moskow", "Moskow", "RUS")
    assert len(fuse_events([a, b], {})) == 2


def test_a_venue_one_outlet_writes_short_is_the_place_another_writes_in_full():
    # "di kantor Bawaslu RI" / "di kantor Bawaslu RI, Jalan Thamrin, Jakarta Pusat": one
    # venue, the gazetteer knowing only the fuller one's city
    a, b = report("A", "2024-02-20"), report("B", "2024-02-20")
    a.event_loc = Place("kantor Bawaslu RI", None, "IDN")
    b.event_loc = Place(
        "kantor Bawaslu RI, Jalan Thamrin, Jakarta Pusat", "Jakarta Pusat", "IDN", kind="city"
    )
    assert len(fuse_events([a, b], {})) == 1
    # another venue, or two places the gazetteer knows apart, or another country: apart
    b.event_loc = Place("kantor KPU RI, Jakarta Pusat", "Jakarta Pusat", "IDN", kind="city")
    assert len(fuse_events([a, b], {})) == 2
    a.event_loc = Place("Bandung", "Bandung", "IDN", kind="city")
    b.event_loc = Place("Bandung Barat", "Bandung Barat", "IDN", kind="city")
    assert len(fuse_events([a, b], {})) == 2
    a.event_loc = Place("Papua", None, "IDN")
    b.event_loc = Place("Papua Nugini", None, "PNG")
    assert len(fuse_events([a, b], {})) == 2


def test_headline_and_lead_of_one_article_merge():
    lead = report("A", "2023-10-14")
    again = report("A", "2023-10-14")
    again.id = "evt_A_again"
    again.sources = [Source("A", "Outlet A", "kalimat dua", 10, 20, published="2023-10-14")]
    again.recipient = []
    (event,) = fuse_events([lead, again], {})
    assert len(event.sources) == 2 and event.corroboration == 1


def test_opposite_polarity_is_never_merged_but_contradicts():
    from kabar.contradictions import event_contradictions

    said, denied = report("A", "2023-10-14"), report("B", "2023-10-14")
    denied.negated = True
    events = fuse_events([said, denied], {})
    assert len(events) == 2
    found = event_contradictions([], list(events), {}, {"A": "s1", "B": "s1"})
    assert [c.kind for c in found] == ["event_polarity"]


def test_numeric_totals_and_subgroups_are_not_compared():
    total = claim("A", 3500, "more_than", "2023-10-14")
    total.subject, total.subject_country = "orang", None
    later = claim("B", 1400, "exactly", "2023-10-20", attributed="pejabat Israel")
    later.subject, later.subject_country = "orang", None
    assert numeric_contradictions(articles_with(total, later)) == []


def test_almost_and_more_than_figures_of_one_day_do_not_conflict():
    # "hampir 9.000" (up_to) and "lebih dari 8.500" (more_than) can both be true
    almost = claim("A", 9000, "up_to", "2023-10-31")
    more = claim("B", 8500, "more_than", "2023-10-31", attributed="pejabat PBB")
    assert numeric_contradictions(articles_with(almost, more)) == []
    fewer = claim("C", 9500, "at_least", "2023-10-31", attributed="pejabat PBB")
    assert [c.kind for c in numeric_contradictions(articles_with(almost, fewer))] == [
        "numeric_conflict"
    ]


def test_figures_of_different_periods_are_not_compared():
    since_war = claim("A", 8525, "exactly", "2023-10-31")
    this_week = claim("B", 700, "exactly", "2023-10-31", attributed="pejabat PBB")
    this_week.since = "2023-10-24"  # "dalam sepekan terakhir": another period
    assert numeric_contradictions(articles_with(since_war, this_week)) == []


def statement(article_id: str, sentence: str, trigger_at: int) -> Event:
    event = report(article_id, "2022-06-30", kind="AGREE")
    event.actor = [ref("jokowi", "Joko Widodo")]
    event.recipient = [ref("putin", "Vladimir Putin")]
    event.sources = [sentence_source(article_id, sentence, trigger_at, "2022-06-30", start=100)]
    return event


def test_two_outlets_merge_a_statement_only_when_they_say_the_same():
    bridge = statement(
        "A",
        "Jokowi menyatakan kesiapan Indonesia menjembatani komunikasi antara Putin dan Zelensky.",
        7,
    )
    same = statement("B", "Joko Widodo siap menjadi jembatan komunikasi bagi Vladimir Putin.", 12)
    other = statement("C", "Joko Widodo menawarkan kerja sama pasokan gandum kepada Putin.", 12)
    assert len(fuse_events([bridge, same], {})) == 1
    assert len(fuse_events([bridge, other], {})) == 2  # two offers made the same day
    assert len(fuse_events([same, other], {}, {"B": "s1", "C": "s1"})) == 2


def said_by(
    speaker: EntityRef, article_id: str, sentence: str, trigger_at: int, start: int = 100
) -> Event:
    """A statement of ``speaker`` alone, the sentence starting at ``start``."""
    event = statement(article_id, sentence, trigger_at)
    event.id = f"evt_{article_id}_{start}"
    event.actor, event.recipient = [speaker], []
    event.sources[0].start, event.sources[0].trigger_start = start, start + trigger_at
    return event


def test_statements_sharing_only_the_topic_of_one_appearance_stay_apart():
    # one minister, one press conference, two statements on rice; another outlet reports one
    def said(article_id: str, sentence: str, trigger_at: int, start: int = 100) -> Event:
        return said_by(ref("mendag", "Budi Santoso"), article_id, sentence, trigger_at, start)

    stock = said("A", "Budi Santoso menjamin stok beras nasional aman hingga akhir tahun.", 13)
    imports = said("A", "Budi Santoso juga siap membuka impor beras dari Vietnam.", 18, 300)
    other = said("B", "Mendag memastikan stok beras nasional aman sampai Desember.", 7)
    stories = {"A": "s1", "B": "s1"}
    events = fuse_events([stock, imports, other], {}, stories)
    assert sorted(len(e.sources) for e in events) == [1, 2]
    (merged,) = [e for e in events if len(e.sources) == 2]
    assert {(s.article_id, s.start) for s in merged.sources} == {("A", 100), ("B", 100)}


def test_requests_naming_no_one_asked_need_more_than_one_shared_word():
    # one governor, one day, two outlets: rice prices brought down, and a market rebuilt.
    # Neither names whom he asks; "pasar" alone does not make them one request
    def asked(article_id: str, sentence: str, recipient: list[EntityRef]) -> Event:
        event = said_by(ref("luthfi", "Ahmad Luthfi"), article_id, sentence, 7)
        event.event, event.recipient = "REQUEST", recipient
        return event

    prices = "Luthfi meminta harga beras di pasar Semarang segera diturunkan."
    market = "Luthfi meminta bangunan pasar Johar yang terbakar direnovasi tahun depan."
    again = "Luthfi meminta harga beras segera diturunkan di semua pasar."
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([asked("A", prices, []), asked("B", market, [])], {}, stories)) == 2
    # the same request retold: one
    assert len(fuse_events([asked("A", prices, []), asked("B", again, [])], {}, stories)) == 1
    # both naming the one asked (the mayor), the shared word still joins them as before
    mayor = [ref("wali", "Agustina Wilujeng")]
    both = [asked("A", prices, mayor), asked("B", market, mayor)]
    assert len(fuse_events(both, {}, stories)) == 1


def asked_of_no_one(article_id: str, sentence: str) -> Event:
    """A request of the regent Sri Handayani told in ``sentence``, naming no one asked."""
    event = said_by(ref("bupati", "Sri Handayani"), article_id, sentence, 14)
    event.event, event.recipient = "REQUEST", []
    return event


def test_requests_sharing_only_the_words_of_their_reason_stay_apart():
    # one regent, one day, two outlets: schools closed and a bridge repaired, both asked
    # because of the flood that cut the villages off; a reason shared is no request shared
    schools = (
        "Sri Handayani meminta sekolah diliburkan sepekan lantaran banjir bandang "
        "memutus jalan desa."
    )
    bridge = (
        "Sri Handayani mendesak agar jembatan gantung diperbaiki, karena banjir bandang "
        "memutus akses warga desa."
    )
    again = "Sri Handayani mendesak semua sekolah di kabupaten itu diliburkan selama sepekan."
    stories = {"A": "s1", "B": "s1"}
    assert (
        len(fuse_events([asked_of_no_one("A", schools), asked_of_no_one("B", bridge)], {}, stories))
        == 2
    )
    # the one request told twice, each outlet with its own reason: one
    assert (
        len(fuse_events([asked_of_no_one("A", schools), asked_of_no_one("B", again)], {}, stories))
        == 1
    )


def test_sebab_and_mengingat_open_a_reason_only_after_a_comma():
    # "sebab" as the noun asked about ("menjelaskan sebab kenaikan tarif") is what is asked,
    # not a reason clause: two outlets asking for the cause of one price rise are one request
    cause = (
        "Sri Handayani meminta pemerintah pusat menjelaskan sebab kenaikan tarif air "
        "bersih bulan ini."
    )
    retold = "Sri Handayani mendesak agar sebab naiknya tarif air bersih segera diungkap ke publik."
    stories = {"A": "s1", "B": "s1"}
    assert (
        len(fuse_events([asked_of_no_one("A", cause), asked_of_no_one("B", retold)], {}, stories))
        == 1
    )
    # after a comma they open the reason, which two different requests may share
    schools = (
        "Sri Handayani meminta sekolah diliburkan sepekan, mengingat banjir bandang "
        "memutus jalan desa."
    )
    bridge = (
        "Sri Handayani mendesak agar jembatan gantung diperbaiki, sebab banjir bandang "
        "memutus akses warga desa."
    )
    assert (
        len(fuse_events([asked_of_no_one("A", schools), asked_of_no_one("B", bridge)], {}, stories))
        == 2
    )


def test_acts_naming_no_one_done_to_need_a_shared_word_beside_actor_and_verb():
    # one prosecutor's office, one day, one story, two outlets: land seized in one graft
    # case, a car in another. Neither names whom it was seized from: the same actor, type
    # and day do not make them one seizure
    kejati = EntityRef("kejati", "Kejati", "Kejaksaan Tinggi Banten", "organization", "IDN", "JUD")

    def seized(article_id: str, sentence: str, trigger: str) -> Event:
        event = report(article_id, "2024-03-12", kind="COERCE")
        event.actor, event.recipient = [kejati], []
        at = sentence.index(trigger)
        event.sources = [sentence_source(article_id, sentence, at, "2024-03-12", start=200)]
        return event

    land = seized(
        "A",
        "Kejati melakukan penyitaan tiga bidang tanah di Pandeglang terkait kasus dana desa.",
        "penyitaan",
    )
    # sharing only a number and words said of any act or case ("melakukan", "kasus")
    car = seized(
        "B", "Tiga unit mobil pikap kini ikut disita Kejati dalam kasus pungutan liar.", "disita"
    )
    again = seized("B", "Tanah di Pandeglang itu disita Kejati pada Selasa siang.", "disita")
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([land, car], {}, stories)) == 2
    # the same seizure retold ("tanah", "Pandeglang"): one
    assert len(fuse_events([land, again], {}, stories)) == 1
    # the suspect's initials are what the seizures are about
    house = seized("A", "Kejati menyita rumah milik tersangka RZ di Cilegon.", "menyita")
    pickup = seized("B", "Mobil pikap RZ juga disita Kejati pada sore harinya.", "disita")
    assert len(fuse_events([house, pickup], {}, stories)) == 1
    # one spokesman telling of two seizures: his name and the day are not what was seized
    quoted = seized(
        "A",
        '"Penyidik menyita sebidang tanah di Serang," kata juru bicara Kejati, Rahmat Hidayat, '
        "kepada wartawan, Selasa (12/3/2024).",
        "menyita",
    )
    reported = seized(
        "B", "Kejati juga menyita sebuah truk kontraktor, kata Rahmat Hidayat, Selasa.", "menyita"
    )
    assert len(fuse_events([quoted, reported], {}, stories)) == 2
    # both naming whom it was seized from, the day and actor join them as before
    owner = [ref("bendahara", "Rudi Hartono")]
    land.recipient, car.recipient = owner, owner
    assert len(fuse_events([land, car], {}, stories)) == 1


def test_a_search_and_a_freeze_of_one_suspect_on_one_day_stay_apart():
    # one prosecutor's office, one suspect, one day, two outlets: his house searched and his
    # bank accounts frozen are two seizures, though actor, suspect and day are the same
    kejati = EntityRef("kejati", "Kejati", "Kejaksaan Tinggi Banten", "organization", "IDN", "JUD")
    suspect = [ref("rudi", "Rudi Hartono")]

    def seized(article_id: str, sentence: str, trigger: str) -> Event:
        event = report(article_id, "2024-03-12", kind="COERCE")
        event.mode, event.actor, event.recipient = ["seize"], [kejati], suspect
        at = sentence.index(trigger)
        event.sources = [sentence_source(article_id, sentence, at, "2024-03-12", start=200)]
        return event

    search = seized(
        "A", "Tim Kejati menggeledah rumah dinas Rudi Hartono di Serang sejak pagi.", "menggeledah"
    )
    freeze = seized(
        "B", "Kejati juga memblokir tujuh rekening bank atas nama Rudi Hartono.", "memblokir"
    )
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([search, freeze], {}, stories)) == 2
    # the search told in the passive, the house before the verb: one
    passive = seized(
        "B",
        "Rumah dinas Rudi Hartono di Serang digeledah penyidik Kejati hingga sore.",
        "digeledah",
    )
    assert len(fuse_events([search, passive], {}, stories)) == 1
    # a seizure naming no premises but the search it was made in: one act
    found = seized(
        "B", "Kejati mengamankan sejumlah dokumen anggaran dalam penggeledahan itu.", "mengamankan"
    )
    assert len(fuse_events([search, found], {}, stories)) == 1
    # an act of another mode (an arrest) is not weighed so
    search.mode, freeze.mode = ["arrest"], ["arrest"]
    assert len(fuse_events([search, freeze], {}, stories)) == 1


def test_one_shared_word_joins_statements_of_one_day_not_of_overlapping_dates():
    def questioning(article_id: str, sentence: str, trigger_at: int) -> Event:
        event = report(article_id, "2018-02-04", kind="ACCUSE")
        event.mode = ["investigate"]
        event.actor, event.recipient = [ref("kpk", "KPK")], [ref("nyono", "Bupati Jombang")]
        event.sources = [sentence_source(article_id, sentence, trigger_at, "2018-02-05")]
        return event

    first = questioning("A", "KPK memeriksa Bupati Jombang terkait suap proyek jalan desa.", 4)
    second = questioning("B", "Bupati Jombang dimintai keterangan KPK soal proyek irigasi.", 15)
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([first, second], {}, stories)) == 1
    second.date, second.date_precision = "2018-02", "month"  # "awal Februari": overlapping only
    assert len(fuse_events([first, second], {}, stories)) == 2


def test_a_loosely_dated_report_does_not_tell_of_an_event_after_its_publication():
    vague = report("A", "2017", precision="year")  # "pekan lalu", dated to the year only
    vague.sources[0].published = "2017-03-06"
    stories = {"A": "s1", "B": "s1"}
    later, earlier = report("B", "2017-03-16"), report("B", "2017-03-01")
    assert len(fuse_events([vague, later], {}, stories)) == 2
    assert len(fuse_events([vague, earlier], {}, stories)) == 1


def test_a_loosely_dated_report_does_not_join_an_act_said_to_happen_again():
    # "Sebelumnya, Jokowi telah mengundang Putin ke KTT G20" (undated) is the earlier
    # invitation, not the one renewed on 29 June
    earlier = statement("A", "Jokowi telah mengundang Putin untuk hadir di KTT G20 di Bali.", 13)
    earlier.date, earlier.date_precision = "2022-06", "month"
    renewed = statement("B", "Jokowi juga kembali mengundang Putin untuk hadir di KTT G20.", 19)
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([earlier, renewed], {}, stories)) == 2
    renewed.sources[0].sentence = "Jokowi juga mengundang Putin untuk hadir di KTT G20."
    renewed.sources[0].trigger_start = 112
    assert len(fuse_events([earlier, renewed], {}, stories)) == 1


def test_a_directed_report_may_leave_out_actors_or_the_recipient_not_both():
    full = report("A", "2023-10-14", kind="ASSAULT")
    without_recipient = report("B", "2023-10-14", kind="ASSAULT")
    without_recipient.recipient = []
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([full, without_recipient], {}, stories)) == 1
    without_recipient.actor = full.actor + [ref("a3", "Hizbullah")]
    assert len(fuse_events([full, without_recipient], {}, stories)) == 2


def tariff(article_id: str, actor: EntityRef, date: str = "2025-04-02") -> Event:
    event = report(article_id, date, kind="SANCTION")
    event.actor = [actor]
    event.recipient = [EntityRef("idn", "Indonesia", "Indonesia", "country", "IDN", "GOV")]
    return event


AMERIKA = EntityRef("usa", "Amerika Serikat", "Amerika Serikat", "country", "USA", "GOV")
TRUMP = EntityRef("trump", "Donald Trump", "Donald Trump", "person", "USA", "GOV")


def test_a_state_and_its_head_of_government_are_one_actor_of_one_event():
    # "AS mengenakan tarif 32 persen pada Indonesia" ~ "Trump mengumumkan tarif 32 persen"
    state, president = tariff("A", AMERIKA), tariff("B", TRUMP)
    (event,) = fuse_events([state, president], {})
    assert {s.article_id for s in event.sources} == {"A", "B"}


def test_an_official_of_another_country_or_a_private_citizen_does_not_stand_for_the_state():
    xi = EntityRef("xi", "Xi Jinping", "Xi Jinping", "person", "CHN", "GOV")
    musk = EntityRef("musk", "Elon Musk", "Elon Musk", "person", "USA", "BUS")
    for other in (xi, musk):
        assert len(fuse_events([tariff("A", AMERIKA), tariff("B", other)], {})) == 2
    # the state and its official, each with a different recipient: two events
    china = tariff("B", TRUMP)
    china.recipient = [EntityRef("chn", "Tiongkok", "Tiongkok", "country", "CHN", "GOV")]
    assert len(fuse_events([tariff("A", AMERIKA), china], {})) == 2


def guessed_report(article_id: str, published: str) -> Event:
    """A report whose text gives no date: events.py dates it to the publication month."""
    event = report(article_id, published[:7], precision="month")
    event.rule = "meet [act; actor=mention; date publication-month]"
    event.sources = [Source(article_id, "Outlet", "kalimat", 0, 7, published=published)]
    return event


def test_an_undated_report_joins_a_meeting_of_its_story_up_to_a_month_before_publication():
    stories = {"A": "s1", "B": "s1"}
    meeting = report("A", "2023-10-28")
    # published early November about the late-October meeting: compatible
    assert len(fuse_events([meeting, guessed_report("B", "2023-11-03")], {}, stories)) == 1
    # a month stated in the text ("pada November") is not a guess: another event
    stated = report("B", "2023-11", precision="month")
    assert len(fuse_events([meeting, stated], {}, stories)) == 2
    # published before the meeting, or two months after it: never the same event
    for published in ("2023-10-20", "2023-12-30"):
        assert len(fuse_events([meeting, guessed_report("B", published)], {}, stories)) == 2


def test_statements_of_a_symmetric_type_need_a_speaker_in_common():
    # "Jokowi menyatakan siap menjembatani Putin dan Zelensky" / "Putin siap memasok pupuk"
    putin, zelensky = ref("putin", "Vladimir Putin"), ref("zelensky", "Volodymyr Zelensky")
    offer, supply = report("A", "2022-06-30", "AGREE"), report("B", "2022-06-30", "AGREE")
    offer.actor, offer.recipient = [ref("jokowi", "Joko Widodo")], [putin, zelensky]
    offer.sources[0].sentence = supply.sources[0].sentence = "siap memasok pupuk"
    supply.actor, supply.recipient = [putin], []
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([offer, supply], {}, stories)) == 2
    again = report("C", "2022-06-30", "AGREE")  # the same offer, another outlet
    again.actor, again.recipient = offer.actor, [putin]
    again.sources[0].sentence = "siap memasok pupuk"
    assert len(fuse_events([offer, again], {}, {"A": "s1", "C": "s1"})) == 1


def story_day_report(article_id: str, published: str, sentence: str) -> Event:
    """A report whose sentence gives no date: event_context dates it to its story's day."""
    event = report(article_id, published, kind="CONCEDE")
    event.actor = [ref("mattis", "James Mattis")]
    event.recipient = [ref("ryamizard", "Ryamizard Ryacudu")]
    event.rule = "minta maaf [act; actor=mention; date story-day]"
    event.sources = [sentence_source(article_id, sentence, 0, published)]
    return event


def test_a_follow_up_dated_to_its_story_day_joins_the_act_its_story_dated_days_before():
    # "Senin (23/10), Mattis menyampaikan permohonan maaf kepada Ryamizard" and, in a
    # report of Friday 27/10, "Atas insiden itu, Mattis meminta maaf kepada Ryamizard"
    stated = story_day_report("A", "2017-10-23", "Senin (23/10) Mattis meminta maaf")
    stated.rule = "minta maaf [act; actor=mention; date same-sentence]"
    follow_up = story_day_report("B", "2017-10-27", "Atas insiden itu, Mattis meminta maaf")
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([follow_up, stated], {}, stories)
    assert event.date == "2017-10-23"  # the text's date, not the follow-up's story day
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # outside one story, or more than a month later, it may be another apology
    assert len(fuse_events([follow_up, stated], {}, {})) == 2
    late = story_day_report("B", "2017-12-01", "Atas insiden itu, Mattis meminta maaf")
    assert len(fuse_events([late, stated], {}, stories)) == 2


def test_a_text_date_anchors_reports_of_two_story_days():
    # "KPK menahan Novanto" told on two story days a fortnight apart, and a third report
    # dating the detention itself: one detention
    first = story_day_report("A", "2017-11-07", "KPK menahan Novanto")
    second = story_day_report("B", "2017-11-21", "Novanto yang kini ditahan KPK")
    dated = story_day_report("C", "2017-11-06", "KPK menahan Novanto, Senin (6/11)")
    dated.rule = "tahan [act; actor=mention; date same-sentence]"
    stories = {"A": "s1", "B": "s1", "C": "s1"}
    (event,) = fuse_events([first, second, dated], {}, stories)
    assert event.date == "2017-11-06"


KPK = EntityRef("kpk", "KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD")
BUPATI = EntityRef("hadi", "Hadi Santoso", "Hadi Santoso", "person", "IDN", "GOV")


def suspect(article_id: str, published: str, sentence: str, trigger: str) -> Event:
    """An outlet's report that KPK named the regent a suspect, its sentence giving no
    date: event_context dates it to the article's story day."""
    event = report(article_id, published, kind="ACCUSE")
    event.actor, event.recipient = [KPK], [BUPATI]
    event.rule = "tetap+kan ... tersangka [act; actor=mention; date story-day]"
    event.sources = [sentence_source(article_id, sentence, sentence.index(trigger), published)]
    return event


SUSPECT_NAMED = (
    "Komisi Pemberantasan Korupsi menetapkan Hadi Santoso sebagai tersangka suap proyek jalan."
)
SUSPECT_RECALLED = (
    "Hadi Santoso ditetapkan sebagai tersangka oleh KPK karena menerima suap proyek jalan."
)


def test_two_story_days_naming_the_same_parties_are_one_act_on_or_before_them():
    # a story day puts the act on or before it: the regent named a suspect in a report
    # of 5 March and recalled in another story's report of the 21st is one act
    early = suspect("A", "2018-03-05", SUSPECT_NAMED, "menetapkan")
    late = suspect("B", "2018-03-21", SUSPECT_RECALLED, "ditetapkan")
    (event,) = fuse_events([late, early], {}, {"A": "s1", "B": "s2"})
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert event.date == "2018-03-05"  # the earlier story day


def told_only(event: Event) -> Event:
    """The report as the event stage codes an act a speaker only tells of on the story's
    day ('"Kami sudah menetapkan HS tersangka," kata juru bicara KPK, Senin'): no date."""
    return replace(
        event, date=None, date_precision="unknown", rule=event.rule.replace("story-day", "told-day")
    )


def test_acts_told_only_on_two_story_days_are_one_act_on_or_before_them():
    # each article's speaker tells the designation on its own story day and neither dates
    # it: fusion weighs them as story-day reports; the merged event stays undated
    early = told_only(suspect("A", "2018-03-05", SUSPECT_NAMED, "menetapkan"))
    late = told_only(suspect("B", "2018-03-21", SUSPECT_RECALLED, "ditetapkan"))
    (event,) = fuse_events([late, early], {}, {"A": "s1", "B": "s2"})
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert event.date is None and event.date_precision == "unknown"
    far = told_only(suspect("B", "2018-04-20", SUSPECT_RECALLED, "ditetapkan"))
    assert len(fuse_events([early, far], {}, {"A": "s1", "B": "s2"})) == 2


def test_story_days_stay_apart_when_a_text_date_differs_or_a_party_is_unnamed():
    early = suspect("A", "2018-03-05", SUSPECT_NAMED, "menetapkan")
    stories = {"A": "s1", "B": "s2"}
    # more than a month later: another act as far as dates go
    later = suspect("B", "2018-04-20", SUSPECT_RECALLED, "ditetapkan")
    assert len(fuse_events([early, later], {}, stories)) == 2
    # a date the text states, two weeks after the other's story day: two acts
    stated = suspect("B", "2018-03-19", SUSPECT_RECALLED, "ditetapkan")
    stated.rule = "tetap+kan ... tersangka [act; actor=mention; date same-sentence]"
    assert len(fuse_events([early, stated], {}, stories)) == 2
    # someone unnamed on one side, or one side left out
    crowd = suspect("B", "2018-03-21", SUSPECT_RECALLED, "ditetapkan")
    crowd.recipient = [EntityRef(None, "seorang pejabat", "seorang pejabat", "person", None, None)]
    alone = suspect("B", "2018-03-21", SUSPECT_RECALLED, "ditetapkan")
    alone.recipient = []
    again = suspect(
        "B", "2018-03-21", "KPK kembali menetapkan Hadi Santoso tersangka.", "menetapkan"
    )
    for other in (crowd, alone, again):
        assert len(fuse_events([early, other], {}, stories)) == 2


def test_story_days_keep_recurring_acts_and_plans_apart():
    # the same two parties meet or clash again within weeks, and a plan has no past to
    # tell: two story days of such reports are two events however alike they read
    stories = {"A": "s1", "B": "s2"}
    for kind, (first, told), (second, retold) in (
        (
            "CONSULT",
            ("Ketua KPK menerima Bupati Hadi Santoso di gedung Merah Putih.", "menerima"),
            ("Bupati Hadi Santoso diterima Ketua KPK di gedung Merah Putih.", "diterima"),
        ),
        (
            "ASSAULT",
            ("Petugas KPK mendorong Hadi Santoso hingga terjatuh di lobi gedung.", "mendorong"),
            ("Hadi Santoso didorong petugas KPK hingga terjatuh di lobi gedung.", "didorong"),
        ),
    ):
        early = suspect("A", "2018-03-05", first, told)
        late = suspect("B", "2018-03-21", second, retold)
        early.event = late.event = kind
        assert len(fuse_events([early, late], {}, stories)) == 2, kind
    planned = suspect("A", "2018-03-05", SUSPECT_NAMED, "menetapkan")
    replanned = suspect("B", "2018-03-21", SUSPECT_RECALLED, "ditetapkan")
    planned.hypothetical = replanned.hypothetical = True
    assert len(fuse_events([planned, replanned], {}, stories)) == 2


BANNED = """Jakarta - Panglima Tentara Nasional Indonesia Jenderal Gatot Nurmantyo batal \
terbang ke Washington setelah otoritas Amerika Serikat melarangnya masuk, Sabtu (21/10). \
Gatot diundang Kepala Staf Gabungan AS Jenderal Joseph Dunford untuk menghadiri konferensi \
tentang ekstremisme.
Kepala Pusat Penerangan TNI Mayor Jenderal Wuryanto mengatakan Gatot menerima kabar itu \
dari maskapai beberapa saat sebelum berangkat. Menteri Luar Negeri Retno Marsudi meminta \
penjelasan dari Kedutaan Besar AS di Jakarta.
Menteri Pertahanan Ryamizard Ryacudu menyebut kejadian itu memalukan. Ia berharap Menteri \
Pertahanan AS James Mattis memberi penjelasan."""
APOLOGY = """Jakarta - Menteri Pertahanan Amerika Serikat James Mattis menyampaikan \
permohonan maaf kepada Menteri Pertahanan Ryamizard Ryacudu di sela pertemuan para menteri \
pertahanan ASEAN di Manila, Senin (23/10). Mattis menyebut kejadian yang menimpa Panglima \
TNI Jenderal Gatot Nurmantyo sebagai kesalahan administrasi.
Ryamizard mengatakan Indonesia menerima permintaan maaf itu. Kepala Staf Gabungan Jenderal \
Joseph Dunford juga menyurati Gatot dan menegaskan undangannya masih berlaku.
Kepala Pusat Penerangan TNI Mayor Jenderal Wuryanto mengatakan Gatot belum memutuskan \
kapan akan berangkat."""
CEREMONY = """Jakarta - Menteri Pertahanan Ryamizard Ryacudu dan Jenderal Gatot Nurmantyo \
menghadiri pembukaan pameran alat utama sistem persenjataan di Surabaya, Rabu (25/10). \
Pameran itu menampilkan kapal cepat rudal, panser amfibi dan pesawat nirawak buatan \
galangan serta pabrik dalam negeri kepada ribuan pengunjung dari berbagai daerah."""


def test_a_follow_up_sharing_most_named_actors_joins_the_story_in_other_words():
    from kabar.api import default_pipeline
    from kabar.stories import story_clusters

    pipeline = default_pipeline()
    banned = pipeline(BANNED, published="2017-10-22", publication="Kabar Satu")
    apology = pipeline(APOLOGY, published="2017-10-24", publication="Kabar Dua")
    ceremony = pipeline(CEREMONY, published="2017-10-25", publication="Kabar Tiga")
    articles = [banned, apology, ceremony]
    story_of = story_clusters(articles, [], {}, FuseConfig())
    # six people and bodies in common: their leads need not share many words
    assert story_of[banned.id] == story_of[apology.id]
    # two in common is not enough to join leads that say different things
    assert story_of[ceremony.id] not in (story_of[banned.id], story_of[apology.id])
    # without the strong-overlap threshold the lexical test alone keeps them apart
    strict = FuseConfig(story_min_cosine_strong=FuseConfig().story_min_cosine)
    assert len(set(story_clusters(articles, [], {}, strict).values())) == 3


UNDATED_BAN = """Jakarta - Otoritas Amerika Serikat melarang Jenderal Gatot Nurmantyo masuk ke \
wilayahnya, Sabtu (21/10). Panglima TNI itu diundang Kepala Staf Gabungan AS Jenderal Joseph \
Dunford untuk menghadiri konferensi tentang ekstremisme di Washington. Menteri Luar Negeri \
Retno Marsudi lalu meminta penjelasan kepada Kedutaan Besar AS di Jakarta."""
DATED_BAN = """Jakarta - Otoritas Amerika Serikat melarang Panglima TNI Jenderal Gatot Nurmantyo \
masuk ke negaranya, {day}. Gatot semula diundang Jenderal Joseph Dunford ke sebuah \
konferensi di Washington. Menteri Luar Negeri Retno Marsudi meminta penjelasan dari Kedutaan \
Besar AS, sementara Menteri Pertahanan Ryamizard Ryacudu menyesalkan kejadian itu."""


def test_an_article_without_a_year_joins_the_story_and_event_its_weekday_dateline_fits():
    """No publication date, "Sabtu (21/10)": with an article of 22 October 2017 (21 October
    2017 was a Saturday) it is one story and the refusal one event; not with one of 2018
    (a Sunday then), nor when the other outlet dates the refusal to another day."""
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    undated = pipeline(UNDATED_BAN, publication="Kabar Satu")
    assert undated.published is None
    assert (undated.published_day_month, undated.published_weekday) == ("--10-21", 6)

    def fused(day: str, published: str) -> tuple[int, int]:
        dated = pipeline(DATED_BAN.format(day=day), published=published, publication="Kabar Dua")
        result = fuse([undated, dated], {}, FuseConfig())
        joined = [  # the refusal (both also tell Dunford's invitation, undated in one)
            e
            for e in result.events
            if e.event == "REJECT" and len({s.article_id for s in e.sources}) > 1
        ]
        # the fused event has the dated report's day, not the day and month without a year
        assert all(e.date == "2017-10-21" and e.day_month is None for e in joined)
        return len(set(result.story_of.values())), len(joined)

    assert fused("Sabtu (21/10)", "2017-10-22") == (1, 1)
    assert fused("Minggu (21/10)", "2018-10-22") == (2, 0)
    assert fused("Jumat (20/10)", "2017-10-22") == (1, 0)


ATTACK_DATED = """Jakarta - Harga minyak dunia sempat melonjak pada pertengahan April. Iran \
menyerang Israel dengan ratusan drone dan rudal pada 13 April 2024. Para analis menilai pasar kini \
lebih tenang. Menteri Energi dan Sumber Daya Mineral Arifin Tasrif mengatakan pasokan bahan bakar \
di dalam negeri aman."""
ATTACK_YEARLESS = """Teheran - Presiden Iran Ebrahim Raisi menerima kunjungan Menteri Luar Negeri \
Oman di Teheran, {day}. Keduanya membahas upaya meredakan ketegangan di Timur Tengah. Ketegangan \
itu memuncak ketika Iran menyerang Israel pada {told}, sebagai balasan atas serangan terhadap \
kantor konsulatnya di Damaskus."""


def test_a_day_and_month_without_a_year_joins_the_stated_day_its_dateline_year_fits():
    """An article without a publication date, dateline "Sabtu (20/4)", tells as background
    of another story that Iran attacked Israel "pada 13 April": with another outlet's
    report stating 13 April 2024 it is one attack (20 April 2024 was a Saturday, a week
    later), though the two articles share no story; not when the dateline's weekday puts
    it in 2025 ("Minggu (20/4)": more than a year after), nor for another day or other
    sides that day."""
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    dated = pipeline(ATTACK_DATED, published="2024-05-02", publication="Kabar Satu")

    def joined(day: str, told: str, who: str = "Iran menyerang Israel") -> list[Event]:
        text = ATTACK_YEARLESS.format(day=day, told=told).replace("Iran menyerang Israel", who)
        yearless = pipeline(text, publication="Kabar Dua")
        assert yearless.published is None
        result = fuse([dated, yearless], {}, FuseConfig())
        return [e for e in result.events if len({s.article_id for s in e.sources}) > 1]

    (attack,) = joined("Sabtu (20/4)", "13 April")
    assert (attack.event, attack.date, attack.date_precision) == ("ASSAULT", "2024-04-13", "day")
    assert joined("Minggu (20/4)", "13 April") == []
    assert joined("Sabtu (20/4)", "12 April") == []
    assert joined("Sabtu (20/4)", "13 April", "Israel menyerang Iran") == []  # other sides


def call_articles(day_month: str, weekday: int) -> list[Article]:
    """Outlet A (7 September 2017) tells Suu Kyi's call with Erdogan with no date in the
    sentence (its story's day, 6 September); outlet B, no publication date and dateline
    ``day_month``/``weekday``, says "hari ini" she said she had talked with him."""
    told = "Ia membahas krisis itu dalam perbincangan dengan Presiden Turki Recep Tayyip Erdogan."
    said = (
        "Kantor Aung San Suu Kyi hari ini mengatakan dia sudah berbincang melalui telepon "
        "dengan Presiden Turki Recep Tayyip Erdogan."
    )
    suu_kyi, erdogan = ref("suu_kyi", "Aung San Suu Kyi"), ref("erdogan", "Recep Tayyip Erdogan")
    a = replace(report("A", "2017-09-06"), actor=[suu_kyi, erdogan], recipient=[])
    a.rule = "bincang [act; actor=pron; date story-day]"
    a.sources = [sentence_source("A", told, told.index("perbincangan"), "2017-09-07")]
    b = replace(yearless("B", day_month, weekday), actor=[suu_kyi, erdogan], recipient=[])
    b.mode = ["phone"]
    b.sources = [replace(sentence_source("B", said, said.index("berbincang"), ""), published=None)]
    articles = []
    for name, event, published in (("A", a, "2017-09-07"), ("B", b, None)):
        article = Article.from_input(name, name)
        article.id, article.published, article.events = name, published, [event]
        article.published_day_month, article.published_weekday = (
            (None, None) if published else (day_month, weekday)
        )
        articles.append(article)
    return articles


def test_a_report_of_the_dateline_day_without_a_year_joins_a_story_day_of_that_year():
    """ "Rabu (6/9)" without a year: 6 September 2017 was a Wednesday, a day before the other
    outlet's article: the call both tell that day is one, though they are two stories.
    "Kamis (6/9)" is 2018 or 2012, not a year after 6 September 2017: no year, apart."""
    result = fuse(call_articles("--09-06", 3), {}, FuseConfig())
    (call,) = result.events
    assert (call.date, call.date_precision, len(call.sources)) == ("2017-09-06", "day", 2)
    assert len(fuse(call_articles("--09-06", 4), {}, FuseConfig()).events) == 2
    assert len(fuse(call_articles("--09-05", 2), {}, FuseConfig()).events) == 2  # another day


def test_a_day_and_month_without_a_year_is_the_last_one_before_the_dateline():
    told = yearless("B", "--10-07")  # "pada 7 Oktober", no weekday
    assert dateline_year(told, ("--10-14", 6), "2023-10-07")  # Saturday 14 October 2023
    assert not dateline_year(told, ("--10-14", 1), "2023-10-07")  # a Monday: 2024, a year on
    assert not dateline_year(told, ("--10-06", 5), "2023-10-07")  # the Friday before it
    assert not dateline_year(told, ("--10-14", None), "2023-10-07")  # no weekday: no year
    assert not dateline_year(told, ("--10-14", 6), "2023-10-08")  # another day


def protest(article_id: str, crowd: str, date: str = "2017-05-13", city: str = "Manado") -> Event:
    event = report(article_id, date, kind="PROTEST")
    event.mode = ["demo"]
    event.actor = [EntityRef(None, crowd, crowd, "group", None, "CVL")]
    event.recipient = [EntityRef("fahri", "Fahri Hamzah", "Fahri Hamzah", "person", "IDN", "LEG")]
    event.event_loc = Place(city, city, "IDN")
    return event


def test_unnamed_crowds_against_one_person_on_one_day_and_place_are_one_protest():
    # "kedatangan Fahri Hamzah ditolak oleh massa di Manado, Sabtu (13/5)" and "kehadiran
    # Fahri di Manado ditolak oleh sejumlah warga setempat yang berdemonstrasi"
    massa, warga = protest("A", "massa"), protest("B", "sejumlah warga setempat")
    (event,) = fuse_events([massa, warga], {})
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # another day, another city, or no place to pin them: kept apart
    assert len(fuse_events([massa, protest("B", "warga", date="2017-05-20")], {})) == 2
    assert len(fuse_events([massa, protest("B", "warga", city="Bitung")], {})) == 2
    unplaced = protest("B", "sejumlah warga setempat")
    unplaced.event_loc = None
    assert len(fuse_events([massa, unplaced], {})) == 2


def test_news_media_are_not_actors_a_story_shares():
    from kabar.api import default_pipeline
    from kabar.stories import named_actors

    article = default_pipeline()(
        "Jakarta - Presiden Joko Widodo meresmikan Bendungan Bener di Purworejo, Senin (23/5), "
        "seperti dilaporkan kantor berita Reuters dan AFP.",
        published="2022-05-23",
    )
    named = {m.text: m.actor_id for m in article.mentions if m.actor_id}
    assert named_actors(article) == {named["Joko Widodo"]}
    assert named["Reuters"] and named["AFP"]  # recognised, yet no story actor


REFUSED = """Jakarta - Panglima TNI Jenderal Gatot Nurmantyo batal berangkat ke Washington, \
Sabtu (21/10). Gatot ditolak masuk Amerika Serikat oleh otoritas setempat beberapa jam \
sebelum pesawatnya lepas landas.
Gatot diundang Kepala Staf Gabungan AS Jenderal Joseph Dunford untuk menghadiri konferensi \
tentang penanggulangan ekstremisme. Kepala Pusat Penerangan TNI Mayor Jenderal Wuryanto \
mengatakan pemberitahuan itu datang dari maskapai."""
SUMMONED = """Jakarta - Kementerian Luar Negeri memanggil Wakil Duta Besar AS Erin McKee ke \
Pejambon, {day}. Juru bicara Kemlu Arrmanatha Nasir mengatakan pemerintah belum menerima \
alasan Amerika Serikat {act} Jenderal Gatot Nurmantyo.
Menurut Arrmanatha, pemerintah berharap persoalan itu segera tuntas dan hubungan kedua \
negara tidak terganggu."""


def test_a_one_off_act_told_by_another_outlet_the_next_day_is_one_event_and_one_story():
    from kabar.api import default_pipeline
    from kabar.stories import story_clusters

    pipeline = default_pipeline()
    refused = pipeline(REFUSED, published="2017-10-22", publication="Kabar Satu")

    def summoned(day: str, act: str, published: str, outlet: str) -> Article:
        return pipeline(SUMMONED.format(day=day, act=act), published=published, publication=outlet)

    def refusals(articles: list[Article]) -> list[Event]:
        return [e for e in fuse(articles, {}, FuseConfig()).events if e.event == "REJECT"]

    # neither sentence dates the refusal: each takes its article's story day (21st, 23rd);
    # the second outlet wrote a day after the first came out
    next_day = summoned("Senin (23/10)", "menolak masuk", "2017-10-23", "Kabar Dua")
    assert all(
        "story-day" in e.rule for a in (refused, next_day) for e in a.events if e.event == "REJECT"
    )
    (event,) = refusals([refused, next_day])
    assert {s.article_id for s in event.sources} == {refused.id, next_day.id}
    assert event.corroboration == 2
    # the leads say different things: only the merged event makes them one story
    assert len(set(story_clusters([refused, next_day], [], {}, FuseConfig()).values())) == 2
    assert len(set(fuse([refused, next_day], {}, FuseConfig()).story_of.values())) == 1
    # told two days after the first outlet came out, naming the same parties: each story
    # day puts the refusal on or before it, so it is the same refusal
    later = summoned("Selasa (24/10)", "menolak masuk", "2017-10-24", "Kabar Tiga")
    assert len(refusals([refused, later])) == 1
    # an outlet saying it happened again tells of another refusal
    again = summoned("Senin (23/10)", "kembali menolak masuk", "2017-10-23", "Kabar Empat")
    assert len(refusals([refused, again])) == 2


def refusal(article_id: str, published: str, story_day: str | None = None) -> Event:
    """ "Amerika Serikat menolak masuk Gatot", no date in the sentence: the story's day."""
    event = story_day_report(article_id, published, "AS menolak masuk Gatot Nurmantyo")
    event.event = "REJECT"
    event.date = story_day or published
    event.actor = [EntityRef("usa", "Amerika Serikat", "Amerika Serikat", "country", "USA", "GOV")]
    event.recipient = [ref("gatot", "Gatot Nurmantyo")]
    event.rule = "tolak masuk [act; actor=mention; date story-day]"
    return event


def test_a_one_off_act_told_on_a_later_story_day_joins_the_earlier_telling():
    first = refusal("A", "2017-10-22")
    assert len(fuse_events([first, refusal("B", "2017-10-23")], {})) == 1
    # the same two parties on story days two apart: on or before each, one act
    assert len(fuse_events([first, refusal("B", "2017-10-24")], {})) == 1
    # a subset of the participants is not enough across stories
    fewer = refusal("B", "2017-10-23")
    fewer.actor = []
    assert len(fuse_events([first, fewer], {})) == 2
    # attacks by one side on one target recur day after day: never joined this way
    strike, next_strike = refusal("A", "2017-10-22"), refusal("B", "2017-10-23")
    strike.event = next_strike.event = "ASSAULT"
    assert len(fuse_events([strike, next_strike], {})) == 2
    # the earlier act may be dated by its text; a story day before that day is another act
    stated = refusal("A", "2017-10-22")
    stated.rule = "tolak masuk [act; actor=mention; date same-sentence]"
    assert len(fuse_events([stated, refusal("B", "2017-10-23")], {})) == 1
    assert len(fuse_events([stated, refusal("B", "2017-10-21")], {})) == 2


def test_a_late_telling_joins_a_same_day_event_whole_never_breaking_it_up():
    # the court's ruling told on the 29th by one outlet and on the 30th by two, one of
    # them in the first outlet's story: the two of the 30th are one event before the
    # 29th's telling is weighed, and it joins them both
    first = refusal("A", "2025-04-29")
    same_story, other_story = refusal("C", "2025-04-30"), refusal("B", "2025-04-30")
    stories = {"A": "s1", "C": "s1", "B": "s2"}
    (event,) = fuse_events([first, other_story, same_story], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B", "C"}
    # C's article tells it once more without naming the recipient ("MK pun mengabulkan
    # gugatan itu"): B and C dating one ruling to the 30th are one story, so that brief
    # retelling of C joins too; C stays with B
    brief = refusal("C", "2025-04-30")
    brief.id, brief.recipient = "evt_C_brief", []
    brief.sources = [replace(brief.sources[0], start=50, end=57)]
    events = fuse_events([first, other_story, same_story, brief], {}, stories)
    (told,) = [e for e in events if "B" in {s.article_id for s in e.sources}]
    assert {(s.article_id, s.start) for s in told.sources} == {
        ("A", 0),
        ("B", 0),
        ("C", 0),
        ("C", 50),
    }
    # without the report naming both sides, the brief one has no day-dated event to make
    # C and B one story: it stays apart from B's
    events = fuse_events([other_story, brief], {}, stories)
    assert len(events) == 2


def past_refusal(article_id: str, published: str, sentence: str) -> Event:
    """A refusal told as a past act with no date ("yang ditolak masuk ... beberapa waktu
    lalu"): the sentence says the day is unknown, events.py leaves the date out."""
    event = refusal(article_id, published)
    event.date, event.date_precision = None, "unknown"
    event.rule = "tolak masuk [pas; actor=mention; date same-sentence]"
    event.sources = [sentence_source(article_id, sentence, sentence.index("ditolak"), published)]
    return event


def test_an_undated_past_act_joins_the_one_day_dated_act_of_its_story():
    # "Kemenlu menyatakan kasus Gatot yang ditolak masuk AS beberapa waktu lalu selesai",
    # Friday 27/10, in the story of the refusal of Saturday 21/10
    told = "kasus Gatot Nurmantyo yang ditolak masuk Amerika Serikat beberapa waktu lalu selesai"
    refused = refusal("A", "2017-10-22", story_day="2017-10-21")
    refused.sources = [sentence_source("A", "Gatot ditolak masuk Amerika Serikat", 6, "2017-10-22")]
    late = past_refusal("B", "2017-10-27", told)
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([refused, late], {}, stories)
    assert event.date == "2017-10-21" and {s.article_id for s in event.sources} == {"A", "B"}
    # another story, or a refusal dated after the undated report came out: apart
    assert len(fuse_events([refused, late], {}, {"A": "s1", "B": "s2"})) == 2
    after = refusal("A", "2017-10-29", story_day="2017-10-28")
    assert len(fuse_events([after, late], {}, stories)) == 2
    # more than a month before it came out, the past act may be an older refusal
    old = refusal("A", "2017-09-20", story_day="2017-09-19")
    assert len(fuse_events([old, late], {}, stories)) == 2


def test_an_undated_past_act_joins_the_act_its_own_article_dates_too():
    # B dates the refusal in one sentence and, further down, tells it again without a day
    # ("Sebelumnya, Gatot ditolak masuk ..."): both are A's refusal of the 21st
    told = "Sebelumnya, Gatot Nurmantyo ditolak masuk Amerika Serikat saat hendak berangkat"
    refused = refusal("A", "2017-10-22", story_day="2017-10-21")
    refused.sources = [sentence_source("A", "Gatot ditolak masuk Amerika Serikat", 6, "2017-10-22")]
    dated = refusal("B", "2017-10-27", story_day="2017-10-21")
    dated.id, dated.rule = "evt_B_dated", "tolak masuk [pas; actor=mention; date same-sentence]"
    stated = "Gatot ditolak masuk Amerika Serikat pada Sabtu (21/10) lalu"
    dated.sources = [sentence_source("B", stated, 6, "2017-10-27")]
    late = past_refusal("B", "2017-10-27", told)
    late.id, late.sources = "evt_B_late", [replace(late.sources[0], start=200, end=280)]
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([refused, dated, late], {}, stories)
    assert len(event.sources) == 3
    # its own article saying the act happened again: the undated one may be the earlier
    again = "Gatot kembali ditolak masuk Amerika Serikat pada Sabtu (21/10) lalu"
    dated.sources = [sentence_source("B", again, 14, "2017-10-27")]
    assert len(fuse_events([refused, dated, late], {}, stories)) == 2


def test_an_undated_past_act_with_two_candidate_days_joins_neither():
    told = "kasus Gatot Nurmantyo yang ditolak masuk Amerika Serikat beberapa waktu lalu selesai"
    first, second = refusal("A", "2017-10-14"), refusal("C", "2017-10-22")
    # two refusals, one at an airport in Washington and one in Jakarta
    first.event_loc = Place("Washington", "Washington", "USA", kind="city")
    second.event_loc = Place("Jakarta", "Jakarta", "IDN", kind="city")
    stories = {"A": "s1", "B": "s1", "C": "s1"}
    events = fuse_events([first, second, past_refusal("B", "2017-10-27", told)], {}, stories)
    assert sorted(len(e.sources) for e in events) == [1, 1, 1]
    # within one article, reports of one act are merged by events.py, not here
    same = past_refusal("A", "2017-10-27", told)
    assert len(fuse_events([refusal("A", "2017-10-22"), same], {}, {"A": "s1"})) == 2


SOMAD_REFUSED = """Batam - Ustaz Abdul Somad ditolak masuk Singapura setibanya di Pelabuhan \
Tanah Merah, Senin (16/5/2022). Somad datang bersama keluarga dan sahabatnya untuk berlibur.
Somad mengatakan petugas imigrasi Singapura menahannya di sebuah ruangan kecil selama \
sekitar satu jam sebelum memulangkannya ke Batam dengan kapal feri.
Menteri Luar Negeri Retno Marsudi mengatakan Kedutaan Besar RI di Singapura sudah \
meminta penjelasan dari pemerintah Singapura."""
SOMAD_SETTLED = """Jakarta - Menteri Luar Negeri Retno Marsudi menyatakan kasus Ustaz Abdul \
Somad yang ditolak masuk ke Singapura saat tiba bersama keluarganya di Pelabuhan Tanah Merah, \
beberapa waktu lalu, sudah selesai dibahas dengan pemerintah Singapura. Hal itu disampaikan \
Retno di Gedung DPR, Selasa (24/5/2022).
Retno mengatakan pemerintah Indonesia menghormati keputusan setiap negara soal izin masuk.
Somad tiba di Pelabuhan Tanah Merah bersama keluarga dan sahabatnya. Namun, petugas \
imigrasi menyampaikan bahwa Somad ditolak masuk Singapura tanpa penjelasan."""


def test_a_past_act_told_again_in_a_follow_up_keeps_its_date_unknown_and_joins_its_story():
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    refused = pipeline(
        SOMAD_REFUSED,
        title="Abdul Somad ditolak masuk Singapura",
        published="2022-05-17",
        publication="Kabar Satu",
    )
    settled = pipeline(
        SOMAD_SETTLED,
        title="Menlu: kasus Abdul Somad ditolak masuk Singapura sudah selesai",
        published="2022-05-24",
        publication="Kabar Dua",
    )
    # the lead says "beberapa waktu lalu"; the later telling without a date takes the
    # follow-up's day (24/5), which must not date the act the lead leaves undated
    (told,) = [e for e in settled.events if e.event == "REJECT"]
    assert len(told.sources) == 2 and told.date is None
    (event,) = [e for e in fuse([refused, settled], {}, FuseConfig()).events if e.event == "REJECT"]
    assert event.date == "2022-05-16"
    assert {s.article_id for s in event.sources} == {refused.id, settled.id}


def test_an_undated_past_act_joins_through_a_story_its_event_joined():
    # B's story holds only C, whose refusal joined A's (another outlet, a day later):
    # the merged event makes A, B and C one story, as story_clusters would after fusion
    told = "kasus Gatot Nurmantyo yang ditolak masuk Amerika Serikat beberapa waktu lalu selesai"
    first, next_day = refusal("A", "2017-10-22", "2017-10-21"), refusal("C", "2017-10-22")
    late = past_refusal("B", "2017-10-27", told)
    (event,) = fuse_events([first, next_day, late], {}, {"A": "s1", "B": "s2", "C": "s2"})
    assert {s.article_id for s in event.sources} == {"A", "B", "C"}
    # with no story of its own the past act stays apart
    assert len(fuse_events([first, next_day, late], {}, {"A": "s1", "C": "s2"})) == 2


def test_statements_worded_with_synonyms_say_the_same_and_others_on_the_topic_do_not():
    # one press conference in Moscow: Putin guarantees supplies and offers to supply;
    # another outlet words the offer "bersedia memasok" where the first said "siap"
    def said(article_id: str, sentence: str, trigger_at: int, start: int = 100) -> Event:
        return said_by(ref("putin", "Vladimir Putin"), article_id, sentence, trigger_at, start)

    guarantee = said(
        "A", "Putin memberi jaminan keamanan bagi pasokan gandum dan pupuk dari Laut Hitam.", 6
    )
    offer = said(
        "A", "Putin mengatakan Rusia siap memenuhi kewajibannya memasok gandum dan pupuk.", 23, 300
    )
    worded = said("B", "Presiden Rusia itu bersedia memasok gandum dan pupuk ke pasar global.", 19)
    stories = {"A": "s1", "B": "s1"}

    def merged_pair(events: list[Event]) -> set[tuple[str, int]]:
        (merged,) = [e for e in events if len(e.sources) == 2]
        return {(s.article_id, s.start) for s in merged.sources}

    events = fuse_events([guarantee, offer, worded], {}, stories)
    assert len(events) == 2 and merged_pair(events) == {("A", 300), ("B", 100)}
    # "menjamin" is no synonym of "bersedia": the guarantee told by B joins the guarantee
    worded.sources[0].sentence = "Presiden Rusia itu menjamin keamanan pasokan gandum ke pasar."
    events = fuse_events([guarantee, offer, worded], {}, stories)
    assert len(events) == 2 and merged_pair(events) == {("A", 100), ("B", 100)}


def test_two_undated_follow_ups_of_other_outlets_join_one_dated_act():
    told = "kasus Gatot Nurmantyo yang ditolak masuk Amerika Serikat beberapa waktu lalu selesai"
    refused = refusal("A", "2017-10-22", story_day="2017-10-21")
    first, second = past_refusal("B", "2017-10-27", told), past_refusal("C", "2017-10-30", told)
    stories = {"A": "s1", "B": "s1", "C": "s1"}
    (event,) = fuse_events([refused, first, second], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B", "C"}


def test_an_undated_statement_joins_only_a_dated_one_it_mostly_repeats():
    # a mayor's lawyer, Monday: "kami mengapresiasi Polda menetapkan D tersangka"; another
    # outlet, Tuesday, quotes him without a date, once with that statement, once with
    # another one of the same case ("sejak awal kami mendukung Polda ...")
    def support(article_id: str, sentence: str, published: str) -> Event:
        event = report(article_id, published, kind="SUPPORT")
        event.actor, event.recipient = [ref("wali", "Wali Kota Bima")], [ref("polda", "Polda")]
        event.sources = [sentence_source(article_id, sentence, 5, published)]
        return event

    dated = support(
        "A", "Kami mengapresiasi Polda menetapkan D tersangka pencemaran nama baik.", "2025-10-20"
    )
    dated.rule = "apresiasi [act; actor=pron; date story-day]"
    again = support(
        "B", "Kami mengapresiasi Polda yang menetapkan D tersangka pencemaran.", "2025-10-21"
    )
    other = support(
        "B",
        "Kami mendukung Polda bekerja profesional menangani kasus pencemaran nama baik.",
        "2025-10-21",
    )
    for undated in (again, other):
        undated.date, undated.date_precision = None, "unknown"
        undated.rule = "dukung [act; actor=pron; date background]"
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([dated, again], {}, stories)) == 1
    assert len(fuse_events([dated, other], {}, stories)) == 2


def test_one_sentence_printed_word_for_word_by_two_outlets_of_a_story_is_one_event():
    # a police statement two outlets print alike, one on Sunday, one on Monday: each
    # article lends the undated sentence its own story day
    text = "Kapolres mengatakan polisi telah menahan sopir mobil berpelat palsu itu di Tasikmalaya."

    def held(article_id: str, day: str, sentence: str = text) -> Event:
        event = report(article_id, day, kind="COERCE")
        event.actor = [EntityRef("polri", "polisi", "Polri", "organization", "IDN", "COP")]
        # initials the actor stage leaves unresolved: only the copy tells who it is
        event.recipient = [EntityRef(None, "AR", "AR", "person", None, None)]
        event.rule = "tahan [act; actor=mention; date story-day]"
        event.sources = [sentence_source(article_id, sentence, sentence.index("menahan"), day)]
        return event

    first, second = held("A", "2025-10-19"), held("B", "2025-10-20")
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([second, first], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert event.date == "2025-10-19"  # of story days, the earliest: the later one retells
    # other stories, other words, or two days the sentences state: apart
    assert len(fuse_events([first, second], {}, {"A": "s1", "B": "s2"})) == 2
    reworded = held("B", "2025-10-20", text.replace("sopir", "pengemudi"))
    assert len(fuse_events([first, reworded], {}, stories)) == 2
    for event in (first, second):
        event.rule = "tahan [act; actor=mention; date same-sentence]"
    assert len(fuse_events([first, second], {}, stories)) == 2


def test_a_copied_sentence_names_the_same_people_however_each_article_resolved_them():
    # one outlet gives the suspect's full name elsewhere ("Kamal Mopangga"), another only
    # "Kamal"; the sentence both print word for word names him alike
    text = "Kapolsek mengatakan setelah melakukan pembunuhan itu, Kamal sempat bermalam di rumah."
    at = text.index("Kamal")

    def killing(article_id: str, actor_id: str, name: str, said: str = "Kamal") -> Event:
        event = report(article_id, "2025-10-11", kind="ASSAULT")
        sentence = text.replace("Kamal", said)
        event.actor = [EntityRef(actor_id, said, name, "person", "IDN", None, start=100 + at)]
        event.recipient = []
        event.rule = "laku+kan pembunuhan [act; actor=mention; date story-day]"
        trigger = sentence.index("melakukan")
        event.sources = [sentence_source(article_id, sentence, trigger, "2025-10-17", start=100)]
        return event

    stories = {"A": "s1", "B": "s1"}
    short, full = killing("A", "kamal", "Kamal"), killing("B", "kamal_m", "Kamal Mopangga")
    assert len(fuse_events([short, full], {}, stories)) == 1
    # a pronoun in the copy refers to whoever each article named before: no evidence
    pronoun = killing("A", "budi", "Budi Santoso", said="ia")
    assert (
        len(
            fuse_events(
                [pronoun, killing("B", "kamal_m", "Kamal Mopangga", said="ia")], {}, stories
            )
        )
        == 2
    )


def test_one_sentence_printed_word_for_word_in_two_stories_is_one_event_when_it_names_something():
    # two outlets print one press text on a campus incident; their leads share too few
    # words and named actors for one story, the copy of one day is the evidence
    named = (
        "Sontak, mahasiswa lain bersama satpam kampus membawa korban ke Rumah Sakit Umum "
        "Daerah Wangaya, Denpasar."
    )
    bare = "Sontak, mahasiswa lain bersama satpam kampus segera membawa korban ke rumah sakit."

    def rescue(article_id: str, sentence: str, day: str = "2025-10-20") -> Event:
        event = report(article_id, day, kind="AID")
        event.actor = [EntityRef(None, "satpam kampus", "satpam kampus", "unknown", None, None)]
        event.recipient = [EntityRef(None, "korban", "korban", "unknown", None, None)]
        event.rule = "bawa ke [act; actor=noun; date story-day]"
        event.sources = [sentence_source(article_id, sentence, sentence.index("membawa"), day)]
        return event

    stories = {"A": "s1", "B": "s2"}
    (event,) = fuse_events([rescue("A", named), rescue("B", named)], {}, stories)
    assert event.corroboration == 2
    # a copy naming nothing may be boilerplate of two incidents; other days, other acts
    assert len(fuse_events([rescue("A", bare), rescue("B", bare)], {}, stories)) == 2
    later = rescue("B", named, "2025-10-21")
    assert len(fuse_events([rescue("A", named), later], {}, stories)) == 2
    # once the named copy made the two articles one story, a copy naming nothing in
    # them is weighed as one story's, whichever copy is met first
    plain = "Petugas kemudian meminta mahasiswa lain agar tidak menyebarkan video kejadian itu."

    def request(article_id: str) -> Event:
        event = rescue(article_id, named)
        event.id, event.event = f"req_{article_id}", "REQUEST"
        at = plain.index("meminta")
        event.sources = [sentence_source(article_id, plain, at, "2025-10-20", start=200)]
        return event

    both = [request("A"), request("B"), rescue("A", named), rescue("B", named)]
    for order in (both, both[::-1]):
        assert len(fuse_events(order, {}, stories)) == 2


def clause_report(
    article_id: str, sentence: str, day: str, kind: str, trigger: str, start: int = 0
) -> Event:
    """A report of ``sentence`` (its day taken from the story) whose actor is the first
    of its two named people and whose recipient is the second."""
    event = report(article_id, day, kind=kind)
    names = [("wira", "Wira Atmaja"), ("sukma", "Sukma Dewi Lestari")]
    refs = []
    for actor_id, name in names:
        at = start + sentence.index(name)
        refs.append(replace(ref(actor_id, name), start=at, end=at + len(name)))
    event.actor, event.recipient = refs[:1], refs[1:]
    event.rule = f"{trigger} [act; actor=mention; date story-day]"
    at = sentence.index(trigger)
    event.sources = [sentence_source(article_id, sentence, at, day, start=start)]
    return event


def test_an_apology_clause_printed_alike_in_a_later_article_of_the_story_is_one_apology():
    # the first outlet leads with the apology on Monday; four days later a follow-up of
    # the story retells it in the same clause, inside a sentence of its own
    lead = (
        "Jakarta - Duta Besar Wira Atmaja meminta maaf kepada Gubernur Sulawesi Tengah "
        "Sukma Dewi Lestari atas ucapan stafnya dalam rapat kemarin."
    )
    later = (
        "Atas ucapan itu, Duta Besar Wira Atmaja meminta maaf kepada Gubernur Sulawesi "
        "Tengah Sukma Dewi Lestari."
    )

    def apology(article_id: str, sentence: str, day: str, trigger: str, start: int = 0) -> Event:
        # the governor the actor stage left unresolved: only the copied clause joins
        event = clause_report(article_id, sentence, day, "CONCEDE", trigger, start)
        event.recipient = [replace(event.recipient[0], actor_id=None)]
        return event

    first = apology("A", lead, "2025-03-10", "meminta maaf")
    second = apology("B", later, "2025-03-14", "meminta maaf", start=900)
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([second, first], {}, stories)
    assert event.date == "2025-03-10" and {s.article_id for s in event.sources} == {"A", "B"}
    # not across stories, and not in other words ("memohon maaf")
    assert len(fuse_events([first, second], {}, {"A": "s1", "B": "s2"})) == 2
    reworded = apology("B", later.replace("meminta maaf", "memohon maaf"), "2025-03-14", "memohon")
    assert len(fuse_events([first, reworded], {}, stories)) == 2
    # days each sentence states itself still tell two apologies apart
    for event in (first, second):
        event.rule = "minta maaf [act; actor=mention; date same-sentence]"
    assert len(fuse_events([first, second], {}, stories)) == 2


def test_a_meeting_clause_printed_alike_on_two_story_days_may_be_two_meetings():
    # a meeting recurs: one clause on Monday and on Friday is no proof of one meeting,
    # while the same clause of one day is
    monday = (
        "Sore itu Duta Besar Wira Atmaja bertemu dengan Gubernur Sulawesi Tengah "
        "Sukma Dewi Lestari di rumah dinasnya."
    )
    friday = (
        "Menurut juru bicara, Duta Besar Wira Atmaja bertemu dengan Gubernur Sulawesi "
        "Tengah Sukma Dewi Lestari."
    )
    stories = {"A": "s1", "B": "s1"}
    first = clause_report("A", monday, "2025-03-10", "CONSULT", "bertemu")
    later = clause_report("B", friday, "2025-03-14", "CONSULT", "bertemu")
    assert len(fuse_events([first, later], {}, stories)) == 2
    same_day = clause_report("B", friday, "2025-03-10", "CONSULT", "bertemu")
    assert len(fuse_events([first, same_day], {}, stories)) == 1


def raid(article_id: str, day: str, victims: EntityRef, sentence: str, trigger: str) -> Event:
    """An armed group's attack on ``day``: its victims as ``victims``."""
    event = report(article_id, day, kind="ASSAULT")
    event.id = f"evt_{article_id}_{trigger}_{day}"
    event.mode = ["abduct"] if "andera" in trigger else []  # "sandera", "menyandera"
    event.actor = [EntityRef("fajar", "Brigade Fajar", "Brigade Fajar", "organization", "X", "REB")]
    event.recipient = [victims]
    event.rule = f"{trigger} [act; actor=mention; date same-sentence]"
    at = sentence.index(trigger)
    event.sources = [sentence_source(article_id, sentence, at, day, start=len(trigger) * 10)]
    return event


KENYA = EntityRef("kenya", "Kenya", "Kenya", "country", "KEN", None)
COUNTED = EntityRef(None, "sekitar 30 orang", "30 orang", "group", None, "UNK")
CROSSED = "Brigade Fajar menyeberang ke Kenya dan menyandera sekitar 30 warga."
TAKEN = "Sekitar 30 orang dibawa ke hutan sebagai sandera oleh Brigade Fajar."


def hostages() -> tuple[Event, Event]:
    """One outlet: the group crossed into Kenya and took hostages (the victims are counted,
    so the recipient is the polity of the territory, A); another: "sekitar 30 orang" (B)."""
    polity = raid("A", "2024-05-02", KENYA, CROSSED, "menyandera")
    polity.rule = polity.rule.replace("act;", "act; recipient is the territory's polity;")
    return polity, raid("B", "2024-05-02", COUNTED, TAKEN, "sebagai sandera")


def test_counted_hostages_are_the_ones_taken_in_the_territory_another_report_names():
    polity, counted = hostages()
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([polity, counted], {}, stories)) == 1
    # not on another day, nor when Kenya is a named target rather than where the victims were
    next_day = raid("B", "2024-05-03", COUNTED, TAKEN, "sebagai sandera")
    assert len(fuse_events([polity, next_day], {}, stories)) == 2
    named = raid("A", "2024-05-02", KENYA, CROSSED, "menyandera")
    assert len(fuse_events([named, counted], {}, stories)) == 2
    # nor when the other report's victims are someone named
    pilot = EntityRef("pilot", "Philip Mehrtens", "Philip Mehrtens", "person", "NZL", None)
    held = raid("B", "2024-05-02", pilot, TAKEN, "sebagai sandera")
    assert len(fuse_events([polity, held], {}, stories)) == 2


def test_articles_of_one_day_dated_event_are_weighed_as_one_story():
    # two articles that story clustering left apart report the same raid of 2 May (same
    # day, same named sides): they are one story, so their counted hostages join
    attack = "Brigade Fajar menyerang Kenya pada Kamis (2/5)."
    polity, counted = hostages()
    stories = {"A": "s1", "B": "s2"}
    assert len(fuse_events([polity, counted], {}, stories)) == 2  # other stories: apart
    attacks = [raid(x, "2024-05-02", KENYA, attack, "menyerang") for x in "AB"]
    fused = fuse_events([polity, counted, *attacks], {}, stories)
    assert sorted(len(e.sources) for e in fused) == [2, 2]
    # an attack of another day joins nothing, and so leaves the stories apart
    later = [
        raid("A", "2024-05-02", KENYA, attack, "menyerang"),
        raid("B", "2024-05-04", KENYA, attack, "menyerang"),
    ]
    assert len(fuse_events([polity, counted, *later], {}, stories)) == 4


def talk(article_id: str, sentence: str, trigger: str, mode: list[str]) -> Event:
    event = report(article_id, "2024-11-05")
    event.mode = mode
    at = sentence.index(trigger)
    event.sources = [sentence_source(article_id, sentence, at, "2024-11-05")]
    return event


def test_a_talk_not_said_to_be_in_person_may_be_the_phone_call_another_outlet_tells():
    called = talk(
        "A",
        "Menlu Iran berbincang melalui telepon dengan Haniyeh membahas gencatan senjata.",
        "berbincang",
        ["phone"],
    )
    talked = talk(
        "B",
        "Dalam perbincangan dengan Haniyeh, Menlu Iran menyinggung gencatan senjata.",
        "perbincangan",
        [],
    )
    assert len(fuse_events([called, talked], {}, {"A": "s1", "B": "s1"})) == 1
    # a meeting or a visit is in person: never the call, whatever else agrees
    met = talk("B", "Menlu Iran bertemu dengan Haniyeh membahas gencatan senjata.", "bertemu", [])
    assert len(fuse_events([called, met], {}, {"A": "s1", "B": "s1"})) == 2


POLRI = EntityRef(
    "polri", "Polri", "Kepolisian Negara Republik Indonesia", "organization", "IDN", "COP"
)
THAI_POLICE = EntityRef(
    "rtp", "polisi Thailand", "Kepolisian Thailand", "organization", "THA", "COP"
)
FUGITIVE = EntityRef("rudi", "Rudi Hartono", "Rudi Hartono", "person", "IDN", None)


def arrest_report(
    article_id: str, sentence: str, by: EntityRef, trigger: str, start: int = 0
) -> Event:
    event = report(article_id, "2024-07-09", kind="COERCE")
    event.id = f"evt_{article_id}_{trigger}"
    event.actor, event.recipient = [by], [FUGITIVE]
    at = sentence.index(trigger)
    event.sources = [sentence_source(article_id, sentence, at, "2024-07-09", start=start)]
    return event


def test_an_act_done_at_anothers_request_may_be_the_act_another_outlet_gives_the_requester():
    # A: the Thai police arrested him at Polri's request (one sentence: the arrest and the
    # request); B: Polri arrested him. Same day, same fugitive: one arrest
    thai = "Polisi Thailand menangkap Rudi Hartono di Bangkok atas permintaan Polri."
    ours = "Polri menangkap buronan Rudi Hartono di Bangkok pada Selasa."
    done = arrest_report("A", thai, THAI_POLICE, "menangkap")
    asked = arrest_report("A", thai, POLRI, "atas permintaan")
    asked.event, asked.recipient = "REQUEST", [THAI_POLICE]
    told = arrest_report("B", ours, POLRI, "menangkap")
    stories = {"A": "s1", "B": "s1"}
    fused = fuse_events([done, asked, told], {}, stories)
    (arrest,) = [e for e in fused if e.event == "COERCE"]
    assert {s.article_id for s in arrest.sources} == {"A", "B"}
    assert [r.actor_id for r in arrest.actor] in (["rtp"], ["polri"])  # a report's own actors
    # without the request in that sentence, two bodies arresting him are two acts
    assert len(fuse_events([done, told], {}, stories)) == 2
    elsewhere = replace(asked, sources=[replace(asked.sources[0], start=500, end=570)])
    assert len([e for e in fuse_events([done, elsewhere, told], {}, stories)]) == 3


def person(actor_id: str | None, text: str, name: str = "") -> EntityRef:
    return EntityRef(actor_id, text, name or text, "person", "IDN", None)


def charged(article_id: str, day: str, suspect: EntityRef) -> Event:
    """Bareskrim names ``suspect`` a suspect on ``day``."""
    event = report(article_id, day, kind="ACCUSE")
    event.id = f"evt_{article_id}_{suspect.entity_text}_{day}"
    event.mode = ["allege"]
    event.actor = [EntityRef("bareskrim", "Bareskrim", "Bareskrim", "organization", "IDN", "COP")]
    event.recipient = [suspect]
    return event


def test_a_suspect_named_by_initials_or_one_name_is_the_one_another_outlet_names_in_full():
    stories = {"A": "s1", "B": "s1"}
    full = charged("A", "2025-10-20", person("lisa", "Lisa Mariana"))
    for short in (person("lm", "LM"), person(None, "LM"), person("lisa_1", "Lisa")):
        assert len(fuse_events([full, charged("B", "2025-10-20", short)], {}, stories)) == 1
    # another day, or other initials, or a name that fits two people: apart
    assert (
        len(fuse_events([full, charged("B", "2025-10-21", person("lm", "LM"))], {}, stories)) == 2
    )
    assert (
        len(fuse_events([full, charged("B", "2025-10-20", person("ls", "LS"))], {}, stories)) == 2
    )
    both = charged("A", "2025-10-20", person("lisa", "Lisa Mariana"))
    both.recipient.append(person("lisa_w", "Lisa Wulandari"))
    assert (
        len(fuse_events([both, charged("B", "2025-10-20", person("lisa_1", "Lisa"))], {}, stories))
        == 2
    )


def test_a_name_two_outlets_write_alike_is_one_person_though_resolved_apart():
    # both sentences write "Hendra Wijaya"; one article spelled him "Hendra Wijaja" first,
    # so the actor stage kept two ids: on one day of one story he is one suspect
    stories = {"A": "s1", "B": "s1"}
    first = charged("A", "2025-10-20", person("hendra", "Hendra Wijaya"))
    second = charged("B", "2025-10-20", person("hendra_2", "Hendra Wijaya", "Hendra Wijaja"))
    (event,) = fuse_events([first, second], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # another day, another story, or a pronoun written alike: apart
    later = charged("B", "2025-10-21", person("hendra_2", "Hendra Wijaya", "Hendra Wijaja"))
    assert len(fuse_events([first, later], {}, stories)) == 2
    assert len(fuse_events([first, second], {}, {"A": "s1", "B": "s2"})) == 2
    him, other = (
        charged(key, "2025-10-20", person(actor, "dia", name))
        for key, actor, name in (("A", "hendra", "Hendra Wijaya"), ("B", "budi", "Budi Santoso"))
    )
    assert len(fuse_events([him, other], {}, stories)) == 2


BARESKRIM = EntityRef("bareskrim", "Bareskrim", "Bareskrim", "organization", "IDN", "COP")


def test_a_name_neither_report_resolved_but_both_write_alike_is_one_speaker():
    # the lawyer "Darman" was typed by neither article; on one day of one story his praise
    # of Bareskrim is one statement, while another unresolved name stays apart
    def praise(article_id: str, speaker: str, sentence: str) -> Event:
        unresolved = EntityRef(None, speaker, speaker, "unknown", None, None)
        event = said_by(unresolved, article_id, sentence, sentence.index("mengapresiasi"))
        event.event, event.recipient = "SUPPORT", [BARESKRIM]
        return event

    quoted = '"Kami mengapresiasi langkah Bareskrim yang cepat," kata Darman, Senin.'
    told = "Darman mengapresiasi langkah cepat Bareskrim dalam kasus itu."
    stories = {"A": "s1", "B": "s1"}
    first = praise("A", "Darman", quoted)
    (event,) = fuse_events([first, praise("B", "Darman", told)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    other = praise("B", "Hotma", told.replace("Darman", "Hotma"))
    assert len(fuse_events([first, other], {}, stories)) == 2
    apart = {"A": "s1", "B": "s2"}
    assert len(fuse_events([first, praise("B", "Darman", told)], {}, apart)) == 2


def test_initials_read_as_an_acronym_are_the_suspect_another_outlet_names_in_full():
    # "menetapkan AS sebagai tersangka": the actor stage took "AS" for a body; on one day of
    # one story it is the Andi Setiawan another outlet names, and other initials stay apart
    stories = {"A": "s1", "B": "s1"}
    full = charged("A", "2025-10-20", person("andi", "Andi Setiawan"))
    acronym = EntityRef("as", "AS", "AS", "organization", None, None)
    (event,) = fuse_events([full, charged("B", "2025-10-20", acronym)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    other = replace(acronym, actor_id="ab", entity_text="AB", entity_name="AB")
    assert len(fuse_events([full, charged("B", "2025-10-20", other)], {}, stories)) == 2


def test_what_a_quoted_statement_says_ends_with_the_quotation():
    # the attribution after the quotation ("kata Budi, Senin") is each outlet's own wording
    from kabar.fuse_compare import said_stems

    sentence = '"Kami mendukung penahanan tersangka itu," kata Budi, Senin (20/10/2025).'
    said = said_by(ref("budi", "Budi Hartanto"), "A", sentence, sentence.index("mendukung"))
    words = set().union(*said_stems(said))
    assert {"dukung", "tahan", "sangka"} <= words
    assert "senin" not in words


def test_a_short_name_spelt_otherwise_is_the_person_another_outlet_names_in_full():
    # one outlet writes "Arifudin", the other "Zainal Arifuddin": the actor stage kept two
    # ids; on one day of one story he is one suspect, while another name stays apart
    stories = {"A": "s1", "B": "s1"}
    full = charged("A", "2025-10-20", person("zainal", "Zainal Arifuddin"))
    spelt = charged("B", "2025-10-20", person("arifudin", "Arifudin"))
    (event,) = fuse_events([full, spelt], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    other = charged("B", "2025-10-20", person("arifin", "Arifin"))
    assert len(fuse_events([full, other], {}, stories)) == 2


def test_a_short_name_left_unresolved_is_the_person_its_own_article_names_in_full():
    # B's lead names "Bupati Rahmat Hidayat"; its later sentence only "Rahmat", which the
    # actor stage left untyped: the arrest A tells with the full name that day is the same
    # act, though the two articles' other words made them two stories
    full = person("rahmat", "Rahmat Hidayat")
    told = "KPK menangkap Bupati Rahmat Hidayat dalam operasi tangkap tangan di Pati."
    short = "Penyidik KPK menangkap Rahmat yang baru setahun menjabat bupati."
    first = arrest_report("A", told, KPK, "menangkap")
    first.recipient = [full]
    second = arrest_report("B", short, KPK, "menangkap")
    second.recipient = [EntityRef(None, "Rahmat", "Rahmat", "unknown", None, None)]
    lead = Mention(0, 14, "Rahmat Hidayat", "PER", "ner-model", actor_id="rahmat")
    other = Mention(20, 32, "Rahmat Saleh", "PER", "ner-model", actor_id="saleh")
    stories = {"A": "s1", "B": "s2"}

    def fused(*mentions: Mention) -> list[Event]:
        article = Article(id="B", source="", raw="", mentions=list(mentions))
        return fuse_events([first, second], {}, stories, people=people_of([article], {}))

    (event,) = fused(lead)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert len(fused()) == 2  # the article names no one it fits
    assert len(fused(lead, other)) == 2  # it fits two persons of the article: unresolved


def suspension(article_id: str, day: str | None, sentence: str, at: str) -> Event:
    """ "Mabes TNI menghentikan sementara kerja sama militer dengan Australia": a one-off
    SANCTION of the Indonesian military against Australia, dated to ``day`` or undated."""
    event = report(article_id, day or "", kind="SANCTION")
    event.date = day
    event.date_precision = "day" if day else "unknown"
    event.mode = ["discontinue"]
    event.actor = [
        EntityRef("tni", "TNI", "Tentara Nasional Indonesia", "organization", "IDN", "MIL")
    ]
    event.recipient = [EntityRef("aus", "Australia", "Australia", "country", "AUS", None)]
    event.sources = [sentence_source(article_id, sentence, sentence.index(at), day or "")]
    if not day:
        event.sources = [replace(s, published=None) for s in event.sources]
    return event


def dateline_articles(events: list[Event], day_month: str, weekday: int) -> list[Article]:
    """One article per report; those of the undated reports have no publication date, only
    the weekday dateline ``day_month``/``weekday`` without a year."""
    articles = []
    for event in events:
        article = Article.from_input(article_of_event(event), article_of_event(event))
        article.id, article.events = article_of_event(event), [event]
        article.published = event.sources[0].published
        if article.published is None:
            article.published_day_month, article.published_weekday = day_month, weekday
        articles.append(article)
    return articles


def article_of_event(event: Event) -> str:
    return event.sources[0].article_id


STOPPED = "Mabes TNI menghentikan sementara kerja sama militer dengan Australia sejak Rabu (4/1)."
RECALLED = (
    "Panglima TNI mengaku tidak terganggu oleh pemberitaan yang muncul tak lama setelah TNI "
    "menghentikan kerja sama militer dengan Australia."
)


def test_an_undated_act_of_an_article_without_a_year_is_told_from_its_weekday_dateline():
    """Outlet B has no publication date, only "Jumat (6/1)", and tells the suspension
    without a date; outlet A dates it to Wednesday 4 January 2017. 6 January 2017 was a
    Friday, two days later: B's report is of that day, and the suspension one event of
    their story. "Sabtu (6/1)" is 2018 (a year on) or earlier: no day, kept apart; so too
    outside one story, or when the story has the same two sides break off twice two weeks
    apart (which of them B tells is unclear)."""
    dated = suspension("A", "2017-01-04", STOPPED, "menghentikan")
    undated = suspension("B", None, RECALLED, "menghentikan")
    stories = {"A": "s1", "B": "s1", "C": "s1"}

    def fused(weekday: int, *others: Event, story: dict[str, str] = stories) -> list[Event]:
        told = [dated, *others, undated]
        reports = dateline_published(told, dateline_articles(told, "--01-06", weekday), {})
        return fuse_events(reports, {}, story)

    (event,) = fused(5)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert event.date == "2017-01-04"
    (told,) = [s for s in event.sources if s.article_id == "B"]
    assert told.published == "2017-01-06"
    assert len(fused(6)) == 2  # "Sabtu (6/1)": no year near 4 January 2017
    assert len(fused(5, story={})) == 2  # two stories
    earlier = suspension("C", "2016-12-21", STOPPED.replace("Rabu (4/1)", "Rabu (21/12)"), "meng")
    assert len(fused(5, earlier)) == 3


def test_the_dateline_day_is_given_only_near_a_report_sharing_a_participant():
    """Without a dated report of the same type naming one of its participants, or with
    one more than 31 days before the dateline, the undated report keeps no publication."""
    undated = suspension("B", None, RECALLED, "menghentikan")
    other = suspension("A", "2017-01-04", STOPPED, "menghentikan")
    other.actor = [EntityRef("pm", "PM", "Perdana Menteri Malaysia", "person", "MYS", "GOV")]
    other.recipient = [EntityRef("sgp", "Singapura", "Singapura", "country", "SGP", None)]
    far = suspension("A", "2016-11-25", STOPPED, "menghentikan")  # Friday 6 Jan: 42 days on
    for told in ([other, undated], [far, undated]):
        out = dateline_published(told, dateline_articles(told, "--01-06", 5), {})
        assert out[-1].sources[-1].published is None


def attack_on(article_id: str, date: str, victim: str, doers: list[EntityRef]) -> Event:
    """An attack on a named victim whose doers the report names only as unnamed people,
    or not at all ("X disiram air keras oleh orang tak dikenal")."""
    event = report(article_id, date, "ASSAULT")
    event.id = f"evt_{article_id}_{victim}"
    event.actor = doers
    event.recipient = [EntityRef(f"act_{victim}", victim, victim, "person", "IDN", "JUD")]
    sentence = f"{victim} disiram air keras oleh orang tak dikenal."
    event.sources = [sentence_source(article_id, sentence, sentence.index("disiram"), date)]
    return event


def test_an_attack_by_unnamed_doers_on_one_named_victim_that_day_is_one_event():
    unnamed = [EntityRef(None, "dua orang pengendara motor", "dua orang pengendara motor",
                         "group", None, None)]  # fmt: skip
    reports = [
        attack_on("A", "2017-04-11", "Novel Baswedan", []),
        attack_on("B", "2017-04-11", "Novel Baswedan", unnamed),
        attack_on("C", "2017-04-11", "Novel Baswedan", []),
    ]
    stories = {"A": "s1", "B": "s2", "C": "s3"}
    (event,) = fuse_events(reports, {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B", "C"}
    # another victim, or another day, is another attack
    other = attack_on("D", "2017-04-11", "Budi Santoso", [])
    later = attack_on("E", "2017-04-25", "Novel Baswedan", [])
    assert len(fuse_events([reports[0], other, later], {}, {"A": "s1", "D": "s4", "E": "s5"})) == 3


def skipped_summons(article_id: str, day: str, who: EntityRef) -> Event:
    """``who`` does not answer the prosecutors' summons on ``day`` (a REJECT)."""
    event = report(article_id, day, kind="REJECT")
    event.id = f"evt_{article_id}_{who.entity_text}_{day}"
    event.actor = [who]
    event.recipient = [
        EntityRef("kejati", "Kejati Jabar", "Kejati Jabar", "organization", "IDN", "JUD")
    ]
    sentence = f"{who.entity_text} kembali mangkir dari panggilan penyidik Kejati Jabar pagi tadi."
    event.sources = [sentence_source(article_id, sentence, sentence.index("mangkir"), day)]
    return event


def test_a_bare_capitalised_name_the_actor_stage_could_not_type_is_the_full_name_of_its_story():
    # one outlet resolves "Hendra Kusuma" elsewhere in its text; another prints only
    # "Hendra", which the actor stage leaves untyped and unresolved
    stories = {"A": "s1", "B": "s1"}
    full = skipped_summons("A", "2025-09-03", person("hendra_k", "Hendra", "Hendra Kusuma"))
    bare = EntityRef(None, "Hendra", "Hendra", "unknown", None, None)
    (event,) = fuse_events([full, skipped_summons("B", "2025-09-03", bare)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # a common noun is nobody's name; another day is another summons; another story, apart
    crowd = EntityRef(None, "warga", "warga", "unknown", None, None)
    assert len(fuse_events([full, skipped_summons("B", "2025-09-03", crowd)], {}, stories)) == 2
    assert len(fuse_events([full, skipped_summons("B", "2025-09-04", bare)], {}, stories)) == 2
    apart = {"A": "s1", "B": "s2"}
    assert len(fuse_events([full, skipped_summons("B", "2025-09-03", bare)], {}, apart)) == 2


COORDINATION = (
    "Begitu menerima kabar penahanan itu pada Jumat malam, Konsulat Jenderal RI langsung "
    "berkoordinasi dengan otoritas setempat dan menemui para nelayan di Kuching"
)


def coordinated(article_id: str, sentence: str, day: str = "2025-07-12") -> Event:
    """The consulate says it coordinated with the local authorities (an AGREE)."""
    event = report(article_id, day, kind="AGREE")
    event.id = f"evt_{article_id}_{day}_{len(sentence)}"
    event.actor = [
        EntityRef("kjri", "Konsulat Jenderal RI", "KJRI Kuching", "organization", "IDN", "GOV"),
        EntityRef(None, "otoritas setempat", "otoritas setempat", "organization", None, None),
    ]
    event.recipient = []
    at = sentence.index("berkoordinasi")
    event.sources = [sentence_source(article_id, sentence, at, day)]
    return event


def test_one_long_quotation_printed_word_for_word_with_its_own_attribution_is_one_statement():
    # two outlets of two stories print the consulate's statement alike, each attributing
    # it in its own words: the quotation is the copy
    said = f'"{COORDINATION}," kata Konsul Jenderal dalam keterangan tertulisnya.'
    told = f'"{COORDINATION}," ujar pihak konsulat kepada wartawan, Sabtu (12/7).'
    stories = {"A": "s1", "B": "s2"}
    (event,) = fuse_events([coordinated("A", said), coordinated("B", told)], {}, stories)
    assert event.corroboration == 2
    # the quotation on another day, or a short quotation alone, is no evidence
    later = coordinated("B", told, "2025-07-13")
    assert len(fuse_events([coordinated("A", said), later], {}, stories)) == 2
    short = '"Kami sudah berkoordinasi dengan otoritas setempat,"'
    pair = [
        coordinated("A", f"{short} kata Konsul Jenderal."),
        coordinated("B", f"{short} ujarnya."),
    ]
    assert len(fuse_events(pair, {}, stories)) == 2


def test_a_copy_is_word_for_word_whatever_punctuation_each_editor_gave_it():
    # one outlet prints the prosecutor's account with a comma after "mengatakan" and a
    # capital "Pasal", another without; each article lends the sentence its story day
    text = (
        "Jaksa mengatakan, terdakwa sempat menyembunyikan barang bukti di gudang milik "
        "kerabatnya sesuai Pasal 221 KUHP."
    )

    def hid(article_id: str, day: str, sentence: str) -> Event:
        event = report(article_id, day, kind="ACCUSE")
        event.actor = [EntityRef("jpu", "Jaksa", "Jaksa", "organization", "IDN", "JUD")]
        event.recipient = [EntityRef(None, "terdakwa", "terdakwa", "person", None, None)]
        event.rule = "sembunyi+kan [act; actor=mention; date story-day]"
        at = sentence.index("menyembunyikan")
        event.sources = [sentence_source(article_id, sentence, at, day)]
        return event

    plain = text.replace("mengatakan,", "mengatakan").replace("Pasal", "pasal")
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events(
        [hid("A", "2025-10-14", text), hid("B", "2025-10-15", plain)], {}, stories
    )
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # one word changed is not a copy
    other = plain.replace("gudang", "rumah")
    assert (
        len(fuse_events([hid("A", "2025-10-14", text), hid("B", "2025-10-15", other)], {}, stories))
        == 2
    )


def test_a_sentence_reprinted_with_a_few_plain_words_put_in_or_left_out_is_a_copy():
    # a follow-up reprints the legislator's view with "dengan adanya" put in; each article
    # lends the sentence its own story day
    text = "Rahmat menilai aturan tersebut melanggar hak warga untuk mendapat informasi publik."

    def said(article_id: str, day: str, sentence: str) -> Event:
        event = report(article_id, day, kind="ACCUSE")
        event.actor = [ref("rahmat", "Rahmat Hidayat")]
        event.recipient = [EntityRef(None, "aturan", "aturan", "unknown", None, None)]
        event.rule = "langgar [act; actor=mention; date story-day]"
        event.sources = [sentence_source(article_id, sentence, sentence.index("melanggar"), day)]
        return event

    stories = {"A": "s1", "B": "s1"}
    first = said("A", "2025-09-15", text)
    longer = text.replace("menilai aturan", "menilai dengan adanya aturan")
    (event,) = fuse_events([first, said("B", "2025-09-16", longer)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # a word put in that turns the view around, a number, another story: apart
    for other, story in (
        (text.replace("tersebut melanggar", "tersebut tidak melanggar"), "s1"),
        (text.replace("hak warga", "hak 20 warga"), "s1"),
        (longer, "s2"),
    ):
        split = {"A": "s1", "B": story}
        assert len(fuse_events([first, said("B", "2025-09-16", other)], {}, split)) == 2


def test_a_reprint_spelling_out_a_short_form_before_it_in_brackets_is_a_copy():
    # one outlet writes "mahasiswa Unsri", a follow-up reprints the sentence with the
    # university's name before the short form in brackets: no one new is named
    text = (
        "Keluarga korban meminta polisi menuntaskan penyelidikan atas kematian mahasiswa "
        "Unsri berinisial RDA di asrama."
    )

    def asked(article_id: str, sentence: str) -> Event:
        event = report(article_id, "2025-04-07", kind="REQUEST")
        event.actor = [EntityRef(None, "Keluarga korban", "Keluarga korban", "group", None, None)]
        event.recipient = [EntityRef("polri", "polisi", "Polri", "organization", "IDN", "COP")]
        event.rule = "minta [act; actor=noun; date story-day]"
        event.sources = [
            sentence_source(article_id, sentence, sentence.index("meminta"), "2025-04-07")
        ]
        return event

    stories = {"A": "s1", "B": "s1"}
    first = asked("A", text)
    spelt = text.replace("Unsri", "Universitas Sriwijaya (Unsri)")
    (event,) = fuse_events([first, asked("B", spelt)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # another school put in beside it, or a name put in with no short form after it: apart
    for other in (
        text.replace("Unsri", "Unsri dan Politeknik Negeri (Polsri)"),
        text.replace("mahasiswa Unsri", "mahasiswa Unsri Rina Dwi Astuti"),
    ):
        assert len(fuse_events([first, asked("B", other)], {}, stories)) == 2, other


def test_a_short_sentence_copied_word_for_word_is_one_act_when_it_names_both_sides():
    # "Sari lalu meminta Yogi membuka pintu gudang." printed by two articles of one story,
    # each dating it to its own story day; B's actor stage gave Yogi another id (it spells
    # him in full elsewhere): the same words of the copy name the same man
    text = "Sari lalu meminta Yogi membuka pintu gudang."

    def asked(article_id: str, day: str, sentence: str, kind: str = "REQUEST") -> Event:
        event = report(article_id, day, kind=kind)
        sari, yogi = sentence.find("Sari"), sentence.find("Yogi")
        event.actor = [replace(ref("sari", "Sari Wulandari"), entity_text="Sari", start=sari)]
        him = ref("yogi_" + article_id, "Yogi")
        event.recipient = [replace(him, start=yogi if yogi >= 0 else None)]
        event.rule = "minta [act; actor=mention; date story-day]"
        event.sources = [sentence_source(article_id, sentence, sentence.index("meminta"), day)]
        return event

    stories = {"A": "s1", "B": "s1"}
    first = asked("A", "2025-10-11", text)
    (event,) = fuse_events([first, asked("B", "2025-10-17", text)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # another story, a side the sentence does not name, or talks (which recur): apart
    assert len(fuse_events([first, asked("B", "2025-10-17", text)], {}, {"A": "s1"})) == 2
    unnamed = [
        asked(key, day, "Sari lalu meminta dia membuka pintu gudang.")
        for key, day in (("A", "2025-10-11"), ("B", "2025-10-17"))
    ]
    assert len(fuse_events(unnamed, {}, stories)) == 2
    talks = [
        asked(key, day, text, "CONSULT") for key, day in (("A", "2025-10-11"), ("B", "2025-10-17"))
    ]
    assert len(fuse_events(talks, {}, stories)) == 2


def expelled(article_id: str, actor: EntityRef) -> Event:
    """ "... mengusir diplomat Kedutaan Besar Belanda", the same day in every outlet."""
    event = report(article_id, "2024-06-03", kind="COERCE")
    event.actor = [actor]
    event.recipient = [EntityRef("nld", "Belanda", "Belanda", "country", "NLD", "GOV")]
    return event


KEMLU = EntityRef("kemlu", "Kemlu", "Kementerian Luar Negeri", "organization", "IDN", "GOV")
MENLU = EntityRef("sugiono", "Sugiono", "Sugiono", "person", None, "GOV")


def test_a_person_and_the_body_he_acts_for_are_one_participant():
    # "Menlu Sugiono mengusir ..." / "Kemlu mengusir ...": one act when the minister
    # acts for his ministry (his office, as the actor stage gives it)
    bodies = {"sugiono": KEMLU}
    minister, ministry = expelled("A", MENLU), expelled("B", KEMLU)
    (event,) = fuse_events([minister, ministry], {}, {}, bodies)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert [r.entity_name for r in event.actor] == ["Kementerian Luar Negeri"]  # its own
    assert len(fuse_events([minister, ministry], {}, {})) == 2  # body unknown: apart
    # another ministry of the same state, or another person of the same ministry: apart
    kemhan = EntityRef("kemhan", "Kemhan", "Kementerian Pertahanan", "organization", "IDN", "GOV")
    deputy = EntityRef("wamenlu", "Arif Havas", "Arif Havas", "person", None, "GOV")
    bodies["wamenlu"] = KEMLU
    for other in (kemhan, deputy):
        assert len(fuse_events([minister, expelled("B", other)], {}, {}, bodies)) == 2
    # an official with his body beside him still stands for his state
    white_house = EntityRef("gedung-putih", "", "", "organization", None, None)
    state, president = tariff("A", AMERIKA), tariff("B", TRUMP)
    assert len(fuse_events([state, president], {}, {}, {"trump": white_house})) == 1


def test_a_government_body_stands_for_its_state_an_armed_force_does_not():
    # "Kemlu Myanmar mengecam ..." / "Myanmar mengecam ...", one day: the government speaks for
    # its state. "militer Myanmar menyerang" is kept apart from "Myanmar menyerang": a state
    # named as attacker is mostly a campaign summary, which reports do not merge.
    myanmar = EntityRef("mmr", "Myanmar", "Myanmar", "country", "MMR", None)
    ministry = EntityRef("mofa", "Kemlu Myanmar", "Kemlu Myanmar", "organization", "MMR", "GOV")
    army = EntityRef("tatmadaw", "militer Myanmar", "Tatmadaw", "organization", "MMR", "MIL")
    village = EntityRef("rohingya", "Rohingya", "Rohingya", "group", "MMR", None)

    def act(article_id: str, actor: EntityRef, kind: str) -> Event:
        event = report(article_id, "2017-08-27", kind=kind)
        event.actor, event.recipient = [actor], [village]
        return event

    assert len(fuse_events([act("A", myanmar, "ACCUSE"), act("B", ministry, "ACCUSE")], {})) == 1
    assert len(fuse_events([act("A", myanmar, "ASSAULT"), act("B", army, "ASSAULT")], {})) == 2


AID_BY_CHIEF = """Jakarta - Kapolri Jenderal Listyo Sigit Prabowo menyerahkan bantuan sembako \
kepada Pemerintah Kabupaten Lebak di Rangkasbitung, Senin (3/6/2024). Bantuan itu untuk warga \
korban banjir bandang."""
AID_BY_POLICE = """Lebak - Polri menyerahkan bantuan sembako kepada Pemerintah Kabupaten Lebak \
di Rangkasbitung, Senin (3/6/2024). Sebanyak dua ribu paket dibagikan kepada warga terdampak \
banjir."""
AID_BY_DEPUTY = """Lebak - Wakapolri Komjen Ahmad Dofiri menyerahkan bantuan sembako kepada \
Pemerintah Kabupaten Lebak di Rangkasbitung, Senin (3/6/2024). Paket itu dibagikan kepada \
warga."""


def test_a_former_or_would_be_officer_acts_for_no_body():
    from kabar.actors import person_bodies
    from kabar.api import default_pipeline

    pipeline = default_pipeline()

    def bodies(title: str) -> list[str]:
        text = (
            f"Jakarta - {title} Agus Rahardjo menilai revisi undang-undang itu melemahkan "
            "pemberantasan korupsi, Senin (3/6/2024)."
        )
        article = pipeline(text, published="2024-06-03", publication="Satu")
        return [name for _, name in person_bodies(article).values()]

    assert bodies("Ketua KPK") == ["Komisi Pemberantasan Korupsi"]
    assert bodies("Juru bicara KPK") == ["Komisi Pemberantasan Korupsi"]
    assert bodies("Wakil Sekretaris Jenderal PKS") == ["Partai Keadilan Sejahtera"]  # serves
    # he speaks for himself once he has left the post, or before he holds it
    assert bodies("Mantan Ketua KPK") == []
    assert bodies("Mantan juru bicara KPK") == []
    assert bodies("Calon Ketua KPK") == []


def test_a_chief_named_by_his_title_acts_for_his_body_across_outlets():
    from kabar.actors import person_bodies
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    chief, police, deputy = (
        pipeline(text, published="2024-06-03", publication=outlet)
        for text, outlet in (
            (AID_BY_CHIEF, "Satu"),
            (AID_BY_POLICE, "Dua"),
            (AID_BY_DEPUTY, "Tiga"),
        )
    )
    # "Kapolri" names one seat; every chief the people list knows served in Polri
    assert [name for _, name in person_bodies(chief).values()] == [
        "Kepolisian Negara Republik Indonesia"
    ]

    def aid(articles: list[Article]) -> list[Event]:
        return [e for e in fuse(articles, {}, FuseConfig()).events if e.event == "AID"]

    (event,) = aid([chief, police])
    assert len({s.article_id for s in event.sources}) == 2
    # the deputy chief is another person: his aid stays apart from the chief's
    assert len(aid([chief, deputy])) == 2


def undated_report(
    article_id: str,
    published: str,
    sentence: str,
    trigger: str,
    sides: tuple[list[EntityRef], list[EntityRef]],
    kind: str = "CONSULT",
) -> Event:
    """An act of ``kind`` between ``sides`` (actors, recipients) told as a past act with no
    date ("sempat berkoordinasi"): unknown date; its trigger the first ``trigger`` of
    ``sentence``, published on ``published``."""
    event = replace(report(article_id, "", kind, precision="unknown"), date=None)
    event.actor, event.recipient = sides
    event.sources = [sentence_source(article_id, sentence, sentence.index(trigger), published)]
    return event


def past_talk(article_id: str, published: str, sentence: str) -> Event:
    """Bawaslu's past talk with Kominfo, told with no date."""
    sides = ([ref("bawaslu", "Bawaslu")], [ref("kominfo", "Kominfo")])
    return undated_report(article_id, published, sentence, "ber", sides)


def test_two_undated_past_acts_of_one_story_retold_alike_are_one():
    # two outlets following one story each mention, without a date, an earlier talk
    first = past_talk(
        "A",
        "2024-03-04",
        "Bawaslu sempat berkoordinasi dengan Kominfo membahas keamanan data pemilih.",
    )
    second = past_talk(
        "B", "2024-03-06", "Bawaslu sempat berkoordinasi dengan Kominfo soal keamanan data pemilih."
    )
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([first, second], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # other stories, other words, or "kembali" (an earlier talk exists): apart
    assert len(fuse_events([first, second], {}, {"A": "s1", "B": "s2"})) == 2
    other = past_talk("B", "2024-03-06", "Bawaslu sempat berkoordinasi dengan Kominfo soal iklan.")
    assert len(fuse_events([first, other], {}, stories)) == 2
    again = past_talk(
        "B",
        "2024-03-06",
        "Bawaslu kembali berkoordinasi dengan Kominfo soal keamanan data pemilih.",
    )
    assert len(fuse_events([first, again], {}, stories)) == 2
    # one side left unnamed ("sejumlah pihak"): not fully named, apart
    vague = replace(
        second,
        recipient=[EntityRef(None, "sejumlah pihak", "sejumlah pihak", "unknown", None, None)],
    )
    assert len(fuse_events([first, vague], {}, stories)) == 2
    # a dated talk of the story they both fit takes them in instead
    dated = report("C", "2024-03-01")
    dated.actor, dated.recipient = first.actor, first.recipient
    stories["C"] = "s1"
    assert len(fuse_events([first, second, dated], {}, stories)) == 1


def past_seizure(article_id: str, published: str, sentence: str, doer: EntityRef) -> Event:
    """``doer`` seized something of Dodi, told as a past act with no date."""
    sides = ([doer], [person("dodi", "Dodi Saputra")])
    return undated_report(article_id, published, sentence, "menyita", sides, "COERCE")


def test_two_undated_past_acts_of_police_named_by_its_kind_are_one():
    # two outlets of one story retell, without a date, that "polisi" seized Dodi's motorbike
    first = past_seizure(
        "A",
        "2024-08-12",
        "Polisi juga sudah menyita sepeda motor milik Dodi yang dipakai saat kejadian.",
        POLICE_NOUN,
    )
    kind = replace(POLICE_NOUN, entity_text="pihak kepolisian", entity_name="pihak kepolisian")
    second = past_seizure(
        "B",
        "2024-08-13",
        "Sejauh ini pihak kepolisian telah menyita sepeda motor Dodi yang dipakai saat kejadian.",
        kind,
    )
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([first, second], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # a crowd, a body of another kind, or another story: apart
    crowd = EntityRef(None, "sejumlah warga", "sejumlah warga", "group", None, "CVL")
    jaksa = EntityRef(None, "jaksa", "jaksa", "organization", None, "JUD")
    for doer in (crowd, jaksa):
        assert len(fuse_events([first, replace(second, actor=[doer])], {}, stories)) == 2
    assert len(fuse_events([first, second], {}, {"A": "s1", "B": "s2"})) == 2


def test_undated_twins_that_seized_or_talked_of_other_things_stay_apart():
    # most words alike, but what was seized, or what the talk was about, differs: two acts
    stories = {"A": "s1", "B": "s1"}
    for doer in (POLICE_NOUN, POLRES):
        car = past_seizure(
            "A",
            "2024-08-12",
            "Aparat juga telah menyita mobil boks milik Dodi di gudang itu.",
            doer,
        )
        phone = past_seizure(
            "B",
            "2024-08-13",
            "Aparat juga telah menyita ponsel pintar milik Dodi di gudang itu.",
            doer,
        )
        assert len(fuse_events([car, phone], {}, stories)) == 2, doer.entity_name
        again = past_seizure(
            "B",
            "2024-08-13",
            "Sebelumnya aparat telah menyita mobil boks Dodi di gudang itu.",
            doer,
        )
        assert len(fuse_events([car, again], {}, stories)) == 1, doer.entity_name
    debt = past_talk(
        "A",
        "2024-03-04",
        "Bawaslu sempat berkoordinasi dengan Kominfo soal tunggakan listrik kantor.",
    )
    land = past_talk(
        "B", "2024-03-06", "Bawaslu sempat berkoordinasi dengan Kominfo soal sengketa lahan kantor."
    )
    assert len(fuse_events([debt, land], {}, stories)) == 2


def test_undated_twins_of_two_kinds_of_one_sector_stay_apart():
    # "jaksa" and "pengadilan" (both JUD) prolonging one detention are two acts; two
    # "pihak kejaksaan" / "kejaksaan" are one kind
    dodi = [person("dodi", "Dodi Saputra")]

    def prolonged(article_id: str, published: str, doer: str) -> Event:
        body = EntityRef(None, doer, doer, "organization", None, "JUD")
        told = f"Masa tahanan Dodi juga sudah diperpanjang {doer} hingga empat puluh hari lagi."
        sides = ([body], dodi)
        return undated_report(article_id, published, told, "diperpanjang", sides, "COERCE")

    stories = {"A": "s1", "B": "s1"}
    first = prolonged("A", "2024-08-12", "jaksa")
    assert len(fuse_events([first, prolonged("B", "2024-08-13", "pengadilan")], {}, stories)) == 2
    kind = prolonged("A", "2024-08-12", "pihak kejaksaan")
    assert len(fuse_events([kind, prolonged("B", "2024-08-13", "kejaksaan")], {}, stories)) == 1


def campus_talk(article_id: str, published: str, sentence: str, campus: EntityRef) -> Event:
    """The ministry's past talk with a university, told with no date."""
    ministry = EntityRef("kemdik", "Kemendik", "Kemendik", "organization", "IDN", "GOV")
    return undated_report(article_id, published, sentence, "ber", ([ministry], [campus]))


def test_undated_twins_name_a_university_by_the_short_form_one_defines_in_brackets():
    # "pihak Unsri" / "pihak Universitas Sriwijaya (Unsri)": the actor stage kept two ids,
    # the bracket says they are one body
    short = EntityRef("unsri", "Unsri", "Unsri", "organization", "IDN", "EDU")
    full = EntityRef(
        "sriwijaya", "Universitas Sriwijaya", "Universitas Sriwijaya", "organization", "IDN", "EDU"
    )
    told = "Kemendik sempat berkoordinasi dengan pihak Unsri soal mahasiswa yang wafat di asrama."
    spelt = told.replace("Unsri", "Universitas Sriwijaya (Unsri)")
    first = campus_talk("A", "2025-04-08", told, short)
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([first, campus_talk("B", "2025-04-09", spelt, full)], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # no bracket defining the short form, or another story: apart
    bare = told.replace("Unsri", "Universitas Sriwijaya")
    assert len(fuse_events([first, campus_talk("B", "2025-04-09", bare, full)], {}, stories)) == 2
    other = {"A": "s1", "B": "s2"}
    assert len(fuse_events([first, campus_talk("B", "2025-04-09", spelt, full)], {}, other)) == 2


def past_apology(article_id: str, published: str, sentence: str, to: list[EntityRef]) -> Event:
    """Rudi's apology told as a past act with no date."""
    sides = ([person("rudi", "Rudi Hartanto")], to)
    return undated_report(article_id, published, sentence, "meminta", sides, "CONCEDE")


def test_undated_twins_may_name_the_same_unresolved_words_beside_resolved_parties():
    # "kepada warga dan pengurus Koperasi Sejahtera" in both: "warga" is unresolved, but
    # every side has a resolved party and the unresolved words are the same
    warga = EntityRef(None, "warga", "warga", "group", None, None)
    koperasi = EntityRef(
        "kop", "Koperasi Sejahtera", "Koperasi Sejahtera", "organization", "IDN", None
    )
    first = past_apology(
        "A",
        "2024-11-04",
        "Rudi sudah meminta maaf kepada warga dan pengurus Koperasi Sejahtera atas unggahan itu.",
        [warga, koperasi],
    )
    second = past_apology(
        "B",
        "2024-11-05",
        "Rudi telah meminta maaf kepada warga dan pengurus Koperasi Sejahtera atas unggahannya.",
        [warga, koperasi],
    )
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([first, second], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # a side named only by unresolved words, or other unresolved words: apart
    pedagang = EntityRef(None, "pedagang", "pedagang", "group", None, None)
    for to in ([warga], [pedagang, koperasi]):
        assert len(fuse_events([replace(first, recipient=to), second], {}, stories)) == 2


def test_a_unit_named_with_its_body_acts_for_that_body():
    # "Tim Resmob Polda Jambi menangkap Rudi" / "Polda Jambi menangkap Rudi", one day
    def arrest(article_id: str, doer: EntityRef) -> Event:
        event = report(article_id, "2024-05-02", "COERCE")
        event.actor, event.recipient = [doer], [ref("rudi", "Rudi Hartono")]
        return event

    def body(actor_id: str, name: str) -> EntityRef:
        return EntityRef(actor_id, name, name, "organization", "IDN", "COP")

    unit = body("resmob", "Tim Resmob Polda Jambi")
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events(
        [arrest("A", unit), arrest("B", body("jambi", "Polda Jambi"))], {}, stories
    )
    assert [x.entity_name for x in event.actor] in (["Tim Resmob Polda Jambi"], ["Polda Jambi"])
    # another body, whose name the unit's does not end with: apart
    other = arrest("B", body("bungo", "Polres Bungo"))
    assert len(fuse_events([arrest("A", unit), other], {}, stories)) == 2


def test_an_undated_crowd_act_joins_the_one_dated_crowd_act_of_its_story():
    # "Ratusan warga menghadang kedatangan Bupati Salim di pelabuhan" (dated), and a later
    # article of the story: "kedatangan Salim sempat ditolak sekelompok pemuda" (undated)
    def crowd(name: str) -> EntityRef:
        return EntityRef(None, name, name, "unknown", None, None)

    dated = report("A", "2024-06-01", "PROTEST")
    dated.actor, dated.recipient = [crowd("ratusan warga")], [ref("salim", "Salim")]
    told = replace(report("B", "", "PROTEST", precision="unknown"), date=None)
    told.sources = [replace(s, published="2024-06-03") for s in told.sources]
    told.actor, told.recipient = [crowd("sekelompok pemuda")], [ref("salim", "Salim")]
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([dated, told], {}, stories)
    assert event.date == "2024-06-01" and {s.article_id for s in event.sources} == {"A", "B"}
    # two dated crowd acts against him in the story: it may be either, it joins neither
    second = replace(dated, id="evt_C", date="2024-06-02")
    second.sources = [replace(s, article_id="C") for s in dated.sources]
    stories["C"] = "s1"
    assert len(fuse_events([dated, second, told], {}, stories)) == 3
    # another story, or another named party: apart
    assert len(fuse_events([dated, told], {}, {"A": "s1", "B": "s2"})) == 2
    other = replace(told, recipient=[ref("rahmat", "Rahmat")])
    assert len(fuse_events([dated, other], {}, stories)) == 2


def test_a_person_named_by_office_names_its_body_for_stories():
    from kabar.actors import mention_key
    from kabar.api import default_pipeline
    from kabar.stories import named_actors

    pipeline = default_pipeline()
    deputy = pipeline(
        "Jakarta - Wakil Ketua DPR RI Bambang Sukoco meninjau banjir di Kudus, Selasa (4/2).",
        published="2025-02-04",
    )
    member = pipeline(
        "Jakarta - Anggota DPR RI Bambang Sukoco meninjau banjir di Kudus, Selasa (4/2).",
        published="2025-02-04",
    )
    dpr = mention_key("ORG", "Dewan Perwakilan Rakyat")
    # one outlet joins the title to the name, another names "DPR RI" apart: both name it
    assert dpr in named_actors(deputy)
    # a member sits in the body, one of hundreds: not a story actor
    assert dpr not in named_actors(member)


AID_BY_AGENCY_HEAD = """Cianjur - Kepala BNPB Rudi Hartawan menyerahkan bantuan logistik \
kepada Pemerintah Kabupaten Cianjur di Cugenang, Selasa (9/7/2024). Bantuan itu berupa tenda \
dan selimut bagi pengungsi gempa."""
AID_BY_AGENCY = """Cugenang - BNPB menyerahkan bantuan logistik kepada Pemerintah Kabupaten \
Cianjur di Cugenang, Selasa (9/7/2024). Ratusan tenda dikirim dengan truk sejak pagi."""


def test_a_head_named_by_a_title_that_names_his_body_acts_for_it():
    # "Kepala BNPB Rudi ..." / "BNPB ...": the title's own words name the body he heads,
    # though the people list does not know him; a regional title names no single body
    from kabar.actors import person_bodies
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    head, agency = (
        pipeline(text, published="2024-07-09", publication=outlet)
        for text, outlet in ((AID_BY_AGENCY_HEAD, "Satu"), (AID_BY_AGENCY, "Dua"))
    )
    assert [name for _, name in person_bodies(head).values()] == [
        "Badan Nasional Penanggulangan Bencana"
    ]
    (event,) = [e for e in fuse([head, agency], {}, FuseConfig()).events if e.event == "AID"]
    assert len({s.article_id for s in event.sources}) == 2
    regional = pipeline(
        "Bandung - Ketua DPRD Heru Saputra menerima rombongan mahasiswa di gedung dewan, "
        "Selasa (9/7/2024).",
        published="2024-07-09",
        publication="Tiga",
    )
    assert person_bodies(regional) == {}


TRAVEL_BAN_ASKED = """Jakarta - Kejaksaan Agung meminta Direktorat Jenderal Imigrasi mencegah \
pengusaha tambang nikel Hendra Wijaya pergi ke luar negeri pada Senin (3/3/2025). Hendra \
diperiksa sebagai saksi dalam perkara korupsi izin tambang di Sulawesi Tenggara.
Kepala Pusat Penerangan Hukum Kejaksaan Agung mengatakan penyidik masih menelusuri aliran \
dana dari perusahaan milik Hendra."""
TRAVEL_BAN_SECOND = """ Pada Jumat (28/2/2025), Kejaksaan Agung juga meminta Direktorat \
Jenderal Imigrasi mencegah direktur keuangan perusahaan itu, Rudi Santoso, pergi ke luar negeri."""
TRAVEL_BAN_IN_MONTH = """ Awal Februari lalu, Kejaksaan Agung juga sudah meminta Direktorat \
Jenderal Imigrasi mencegah direktur keuangan perusahaan itu, Rudi Santoso, pergi ke luar negeri."""
TRAVEL_BAN_RETOLD = """Kendari - Kejaksaan Agung menetapkan pengusaha tambang nikel Hendra \
Wijaya sebagai tersangka perkara korupsi izin tambang di Sulawesi Tenggara, Rabu (5/3/2025).
Dua hari sebelumnya, Hendra dicegah Direktorat Jenderal Imigrasi, atas permintaan Kejaksaan \
Agung, bepergian ke luar negeri selama enam bulan.
Penyidik juga menyita dokumen perizinan dari kantor perusahaan milik Hendra."""


def test_an_undated_follow_up_retelling_a_request_joins_the_one_dated_request_of_its_story():
    from kabar.api import default_pipeline

    pipeline = default_pipeline()

    def requests(asked: str, retold_on: str) -> list[Event]:
        first = pipeline(
            asked,
            title="Imigrasi cegah pengusaha nikel Hendra Wijaya",
            published="2025-03-04",
            publication="Kabar Satu",
        )
        retold = pipeline(
            TRAVEL_BAN_RETOLD,
            title="Pengusaha nikel Hendra Wijaya jadi tersangka",
            published=retold_on,
            publication="Kabar Dua",
        )
        (undated,) = [e for e in retold.events if e.event == "REQUEST"]
        assert undated.date is None  # "atas permintaan": a past act, its day not told
        events = fuse([first, retold], {}, FuseConfig()).events
        return [e for e in events if e.event == "REQUEST"]

    # the follow-up names the same asker and body asked, two days after the first report,
    # in other words ("atas permintaan" / "meminta ... mencegah"): one request
    (event,) = requests(TRAVEL_BAN_ASKED, "2025-03-06")
    assert event.date == "2025-03-03" and len({s.article_id for s in event.sources}) == 2
    # two dated requests of that pair within its reach: it may be either, it joins neither
    assert len(requests(TRAVEL_BAN_ASKED + TRAVEL_BAN_SECOND, "2025-03-06")) == 3
    # likewise when the other is dated only to a month that reaches into the last 31 days
    assert len(requests(TRAVEL_BAN_ASKED + TRAVEL_BAN_IN_MONTH, "2025-03-06")) == 3
    # published over a week after the first report: no follow-up of it
    assert len(requests(TRAVEL_BAN_ASKED, "2025-03-12")) == 2


def test_a_quoted_undated_request_is_no_follow_up_retelling():
    # a governor asks the city water board, Monday, to test the wells of one district; an
    # outlet quotes him on Wednesday without a date: he may be asking again, or anew
    def asked(article_id: str, sentence: str, published: str) -> Event:
        event = report(article_id, published, kind="REQUEST")
        event.actor, event.recipient = [ref("gub", "Gubernur")], [ref("pdam", "PDAM")]
        event.sources = [sentence_source(article_id, sentence, sentence.index("minta"), published)]
        return event

    dated = asked("A", "Gubernur meminta PDAM memeriksa sumur warga Cilincing.", "2025-06-02")
    dated.rule = "minta [act; actor=mention; date same-sentence]"
    told = "Sebelumnya Gubernur telah meminta PDAM menguji mutu air di permukiman padat."
    retold = asked("B", told, "2025-06-04")
    retold.date, retold.date_precision = None, "unknown"
    retold.rule = "minta [act; actor=mention; date background]"
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([dated, retold], {}, stories)) == 1
    quoted = '"Kami telah meminta PDAM menguji mutu air di permukiman padat," ujar Gubernur.'
    retold.sources = [sentence_source("B", quoted, quoted.index("minta"), "2025-06-04")]
    # the same report, its trigger now inside a quotation: only fuse_compare.retellable's
    # quoted_trigger keeps it apart (this half fails without it), and the report is still
    # one the follow-up rule would otherwise join
    assert not retellable(retold) and retellable(replace(retold, sources=[
        sentence_source("B", told, told.index("minta"), "2025-06-04")
    ]))  # fmt: skip
    assert len(fuse_events([dated, retold], {}, stories)) == 2


SUSPECT_LAST_WEEK = (
    "Pekan lalu penyidik KPK menetapkan Hadi Santoso sebagai tersangka suap proyek jalan."
)


def last_week(article_id: str, month: str) -> Event:
    """An outlet's report that dates the designation only by "pekan lalu": the month."""
    event = suspect(article_id, month + "-20", SUSPECT_LAST_WEEK, "menetapkan")
    event.date, event.date_precision = month, "month"
    event.rule = "tetap+kan ... tersangka [act; actor=mention; date same-sentence]"
    return event


def test_a_stated_month_holding_the_story_day_is_that_story_act():
    # "pekan lalu" in a report of 20 March is March: the designation another outlet of the
    # story tells on its story day, 20 March, may be that one; a February one is not
    story_day = suspect("A", "2018-03-20", SUSPECT_NAMED, "menetapkan")
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([story_day, last_week("B", "2018-03")], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert len(fuse_events([story_day, last_week("B", "2018-02")], {}, stories)) == 2


def test_initials_of_a_dated_quote_are_the_name_a_month_dated_report_gives():
    # '"KPK telah menetapkan HS tersangka," kata juru bicara, Selasa (20/3)' and "pekan lalu
    # ... menetapkan Hadi Santoso" of one story: HS is Hadi Santoso
    quoted = suspect("A", "2018-03-20", SUSPECT_NAMED, "menetapkan")
    quoted.rule = "tetap+kan ... tersangka [act; actor=mention; date same-sentence]"
    quoted.recipient = [EntityRef("hs", "HS", "HS", "person", "IDN", None)]
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([quoted, last_week("B", "2018-03")], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}


def test_a_name_written_with_or_without_a_space_is_one_person_on_one_day_of_a_story():
    # one outlet writes the suspect's clan name "Lumban Tobing", another "Lumbantobing";
    # the actor stage kept two ids: on one day of one story he is one suspect
    stories = {"A": "s1", "B": "s1"}
    spaced = charged("A", "2025-03-11", person("dl1", "Daniel Lumban Tobing"))
    joined = charged("B", "2025-03-11", person("dl2", "Daniel Lumbantobing"))
    (event,) = fuse_events([spaced, joined], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # another day, another story, or other letters: apart
    later = charged("B", "2025-03-25", person("dl2", "Daniel Lumbantobing"))
    assert len(fuse_events([spaced, later], {}, stories)) == 2
    assert len(fuse_events([spaced, joined], {}, {"A": "s1", "B": "s2"})) == 2
    other = charged("B", "2025-03-11", person("dl3", "Daniel Lumbanraja"))
    assert len(fuse_events([spaced, other], {}, stories)) == 2


def body(actor_id: str, name: str) -> EntityRef:
    return EntityRef(actor_id, name, name, "organization", "IDN", "GOV")


def sanctioned(article_id: str, day: str, by: EntityRef) -> Event:
    """``by`` sanctions a party on ``day`` ("... menjatuhkan sanksi kepada Partai Bintang")."""
    event = report(article_id, day, kind="SANCTION")
    event.id = f"evt_{article_id}_{by.actor_id}_{day}"
    event.actor = [by]
    event.recipient = [body("bintang", "Partai Bintang")]
    return event


def test_a_body_named_with_the_states_suffix_or_its_acronym_in_brackets_is_one_body():
    # "Bawaslu RI", "Bawaslu" and "Badan Pengawas Pemilu (Bawaslu)" sanction one party on one
    # day of one story: the actor stage kept three ids, fusion weighs them as one body
    stories = {"A": "s1", "B": "s1", "C": "s1"}
    reports = [
        sanctioned("A", "2025-06-02", body("bw1", "Bawaslu RI")),
        sanctioned("B", "2025-06-02", body("bw2", "Badan Pengawas Pemilu (Bawaslu)")),
        sanctioned("C", "2025-06-02", body("bw3", "Bawaslu")),
    ]
    (event,) = fuse_events(reports, {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B", "C"}


def test_a_body_with_the_states_suffix_stays_apart_from_a_regional_body_or_another_day():
    stories = {"A": "s1", "B": "s1"}
    national = sanctioned("A", "2025-06-02", body("bw1", "Bawaslu RI"))
    regional = sanctioned("B", "2025-06-02", body("bw4", "Bawaslu Jawa Barat"))
    assert len(fuse_events([national, regional], {}, stories)) == 2
    # the same body two weeks later sanctions the party again: two sanctions
    again = sanctioned("B", "2025-06-16", body("bw3", "Bawaslu"))
    assert len(fuse_events([national, again], {}, stories)) == 2
    # an acronym and a full name written without it are left to the actor stage
    spelt = sanctioned("B", "2025-06-02", body("bw5", "Badan Pengawas Pemilu"))
    assert len(fuse_events([national, spelt], {}, stories)) == 2


POLICE_NOUN = EntityRef(None, "polisi", "polisi", "organization", None, "COP")
POLRES = EntityRef("polres_bgr", "Polres Bogor", "Polres Bogor", "organization", "IDN", "COP")


def arrested(article_id: str, day: str, by: list[EntityRef], suspect: EntityRef) -> Event:
    """``by`` arrests ``suspect`` on ``day`` ("Polisi menangkap Bagus Setiawan di rumahnya")."""
    event = report(article_id, day, kind="COERCE")
    event.id = f"evt_{article_id}_{suspect.actor_id}_{day}"
    event.actor, event.recipient = list(by), [suspect]
    return event


def test_a_body_named_by_its_kind_is_the_unit_another_outlet_names_when_both_name_the_suspect():
    # "Polisi menangkap Bagus Setiawan" / "Polres Bogor menangkap Bagus Setiawan": one story,
    # one day, the same resolved suspect: one arrest
    stories = {"A": "s1", "B": "s1"}
    bagus = person("bagus", "Bagus Setiawan")
    generic = arrested("A", "2025-02-03", [POLICE_NOUN], bagus)
    unit = arrested("B", "2025-02-03", [POLRES], bagus)
    (event,) = fuse_events([generic, unit], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}


def test_a_body_named_by_its_kind_stays_apart_without_the_same_suspect_day_story_or_one_unit():
    stories = {"A": "s1", "B": "s1"}
    bagus = person("bagus", "Bagus Setiawan")
    generic = arrested("A", "2025-02-03", [POLICE_NOUN], bagus)
    # the same unit arrests him again two weeks later: two arrests
    assert (
        len(fuse_events([generic, arrested("B", "2025-02-17", [POLRES], bagus)], {}, stories)) == 2
    )
    # another suspect, another story
    other = arrested("B", "2025-02-03", [POLRES], person("dodi", "Dodi Kurniawan"))
    assert len(fuse_events([generic, other], {}, stories)) == 2
    unit = arrested("B", "2025-02-03", [POLRES], bagus)
    assert len(fuse_events([generic, unit], {}, {"A": "s1", "B": "s2"})) == 2
    # the other names two police bodies: which one "polisi" is, nothing tells
    polda = EntityRef(
        "polda_jb", "Polda Jawa Barat", "Polda Jawa Barat", "organization", "IDN", "COP"
    )
    both = arrested("B", "2025-02-03", [POLRES, polda], bagus)
    assert len(fuse_events([generic, both], {}, stories)) == 2


def test_a_body_named_by_its_kind_stays_apart_when_no_resolved_recipient_is_shared():
    # "Polisi membubarkan kerumunan pemuda di alun-alun" / "Polres Bogor membubarkan
    # kerumunan pemuda": one story and day, but whom they dispersed is only a common noun,
    # so nothing says the police of A is the Polres of B
    stories = {"A": "s1", "B": "s1"}
    crowd = EntityRef(None, "kerumunan pemuda", "kerumunan pemuda", "group", None, "CVL")
    generic = arrested("A", "2025-02-03", [POLICE_NOUN], crowd)
    unit = arrested("B", "2025-02-03", [POLRES], crowd)
    assert len(fuse_events([generic, unit], {}, stories)) == 2


def test_an_acronym_is_the_full_name_a_sentence_defines_it_by_in_brackets():
    # A: "Badan Pemeriksa Keuangan (BPK) menjatuhkan sanksi kepada Partai Bintang pada Senin."
    # B: "BPK menghukum Partai Bintang karena laporan dananya terlambat." One body, one day.
    stories = {"A": "s1", "B": "s1"}
    defined = "Badan Pemeriksa Keuangan (BPK) menjatuhkan sanksi kepada Partai Bintang pada Senin."
    plain = "Badan Pemeriksa Keuangan menjatuhkan sanksi kepada Partai Bintang pada Senin."
    short = "BPK menghukum Partai Bintang karena laporan dananya terlambat."
    full = sanctioned("A", "2025-06-02", body("bpk1", "Badan Pemeriksa Keuangan"))
    full.sources = [sentence_source("A", defined, defined.index("menjatuhkan"), "2025-06-02")]
    acronym = sanctioned("B", "2025-06-02", body("bpk2", "BPK"))
    acronym.sources = [sentence_source("B", short, short.index("menghukum"), "2025-06-02")]
    (event,) = fuse_events([full, acronym], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    # no sentence defines the acronym: initials alone do not make one body
    full.sources = [sentence_source("A", plain, plain.index("menjatuhkan"), "2025-06-02")]
    assert len(fuse_events([full, acronym], {}, stories)) == 2


def told_in(sentence: str, trigger: str) -> Event:
    """A report whose one source is ``sentence``, its trigger the word ``trigger``."""
    event = report("A", "2024-03-05")
    event.sources = [sentence_source("A", sentence, sentence.index(trigger), "2024-03-05")]
    return event


def test_no_longer_after_the_trigger_is_no_repeat():
    """ "tidak lagi" is "no longer": "Warga menolak, tidak lagi mau ..." tells no second refusal."""
    from kabar.fuse_compare import told_again

    assert not told_again(
        told_in("Para nelayan menolak, tidak lagi mau membayar retribusi.", "menolak")
    )
    assert told_again(told_in("Para nelayan menolak lagi rencana pungutan baru itu.", "menolak"))
    assert told_again(told_in("Untuk keenam kalinya nelayan menolak pungutan.", "menolak"))


def test_an_ordinal_in_digits_tells_a_repeat():
    """ "untuk ke-3 kalinya" counts the act as a repeat, as "untuk ketiga kalinya" does;
    "ke-1" does not."""
    from kabar.fuse_compare import told_again

    assert told_again(told_in("Untuk ke-3 kalinya warga Desa Cimanggu berunjuk rasa.", "berunjuk"))
    assert told_again(told_in("Warga Desa Cimanggu berunjuk rasa untuk ke-2 kalinya.", "berunjuk"))
    assert not told_again(
        told_in("Warga Desa Cimanggu berunjuk rasa untuk ke-1 kalinya.", "berunjuk")
    )


def told_by(speaker: EntityRef, article_id: str, sentence: str, trigger: str, kind: str) -> Event:
    """A ``kind`` report of ``speaker`` told in ``sentence``, its trigger the word
    ``trigger``."""
    event = said_by(speaker, article_id, sentence, 0)
    event.event = kind
    event.sources[0].trigger_start = 100 + sentence.index(trigger)
    return event


RUMOUR = "Rahmat juga mengatakan banyak kabar bohong tentang banjir sengaja disebarkan orang."
"""A minister's charge in indirect speech, its trigger "disebarkan" at the end."""


def test_what_indirect_speech_says_begins_after_the_speech_verb():
    # two outlets put the trigger at different words of one minister's charge; what he
    # said runs from the speech verb, so both hold "kabar bohong ... banjir"
    minister = ref("mensos", "Rahmat Hidayat")
    spread = told_by(minister, "A", RUMOUR, "disebarkan", "ACCUSE")
    told = told_by(
        minister, "B", "Dia menegaskan bahwa kabar bohong soal banjir kini beredar luas.",
        "beredar", "ACCUSE",
    )  # fmt: skip
    assert len(fuse_events([spread, told], {}, {"A": "s1", "B": "s1"})) == 1


def test_an_actor_written_inside_another_word_still_lets_speech_count():
    # the actor's mention "ia" is no name of his inside "media": what he said still runs
    # from the speech verb
    minister = EntityRef("mensos", "ia", "Rahmat Hidayat", "person", "IDN", "GOV")
    spread = told_by(minister, "A", RUMOUR, "disebarkan", "ACCUSE")
    told = told_by(
        minister, "B", "Kemarin ia menegaskan kabar bohong soal banjir di media sosial kini "
        "beredar luas.", "beredar", "ACCUSE",
    )  # fmt: skip
    assert len(fuse_events([spread, told], {}, {"A": "s1", "B": "s1"})) == 1


def test_two_charges_by_one_speaker_against_one_doer_stay_apart():
    # one official, one day, two charges against the same head of office: the words
    # before the active triggers are only the accused, shared by both charges
    member = ref("dprd", "Hasan Basri")
    funds = told_by(
        member, "A", "Hasan mengatakan kepala dinas perhubungan kota itu diam-diam "
        "menggelapkan retribusi parkir pasar.", "menggelapkan", "ACCUSE",
    )  # fmt: skip
    diploma = told_by(
        member, "B", "Hasan menegaskan kepala dinas perhubungan kota itu juga membeli "
        "gelar doktornya.", "membeli", "ACCUSE",
    )  # fmt: skip
    assert len(fuse_events([funds, diploma], {}, {"A": "s1", "B": "s1"})) == 2


def test_a_quotation_between_the_speech_verb_and_the_trigger_is_not_said_with_it():
    # what the speaker said in quotation marks before a later charge is not that charge
    member = ref("dprd", "Hasan Basri")
    quoted = told_by(
        member, "A", 'Hasan mengatakan "dana bantuan sekolah itu aman" sebelum menuding '
        "kepala dinas memalsukan ijazah.", "menuding", "ACCUSE",
    )  # fmt: skip
    funds = told_by(
        member, "B", "Hasan menegaskan bendahara itu menyelewengkan dana bantuan sekolah.",
        "menyelewengkan", "ACCUSE",
    )  # fmt: skip
    assert len(fuse_events([quoted, funds], {}, {"A": "s1", "B": "s1"})) == 2


def test_a_spokesman_telling_of_another_s_refusal_is_not_what_the_actor_said():
    # the regent refuses today's summons; the prosecutors' spokesman sums up his refusals:
    # the spokesman's words before the actor's name are not what the regent said, nor
    # those before the trigger of a passive whose agent the actor is
    def refusal(article_id: str, sentence: str, trigger: str) -> Event:
        event = told_by(ref("anwar", "Anwar Sadat"), article_id, sentence, trigger, "REJECT")
        event.recipient = [ref("kejari", "Kejaksaan Negeri Bima")]
        return event

    stories = {"A": "s1", "B": "s1"}
    today = refusal(
        "A", "Anwar Sadat memastikan tidak akan memenuhi panggilan Kejaksaan Negeri Bima.", "tidak"
    )
    summed = refusal(
        "B",
        "Juru bicara jaksa mengatakan surat penangkapan terbit setelah dua panggilan, "
        "Anwar Sadat selalu mangkir.",
        "mangkir",
    )
    assert len(fuse_events([today, summed], {}, stories)) == 2
    passive = refusal(
        "B",
        "Kepala seksi intelijen mengatakan dua panggilan yang dikirim bulan lalu pun "
        "ditolak oleh Anwar Sadat.",
        "ditolak",
    )
    assert len(fuse_events([today, passive], {}, stories)) == 2


def police_unit(name: str) -> EntityRef:
    """A local police unit the actor stage left unresolved, named as the text has it."""
    return EntityRef(None, name, name, "organization", "IDN", "COP")


def questioned(article_id: str, sentence: str, trigger: str, by: str) -> Event:
    """An ACCUSE (investigate) report by the unresolved unit ``by``."""
    event = said_by(police_unit(by), article_id, sentence, 0)
    event.event = "ACCUSE"
    event.sources[0].trigger_start = 100 + sentence.index(trigger)
    return event


def test_a_body_both_outlets_name_alike_but_none_resolved_is_one_actor():
    # one story, one day: a local police unit the actor stage cannot resolve questions a
    # suspect; the other outlet names the unit alike and leaves the suspect out
    stories = {"A": "s1", "B": "s1"}
    first = questioned(
        "A",
        "Polsek Cibeber Selatan masih memeriksa Dadang soal pencurian motor.",
        "memeriksa",
        "Polsek Cibeber Selatan",
    )
    first.recipient = [person("dadang", "Dadang Suhendar")]
    second = questioned(
        "B",
        "Pihaknya masih melakukan pemeriksaan soal pencurian motor itu.",
        "melakukan",
        "Polsek Cibeber Selatan",
    )
    assert len(fuse_events([first, second], {}, stories)) == 1
    # another unit, named alike but for one word, is another body
    other = questioned(
        "B",
        "Pihaknya masih melakukan pemeriksaan soal pencurian motor itu.",
        "melakukan",
        "Polsek Cibeber Utara",
    )
    assert len(fuse_events([first, other], {}, stories)) == 2


def test_a_kind_of_body_named_alike_is_no_one_body():
    # "Tim Penyidik", "Aparat TNI" name a kind of body however capitalised: two outlets'
    # "Tim Penyidik" are not one unresolved body; nor are one capitalised word or a
    # lowercase run ("Satreskrim", "tim gabungan polda")
    stories = {"A": "s1", "B": "s1"}
    for by in ("Tim Penyidik", "Aparat TNI", "Satreskrim", "tim gabungan polda"):
        first = questioned(
            "A", "Mereka masih memeriksa Yusuf soal penyelundupan solar.", "memeriksa", by
        )
        first.recipient = [person("yusuf", "Yusuf Maulana")]
        second = questioned(
            "B", "Pihaknya masih melakukan pemeriksaan soal penyelundupan solar itu.",
            "melakukan", by,
        )  # fmt: skip
        assert len(fuse_events([first, second], {}, stories)) == 2, by


KEJARI = EntityRef("kejari_bks", "Kejari Bekasi", "Kejari Bekasi", "organization", "IDN", "JUD")
DISHUB = EntityRef(
    "dishub_bks",
    "Dinas Perhubungan Kota Bekasi",
    "Dinas Perhubungan Kota Bekasi",
    "organization",
    "IDN",
    "GOV",
)


def detained(article_id: str, day: str, held: EntityRef, sentence: str) -> Event:
    """Kejari Bekasi detains ``held`` on ``day``, told by ``sentence`` (trigger "ditahan" or
    "menahan")."""
    event = arrested(article_id, day, [KEJARI], held)
    verb = "menahan" if "menahan" in sentence else "ditahan"
    event.sources = [sentence_source(article_id, sentence, sentence.index(verb), day)]
    return event


def counted(words: str, sector: str | None = "GOV") -> EntityRef:
    """A counted group of people the actor stage leaves unresolved."""
    return EntityRef(None, words, words, "group", "IDN", sector)


GROUP_TOLD = "Kejari Bekasi menahan tiga pegawai Dinas Perhubungan Kota Bekasi soal parkir liar."
BODY_TOLD = "Pegawai Dinas Perhubungan Kota Bekasi yang terjerat parkir liar ditahan Kejari Bekasi."


def test_a_counted_group_of_a_bodys_people_is_the_body_another_outlet_names():
    # one story, one day: "tiga pegawai Dinas Perhubungan Kota Bekasi" held in A is the
    # body B codes as the one held
    stories = {"A": "s1", "B": "s1"}
    group = counted("tiga pegawai Dinas Perhubungan Kota Bekasi")
    by_group = detained("A", "2025-03-04", group, GROUP_TOLD)
    by_body = detained("B", "2025-03-04", DISHUB, BODY_TOLD)
    (event,) = fuse_events([by_group, by_body], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}


def test_a_counted_group_stays_apart_from_another_body_its_things_or_another_story():
    stories = {"A": "s1", "B": "s1"}
    by_body = detained("B", "2025-03-04", DISHUB, BODY_TOLD)
    for words in (
        "tiga pegawai Dinas Pendidikan Kota Bekasi",  # another body's people
        "tiga mobil Dinas Perhubungan Kota Bekasi",  # the body's things
        "mantan Kepala Dinas Perhubungan Kota Bekasi",  # a title, no count
    ):
        other = detained("A", "2025-03-04", counted(words), GROUP_TOLD)
        assert len(fuse_events([other, by_body], {}, stories)) == 2, words
    held = counted("tiga pegawai Dinas Perhubungan Kota Bekasi")
    group = detained("A", "2025-03-04", held, GROUP_TOLD)
    assert len(fuse_events([group, by_body], {}, {"A": "s1", "B": "s2"})) == 2
    later = detained("B", "2025-03-18", DISHUB, BODY_TOLD)
    assert len(fuse_events([group, later], {}, stories)) == 2


def test_people_a_body_serves_or_once_had_are_not_the_body():
    # only a body's own people ("pegawai", "oknum personel") act as the body: its students,
    # customers, former staff or a party's cadres are a group of their own
    stories = {"A": "s1", "B": "s1"}
    campus = EntityRef("ubr", "Universitas Bekasi Raya", "Universitas Bekasi Raya",
                       "organization", "IDN", None)  # fmt: skip
    bank = EntityRef("bbk", "Bank Bekasi Kencana", "Bank Bekasi Kencana", "organization",
                     "IDN", None)  # fmt: skip
    party = EntityRef("pbm", "Partai Bekasi Maju", "Partai Bekasi Maju", "organization",
                      "IDN", "PTY")  # fmt: skip
    for words, body in (
        ("dua mahasiswa Universitas Bekasi Raya", campus),
        ("lima nasabah Bank Bekasi Kencana", bank),
        ("tiga mantan pegawai Dinas Perhubungan Kota Bekasi", DISHUB),
        ("ratusan kader Partai Bekasi Maju", party),
    ):
        group = detained("A", "2025-03-04", counted(words, body.sector), GROUP_TOLD)
        by_body = detained("B", "2025-03-04", body, BODY_TOLD)
        assert len(fuse_events([group, by_body], {}, stories)) == 2, words


def test_a_counted_group_is_the_body_a_month_dated_report_of_the_story_names():
    # "within": A's day lies in B's month; the counted staff are the body B names, but no
    # body B does not name ("tiga pegawai Dinas Pendidikan ...")
    stories = {"A": "s1", "B": "s1"}
    monthly = replace(
        detained("B", "2025-03-04", DISHUB, BODY_TOLD), date="2025-03", date_precision="month"
    )
    monthly.sources = [replace(s, published="2025-03-20") for s in monthly.sources]
    group = counted("tiga pegawai Dinas Perhubungan Kota Bekasi")
    (event,) = fuse_events([detained("A", "2025-03-04", group, GROUP_TOLD), monthly], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    other = counted("tiga pegawai Dinas Pendidikan Kota Bekasi")
    assert (
        len(fuse_events([detained("A", "2025-03-04", other, GROUP_TOLD), monthly], {}, stories))
        == 2
    )


def past_complaint(article_id: str, published: str, sentence: str, doer: EntityRef) -> Event:
    """``doer`` reported Andi Pratama to the police, told as a past act with no date."""
    sides = ([doer], [person("andi", "Andi", "Andi Pratama")])
    return undated_report(article_id, published, sentence, "mengadukan", sides, "ACCUSE")


def test_undated_twins_name_a_person_by_initials_in_one_report_and_in_full_in_the_other():
    # one outlet writes only "HW" (no id, typed a body), the other "Hendra Wijaya"
    full = past_complaint(
        "A",
        "2025-05-02",
        "Hendra Wijaya yang merasa difitnah kemudian mengadukan Andi ke Polda Metro Jaya.",
        person("hendra", "Hendra Wijaya"),
    )
    initials = EntityRef(None, "HW", "HW", "organization", None, None)
    short = past_complaint(
        "B",
        "2025-05-03",
        "HW yang merasa difitnah kemudian mengadukan Andi ke Polda Metro Jaya.",
        initials,
    )
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([full, short], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert len(fuse_events([full, short], {}, {"A": "s1", "B": "s2"})) == 2
    # capitals a gazetteer knows ("KPK", "AS") or a legal form ("PT") are no one's initials
    for capitals, name in (
        ("KPK", "Kurnia Putra Kasih"),
        ("AS", "Agus Setiawan"),
        ("PT", "Putri Tanjung"),
    ):
        named = replace(full, actor=[person(name.split()[0].casefold(), name)])
        body = replace(short, actor=[replace(initials, entity_text=capitals, entity_name=capitals)])
        assert len(fuse_events([named, body], {}, stories)) == 2, capitals


HENDRA_RINA = (ref("hendra", "Hendra Wijaya"), ref("rina", "Rina"))
AGUS_RUDI = (ref("agus", "Agus Salim"), ref("rudi", "Rudi"))


def undated_complaint(
    article_id: str, sentence: str, verb: str, published: str, parties: tuple[EntityRef, EntityRef]
) -> Event:
    """A complaint by ``parties[0]`` against ``parties[1]`` told by ``verb`` of ``sentence``
    with no date of its own, as one outlet reports it."""
    event = report(article_id, published, kind="ACCUSE")
    event.actor, event.recipient = [parties[0]], [parties[1]]
    event.sources = [sentence_source(article_id, sentence, sentence.index(verb), published)]
    event.date, event.date_precision = None, "unknown"
    event.rule = "lapor+kan [act; actor=mention; date background]"
    return event


def dated_complaint(
    article_id: str, sentence: str, verb: str, published: str, parties: tuple[EntityRef, EntityRef]
) -> Event:
    """The same complaint dated to the day its outlet reports it (the story's day)."""
    event = undated_complaint(article_id, sentence, verb, published, parties)
    event.date, event.date_precision = published, "day"
    event.rule = "lapor+kan [act; actor=mention; date story-day]"
    return event


def test_an_undated_complaint_joins_the_dated_one_of_its_story_in_other_words():
    # a regent's complaint against a critic, told on the day with the office and the
    # reason, then without a date by another outlet in other words; a complaint to
    # another office, or a charge that is no complaint, stays apart
    def complaint(article_id: str, sentence: str, verb: str, published: str) -> Event:
        return undated_complaint(article_id, sentence, verb, published, HENDRA_RINA)

    dated = dated_complaint(
        "A",
        "Bupati Hendra melaporkan Rina ke Polda Jawa Timur atas dugaan fitnah di grup warga.",
        "melaporkan",
        "2025-10-20",
        HENDRA_RINA,
    )
    retold = complaint(
        "B",
        "Merasa dirugikan, Hendra kemudian mengadukan perkara tersebut ke Polda Jatim.",
        "mengadukan",
        "2025-10-21",
    )
    elsewhere = complaint(
        "B",
        "Hendra juga melaporkan Rina ke Ombudsman soal layanan izin.",
        "melaporkan",
        "2025-10-21",
    )
    charge = complaint(
        "B",
        "Hendra menuding Rina menyebarkan kabar bohong soal anggaran.",
        "menuding",
        "2025-10-21",
    )
    charge.rule = "tuding [act; actor=mention; date background]"
    stories = {"A": "s1", "B": "s1"}
    (event,) = fuse_events([dated, retold], {}, stories)
    assert {s.article_id for s in event.sources} == {"A", "B"}
    assert len(fuse_events([dated, elsewhere], {}, stories)) == 2
    assert len(fuse_events([dated, charge], {}, stories)) == 2


def test_a_further_complaint_or_one_to_another_office_stays_apart():
    # a mayor's complaint against a journalist told dated; a complaint to another police
    # office whose name shares a word, one to the ombudsman after a complaint "ke polisi",
    # and a further one ("juga") with no office are other complaints; "ke polisi" and a
    # named Polres may be one
    def complaint(article_id: str, sentence: str, verb: str, dated: bool) -> Event:
        parties = (ref("yusuf", "Yusuf Hamdani"), ref("dewi", "Dewi"))
        if dated:
            return dated_complaint(article_id, sentence, verb, "2025-03-03", parties)
        return undated_complaint(article_id, sentence, verb, "2025-03-04", parties)

    stories = {"A": "s1", "B": "s1"}
    to_polda = complaint(
        "A",
        "Wali kota Yusuf melaporkan Dewi ke Polda Sumatera Utara soal berita palsu.",
        "melaporkan",
        True,
    )
    to_police = complaint(
        "A", "Wali kota Yusuf melaporkan Dewi ke polisi soal berita palsu.", "melaporkan", True
    )
    polres = complaint(
        "B",
        "Yusuf mengadukan Dewi ke Polres Sumatera Selatan karena surat kaleng.",
        "mengadukan",
        False,
    )
    ombudsman = complaint(
        "B",
        "Belakangan Yusuf mengadukan Dewi ke Ombudsman terkait pungutan.",
        "mengadukan",
        False,
    )
    further = complaint(
        "B",
        "Sebulan kemudian Yusuf juga melaporkan Dewi atas dugaan pemerasan.",
        "melaporkan",
        False,
    )
    assert len(fuse_events([to_polda, polres], {}, stories)) == 2
    assert len(fuse_events([to_police, ombudsman], {}, stories)) == 2
    assert len(fuse_events([to_polda, further], {}, stories)) == 2
    assert len(fuse_events([to_police, polres], {}, stories)) == 1


def copy_articles() -> tuple[Article, Article]:
    """An original and the same story filed again in another section by its outlet, with
    a new opening line and one word of the evidence sentence edited."""
    sentence = "Gubernur Lampung menemui Bupati Tulang Bawang di Menggala pada Kamis."
    original = Article(
        id="asli", source="asli", raw="", publication="Warta Sumatra", published="2024-05-09",
        text=f"Menggala - {sentence} Keduanya membahas banjir.",
    )  # fmt: skip
    start = original.text.index(sentence)
    met = replace(
        report("asli", "2024-05-09"),
        sources=[sentence_source("asli", sentence, sentence.index("menemui"), "2024-05-09", start)],
    )
    original.events = [met]
    copy = Article(
        id="salinan", source="salinan", raw="", publication="Warta Sumatra", published="2024-05-09",
        text="Baca juga berita daerah lainnya.\nMenggala - "
        + sentence.replace("pada Kamis", "pada hari Kamis")
        + " Keduanya membahas banjir.",
        duplicate_of="asli",
    )  # fmt: skip
    return original, copy


def test_a_near_duplicate_article_is_a_source_of_its_originals_event_but_no_corroboration():
    original, copy = copy_articles()
    (event,) = fuse([original, copy], {}, FuseConfig()).events
    assert [s.article_id for s in event.sources] == ["asli", "salinan"]
    added = event.sources[1]
    assert added.copy_of == "asli" and added.publication == "Warta Sumatra"
    assert copy.text[added.start : added.end] == added.sentence
    assert added.sentence.startswith("Gubernur Lampung menemui") and "hari Kamis" in added.sentence
    assert added.trigger_start is not None
    assert copy.text[added.trigger_start :].startswith("menemui")
    assert event.corroboration == 1 and event.confidence == 0.7  # a copy is no second outlet


def test_a_copy_that_does_not_print_the_evidence_sentence_is_no_source():
    original, copy = copy_articles()
    copy.text = "Menggala - Bupati Tulang Bawang membahas banjir dengan warga pada Kamis."
    (event,) = fuse([original, copy], {}, FuseConfig()).events
    assert [s.article_id for s in event.sources] == ["asli"]


def test_a_copy_published_before_its_original_is_first_reported():
    # dedup follows arrival order, so the copy may bear the earlier date: the event was
    # first reported then, as model.Event's first_reported says of all its sources
    original, copy = copy_articles()
    copy.published = "2024-05-08"
    (event,) = fuse([original, copy], {}, FuseConfig()).events
    assert [s.article_id for s in event.sources] == ["salinan", "asli"]
    assert event.first_reported == "2024-05-08"


def test_a_copy_whose_sentence_is_negated_or_redated_is_no_source():
    # a corrected re-post ("ralat") prints the sentence with "tidak" put in, another
    # weekday or another number: it no longer reports the meeting
    original, copy = copy_articles()
    printed = copy.text
    for edit in ("tidak menemui", "menemui dua", "menemui"):
        for day in ("pada Kamis", "pada Jumat"):
            if (edit, day) == ("menemui", "pada Kamis"):
                continue
            copy.text = printed.replace("menemui", edit).replace("pada hari Kamis", day)
            (event,) = fuse([original, copy], {}, FuseConfig()).events
            assert [s.article_id for s in event.sources] == ["asli"], (edit, day)


def test_a_copied_trigger_is_found_as_a_whole_word():
    # the copy's sentence differs, so the trigger is looked up by its word: "menembak",
    # not the start of "menembaki" printed nearer the original's place
    said = "Polisi menembak pelaku begal di Cibinong."
    source = sentence_source("asli", said, said.index("menembak"), "2024-05-09")
    source.trigger_end = said.index("menembak") + len("menembak")
    printed = "Polisi menembaki ban lalu menembak pelaku begal di Cibinong."
    at = printed.index("menembak pelaku")
    assert copied_trigger(source, printed) == (at, at + len("menembak"))


def test_complaints_to_two_regional_police_offices_of_one_kind_stay_apart():
    # one businessman's complaint against a rival, to the Polda of one province and then to
    # that of another: the whole office tells them apart, not its first word; the
    # province written short ("Polda Sulsel") is still the same office
    def complaint(article_id: str, sentence: str, verb: str, published: str) -> Event:
        return undated_complaint(article_id, sentence, verb, published, AGUS_RUDI)

    dated = dated_complaint(
        "A",
        "Pengusaha Agus melaporkan Rudi ke Polda Sulawesi Selatan terkait penipuan tanah.",
        "melaporkan",
        "2025-06-02",
        AGUS_RUDI,
    )
    other_polda = complaint(
        "B", "Agus kemudian mengadukan Rudi ke Polda Sulawesi Barat.", "mengadukan", "2025-06-03"
    )
    short = complaint(
        "B", "Agus kemudian mengadukan Rudi ke Polda Sulsel.", "mengadukan", "2025-06-03"
    )
    stories = {"A": "s1", "B": "s1"}
    assert len(fuse_events([dated, other_polda], {}, stories)) == 2
    assert len(fuse_events([dated, short], {}, stories)) == 1


def test_parties_held_unnamed_are_the_ones_another_report_of_the_same_holder_names():
    """ "Polda Riau sudah memeriksa para pihak yang ditangkap" (undated) beside "Polda Riau
    menangkap Bupati Hendra Saputra pada Selasa": told in the story of that one dated
    event, the unnamed "para pihak" are whoever the other report names. Not when merely
    pinned to one day and place, not for a charge, not for a named group of other people."""
    from kabar.fuse_compare import participants_compatible

    def held(recipient: EntityRef, kind: str = "COERCE", date: str | None = None) -> Event:
        event = report("A" if date is None else "B", date or "", kind)
        event.date, event.mode = date, ["arrest"] if kind == "COERCE" else ["allege"]
        event.actor = [EntityRef("p1", "Polda Riau", "Polda Riau", "organization", "IDN", "COP")]
        event.recipient = [recipient]
        return event

    unnamed = EntityRef(None, "para pihak", "para pihak", "group", "IDN", None)
    named = EntityRef("p2", "Hendra Saputra", "Bupati Hendra Saputra", "person", "IDN", "GOV")
    vague, dated = held(unnamed), held(named, date="2026-04-07")
    assert participants_compatible(vague, dated, close=True, pinned=True, told=True)
    assert not participants_compatible(vague, dated, close=True, pinned=True)
    charge = held(unnamed, "ACCUSE"), held(named, "ACCUSE", "2026-04-07")
    assert not participants_compatible(*charge, close=True, pinned=True, told=True)
    students = EntityRef(None, "tiga mahasiswa", "tiga mahasiswa", "group", "IDN", None)
    assert not participants_compatible(held(students), dated, close=True, pinned=True, told=True)


def test_unnamed_held_parties_join_a_named_arrest_only_when_their_story_tells_it():
    """ "Polres Garut menahan beberapa orang" in one story and "Polres Garut menangkap
    Dedi Kurniawan" in another, both on one day in Garut: a police office makes several
    arrests in its town a day, so two events. The undated "para pihak yang diamankan"
    told in the story of that one dated arrest is the named arrest itself."""
    police = EntityRef("p1", "Polres Garut", "Polres Garut", "organization", "IDN", "COP")
    named = EntityRef("p2", "Dedi Kurniawan", "Dedi Kurniawan", "person", "IDN", None)

    def arrest(article_id: str, sentence: str, verb: str, held: EntityRef, day: str | None):
        event = report(article_id, "2026-05-12", "COERCE")
        event.mode, event.actor, event.recipient = ["arrest"], [police], [held]
        event.date, event.date_precision = day, "day" if day else "unknown"
        event.event_loc = Place("Garut", "Garut", "IDN")
        event.sources = [sentence_source(article_id, sentence, sentence.index(verb), "2026-05-12")]
        return event

    several = EntityRef(None, "beberapa orang", "beberapa orang", "group", "IDN", None)
    dealer = arrest(
        "A",
        "Polres Garut menangkap Dedi Kurniawan, penadah motor curian.",
        "menangkap",
        named,
        "2026-05-11",
    )
    brawl = arrest(
        "B",
        "Usai bentrokan dua kampung, Polres Garut menahan beberapa orang.",
        "menahan",
        several,
        "2026-05-11",
    )
    assert len(fuse_events([dealer, brawl], {}, {"A": "s1", "B": "s2"})) == 2
    parties = EntityRef(None, "para pihak", "para pihak", "group", "IDN", None)
    retold = arrest(
        "C",
        "Penyidik Polres Garut kini memeriksa para pihak yang diamankan itu.",
        "diamankan",
        parties,
        None,
    )
    assert len(fuse_events([dealer, retold], {}, {"A": "s1", "C": "s1"})) == 1
    assert len(fuse_events([dealer, retold], {}, {"A": "s1", "C": "s3"})) == 2


def test_one_police_office_written_two_ways_is_one_complaints_office():
    # a lawyer's complaint against a rival told by two outlets, the office once with and
    # once without a filler word or in its short name: one complaint; an office of a
    # narrower place written after the same words ("Kota", "Selatan") is another
    def dated(office: str) -> Event:
        sentence = f"Advokat Agus melaporkan Rudi ke {office} atas dugaan surat waris palsu."
        return dated_complaint("A", sentence, "melaporkan", "2025-06-02", AGUS_RUDI)

    def retold(office: str) -> Event:
        sentence = f"Agus kemudian mengadukan Rudi ke {office}."
        return undated_complaint("B", sentence, "mengadukan", "2025-06-03", AGUS_RUDI)

    stories = {"A": "s1", "B": "s1"}
    for one, other in (
        ("Polres Metro Jakarta Timur", "Polres Jakarta Timur"),
        ("Polres Jakarta Timur", "Polres Metro Jaktim"),
        ("Bareskrim Polri", "Bareskrim Mabes Polri"),
        ("Polda Yogyakarta", "Polda DIY"),
    ):
        assert len(fuse_events([dated(one), retold(other)], {}, stories)) == 1, one
    for one, other in (
        ("Polres Bogor", "Polres Bogor Kota"),
        ("Polda Sulawesi", "Polda Sulawesi Tenggara"),
    ):
        assert len(fuse_events([dated(one), retold(other)], {}, stories)) == 2, one

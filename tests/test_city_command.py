"""A city's police command ("Polres X Kota") is another unit than the regency's."""

from __future__ import annotations

CITY = (
    "Sukabumi - Polres Sukabumi Kota menangkap dua pemuda yang mencuri kotak amal sebuah "
    "masjid di Kecamatan Cikole, Kamis (6/3/2025). Kapolres Sukabumi Kota AKBP Hendra "
    "Wiratama mengatakan kedua pemuda itu kini diperiksa penyidik."
)


def test_the_chief_of_a_city_command_heads_that_command_not_the_regency_one() -> None:
    """ "Kapolres Sukabumi Kota" heads Polres Sukabumi Kota: the officers questioning the
    suspects are that command (its actor id), not a "Polres Sukabumi" (the regency's
    command, another unit) made from the title with the word "Kota" dropped."""
    from kabar.api import default_pipeline

    article = default_pipeline()(CITY, published="2025-03-06", publication="Kabar Satu")
    city = next(m for m in article.mentions if m.text == "Polres Sukabumi Kota")
    questioned = [e for e in article.events if "diperiksa" in e.sources[0].sentence]
    assert questioned
    for event in questioned:
        assert [(r.entity_name, r.actor_id) for r in event.actor] == [
            ("Polres Sukabumi Kota", city.actor_id)
        ]

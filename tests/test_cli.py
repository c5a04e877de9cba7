"""The command line: exit codes, one-line errors, idempotent re-runs."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from kabar.cli import app

runner = CliRunner()

ARTICLE = (
    "Jakarta, Warta Contoh - Menteri Luar Negeri RI Sugiono bertemu Menteri Luar Negeri "
    "Malaysia Mohamad Hasan di Jakarta pada Senin (3/2/2025). Kedua menteri sepakat "
    "memperkuat kerja sama perlindungan pekerja migran.\n"
    "“Kami ingin warga kedua negara terlindungi,” kata Sugiono.\n"
)


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_bad_inputs_fail_with_one_line_each_and_the_rest_is_stored(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    db = tmp_path / "k.duckdb"
    result = invoke("run", str(tmp_path), str(tmp_path / "missing.txt"), "--db", str(db))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 3
    assert any("empty.txt" in line for line in error_lines)
    assert any("missing.txt" in line for line in error_lines)
    stats = json.loads(invoke("stats", "--db", str(db), "--json").output)
    assert stats["articles"] == 1 and stats["failures"] == 3


def test_running_twice_changes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db, out1, out2 = tmp_path / "k.duckdb", tmp_path / "o1", tmp_path / "o2"
    assert invoke("run", str(tmp_path / "a.txt"), "--db", str(db)).exit_code == 0
    assert invoke("export", "--db", str(db), "--out", str(out1)).exit_code == 0
    second = invoke("run", str(tmp_path / "a.txt"), "--db", str(db))
    assert second.exit_code == 0 and "1 already stored" in second.output
    assert invoke("export", "--db", str(db), "--out", str(out2)).exit_code == 0
    for table in ("articles", "events", "actors", "quotes", "claims", "contradictions"):
        assert (out1 / f"{table}.jsonl").read_text() == (out2 / f"{table}.jsonl").read_text()


def test_ids_are_the_same_in_a_fresh_database(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ids = []
    for name in ("one", "two"):
        db, out = tmp_path / f"{name}.duckdb", tmp_path / name
        invoke("run", str(tmp_path / "a.txt"), "--db", str(db))
        invoke("export", "--db", str(db), "--out", str(out))
        ids.append(
            {
                table: sorted(json.loads(line)["id"] for line in (out / f"{table}.jsonl").open())
                for table in ("articles", "events", "actors", "quotes")
            }
        )
    assert ids[0] == ids[1]
    assert ids[0]["events"], "the meeting should be coded"


def test_unreadable_database_is_a_clean_error(tmp_path):
    bogus = tmp_path / "not.duckdb"
    bogus.write_text("this is not a database", encoding="utf-8")
    result = invoke("stats", "--db", str(bogus))
    assert result.exit_code == 4
    assert "Traceback" not in result.output
    missing = invoke("export", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "o"))
    assert missing.exit_code == 4


def test_show_removed_and_explain(tmp_path):
    raw = ARTICLE + "Baca Juga: Harga Cabai Naik Jelang Lebaran\n(war/sal)\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    db, out = tmp_path / "k.duckdb", tmp_path / "o"
    invoke("run", str(tmp_path / "a.txt"), "--db", str(db))
    invoke("export", "--db", str(db), "--out", str(out))
    article = json.loads((out / "articles.jsonl").read_text().splitlines()[0])
    shown = invoke("show", article["id"], "--removed", "--db", str(db))
    assert shown.exit_code == 0
    assert "baca_juga" in shown.output and "Harga Cabai" in shown.output
    event = json.loads((out / "events.jsonl").read_text().splitlines()[0])
    explained = invoke("explain", event["id"], "--db", str(db))
    assert explained.exit_code == 0
    assert event["sources"][0]["sentence"][:30] in explained.output.replace("\n", " ")
    trace = invoke("explain", article["id"], "--db", str(db))
    assert "clean" in trace.output and "events" in trace.output


def test_python_dash_m_kabar_is_the_kabar_command():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "kabar", "run", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "--workers" in result.stdout


def test_the_bench_residue_table_shows_mojibake_repairs_apart(tmp_path, capsys):
    from kabar.cli_eval import bench_section

    bench = tmp_path / "bench.jsonl"
    texts = ["Presiden JosÃ© datang ke Jakarta.\nBaca Juga: Harga Cabai Naik", "Rapat digelar."]
    bench.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    result = bench_section(bench, None)
    assert result["repairs"] == {"articles": 1, "repairs": 1, "raw_chars": 2}
    out = " ".join(capsys.readouterr().out.split())
    assert "mojibake repairs (not cuts) │ 1 in 1 articles (2 raw chars)" in out

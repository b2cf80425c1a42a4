"""Ingest: every reader, idempotence, updates, errors that do not stop a run, progress."""

from __future__ import annotations

import io
import json
from pathlib import Path

from synth import synthetic_extract

from marsad.ingest import Progress, ingest, iter_articles, plan

ART1 = "بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في العراق، ونقلت 2500 جندي."
ART2 = "أعلنت وزارة الدفاع وصول القوات الأميركية إلى قاعدة حرير الجوية في أربيل."
ART3 = "نفت الحكومة انسحاب القوات الأميركية من قاعدة التنف في سوريا."

HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>انسحاب من عين الأسد | شبكة الرافد</title>
<meta property="og:site_name" content="شبكة الرافد">
<meta property="article:published_time" content="2025-09-03T10:00:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/iraq">العراق</a></nav>
<article><h1>انسحاب من عين الأسد</h1>
<p>بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في العراق، ونقلت 2500 جندي إلى قاعدة حرير الجوية في أربيل بإقليم كردستان.</p>
<p>وقال مصدر عسكري إن عملية الانسحاب ستستمر أسابيع عدة، وإن القوات العراقية ستتسلم القاعدة بالكامل بعد ذلك بحسب الجدول الزمني المتفق عليه.</p>
<p>ويرى مراقبون أن الخطوة تمثل تطبيقاً عملياً للاتفاق الأمني الذي أبرمته بغداد وواشنطن العام الماضي.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>شفق نيوز</title><link>https://example.invalid/</link>
<item><title>وصول قوات</title><link>https://example.invalid/1</link><guid>https://example.invalid/1</guid>
<pubDate>Wed, 20 Aug 2025 09:00:00 +0300</pubDate>
<description><![CDATA[<p>أعلنت وزارة الدفاع وصول القوات الأميركية إلى قاعدة حرير الجوية في أربيل.</p>]]></description></item>
<item><title>فارغ</title><link>https://example.invalid/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الأفق</title><id>urn:x</id><updated>2025-09-06T00:00:00Z</updated>
<entry><title>نفي</title><id>urn:x:1</id><updated>2025-09-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;نفت الحكومة انسحاب القوات الأميركية من قاعدة التنف في سوريا.&lt;/p&gt;</content></entry></feed>"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(paths, store, **kw):
    errors = []
    report = ingest([str(p) for p in paths], store, extractor=kw.pop("extractor", synthetic_extract),
                    progress=False, on_error=errors.append, **kw)
    return report, errors


def test_text_metadata_from_front_matter_sidecar_and_name(tmp_path):
    a = write(tmp_path / "a.txt", f"---\nid: art-1\npublished: 2025-08-19\ntitle: انسحاب\noutlet: روداو\n---\n{ART1}")
    b = write(tmp_path / "b.txt", ART2)
    write(tmp_path / "b.meta.json", json.dumps({"published": "2025-08-20", "outlet": "شفق نيوز"}))
    c = write(tmp_path / "news_2025-09-06_denial.txt", ART3)
    arts = list(iter_articles(plan([a, b, c])[0]))
    assert [(x.id, x.published, x.title, x.outlet) for x in arts] == [
        ("art-1", "2025-08-19", "انسحاب", "روداو"), (None, "2025-08-20", None, "شفق نيوز"),
        (None, "2025-09-06", None, None)]
    assert arts[0].text == ART1


def test_html_rss_atom_jsonl_json_and_folders(tmp_path, store):
    folder = tmp_path / "in"
    write(folder / "page.html", HTML)
    write(folder / "feeds" / "shafaq.rss", RSS)
    write(folder / "feeds" / "ufuq.atom", ATOM)
    write(folder / "batch.jsonl", "\n".join([
        json.dumps({"id": "j1", "text": ART1, "published": "2025-08-19", "outlet": "روداو"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "j2"}),
        "",
        json.dumps({"id": "j3", "text": ART3, "published": "2025-09-06"}, ensure_ascii=False),
    ]))
    write(folder / "one.json", json.dumps({"id": "k1", "text": ART2 + " وأكد ذلك مصدر.", "published": "2025-08-21"},
                                          ensure_ascii=False))
    write(folder / "merge.gold.json", json.dumps({"events": []}))  # not an article: passed over
    write(folder / ".hidden" / "x.txt", "ignored")
    write(folder / "notes.md", "ignored")
    sources, missing = plan([folder, tmp_path / "nope"])
    assert [Path(s.path).name for s in sources] == ["batch.jsonl", "shafaq.rss", "ufuq.atom", "one.json", "page.html"]
    assert [s.count for s in sources] == [4, 2, 1, 1, 1] and len(missing) == 1

    report, errors = run([folder], store)
    # j1 and the Atom entry … the RSS entry and k1 … j3 and the Atom entry share content: one document each.
    assert sorted(e.message.split(" (")[0] for e in errors) == [
        "feed entry has no text", "line has no 'text' string", "not a JSON line"]
    assert (report.total, report.failed) == (9, 3)
    assert report.added + report.skipped == 6
    docs = {d["id"]: d for d in store.documents()}
    html_doc = next(d for d in docs.values() if d["source"].endswith("page.html"))
    assert html_doc["published"] == "2025-09-03" and "عين الأسد" in html_doc["title"]
    assert "الرئيسية" not in store.document(html_doc["id"])["text"]  # boilerplate dropped by trafilatura
    rss_doc = store.document("https://example.invalid/1")
    assert (rss_doc["published"], rss_doc["outlet"], rss_doc["url"]) == ("2025-08-20", "شفق نيوز", "https://example.invalid/1")
    assert "<p>" not in rss_doc["text"]


def test_reingest_adds_nothing_and_updates_replace(tmp_path, store):
    folder = tmp_path / "c"
    for i, t in enumerate((ART1, ART2, ART3)):
        write(folder / f"{i}.jsonl", json.dumps({"id": f"d{i}", "text": t, "published": f"2025-08-1{i}"}, ensure_ascii=False))
    first, _ = run([folder], store)
    assert (first.added, first.skipped) == (3, 0)
    before = store.dump()
    again, _ = run([folder], store)
    assert (again.added, again.skipped, again.merged) == (0, 3, None)
    assert store.dump() == before
    write(folder / "0.jsonl", json.dumps({"id": "d0", "text": ART1 + " وتواصل الانسحاب.", "published": "2025-08-10"},
                                         ensure_ascii=False))
    third, _ = run([folder], store)
    assert (third.added, third.replaced, third.skipped) == (0, 1, 2)
    assert store.stats()["documents"] == 3


def test_extraction_errors_do_not_stop_the_run(tmp_path, store):
    def flaky(text, **kw):
        if "التنف" in text:
            raise RuntimeError("boom")
        return synthetic_extract(text, **kw)

    folder = tmp_path / "c"
    for i, t in enumerate((ART1, ART3, ART2, "   ")):
        write(folder / f"{i}.txt", t)
    report, errors = run([folder], store, extractor=flaky)
    assert (report.added, report.failed) == (2, 2)
    assert any("extraction failed: RuntimeError: boom" in e.message for e in errors)
    assert any("[E101]" in e.message for e in errors)  # empty text: the API's own error


def test_default_extractor_and_fallback_metadata(tmp_path, store):
    p = write(tmp_path / "x.txt", ART1)
    report = ingest([str(p)], store, published="2025-08-19", outlet="روداو", progress=False)
    assert report.added == 1
    doc = store.documents()[0]
    assert (doc["published"], doc["outlet"]) == ("2025-08-19", "روداو")


def test_progress_line():
    buf = io.StringIO()
    bar = Progress(4, stream=buf, enabled=True)
    for _ in range(4):
        bar.advance()
    bar.close()
    last = buf.getvalue().split("\r")[-1]
    assert "4/4" in last and "100%" in last and "/s" in last and "ETA" in last
    quiet = io.StringIO()
    Progress(4, stream=quiet).advance()  # not a terminal: silent by default
    assert quiet.getvalue() == ""


def test_cli_ingest_and_questions(tmp_path, capsys, monkeypatch):
    from marsad.cli import main

    folder = tmp_path / "c"
    write(folder / "a.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "d1", "text": ART1, "published": "2025-08-19", "outlet": "روداو"},
        {"id": "d2", "text": ART1.replace("بدأت", "واصلت"), "published": "2025-08-19", "outlet": "شفق نيوز"},
        {"id": "d3", "text": "", "published": "2025-08-19"},
    ]))
    db = str(tmp_path / "m.db")
    monkeypatch.setattr("marsad.api.extract", synthetic_extract)
    assert main(["ingest", str(folder), "--db", db, "--no-progress"]) == 3  # one article failed
    err = capsys.readouterr().err
    assert "2 added" in err and "1 failed" in err and "a.jsonl:3" in err
    assert main(["ingest", str(folder), "--db", db, "--no-progress", "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["skipped"] == 2

    assert main(["timeline", "--db", db, "--place", "عين الاسد"]) == 0
    out = capsys.readouterr().out
    assert "RETREAT/withdraw" in out and "2 reports" in out and "روداو" in out
    assert main(["timeline", "--db", db, "--place", "Atlantis"]) == 1
    assert "no place named" in capsys.readouterr().err
    assert main(["timeline", "--db", db, "--json", "--type", "retreat"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["corroboration"] == 2
    assert main(["posture", "--db", db, "--actor", "US forces"]) == 0
    assert "2,500" in capsys.readouterr().out
    assert main(["search", "--db", db, "عين", "الاسد"]) == 0
    assert "d1" in capsys.readouterr().out
    assert main(["show", "d1", "--db", db]) == 0
    assert "merged events" in capsys.readouterr().out
    assert main(["show", "nope", "--db", db]) == 1
    out_csv = tmp_path / "e.csv"
    assert main(["export", "--db", db, "--format", "csv", "--out", str(out_csv)]) == 0
    assert out_csv.read_text(encoding="utf-8").startswith("event_id,date,time_precision,type,sub_type,status")


def test_cli_ingest_bad_path(tmp_path, capsys):
    from marsad.cli import main

    assert main(["ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "m.db"), "--no-progress"]) == 2
    assert "no such file or folder" in capsys.readouterr().err

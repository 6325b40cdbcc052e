"""The `lente` package: the schema, offsets on Python str, the JSON Lines stream, bad input."""

import json
import os
import tempfile
import threading
import time
import unittest

import lente

TEXT = "Il caffè di Müller 😀 a Roma.\nMario Rossi ha detto: «Siamo pronti 🎉». L’Ucraina attende."


class Analyze(unittest.TestCase):
    def test_schema_keys(self):
        analysis = lente.analyze([TEXT, {"id": 7, "name": "b", "html": "<h1>Rain in London</h1><p>The weather in London was wet again on Monday, and the forecast says it will stay that way for the rest of the week.</p>"}])
        for key in ("version", "offsets", "documents", "corpus", "entities", "brief", "keyphrases", "speakers", "comparison"):
            self.assertIn(key, analysis)
        self.assertEqual(analysis["offsets"], "char")
        self.assertEqual([d["id"] for d in analysis["documents"]], ["0", "7"])
        for doc in analysis["documents"]:
            for key in ("id", "name", "outlet", "format", "title", "lang", "counts", "sentences", "summary", "mentions", "entities", "values", "keyphrases", "quotes", "boilerplate", "notes"):
                self.assertIn(key, doc)
        self.assertEqual(analysis["documents"][1]["format"], "html")
        self.assertEqual(analysis["documents"][1]["lang"], "en")

    def test_version_is_the_cores(self):
        self.assertEqual(lente.version(), lente.analyze([])["version"])

    def test_char_offsets_slice_python_str(self):
        doc = lente.analyze([TEXT], tokens=True)["documents"][0]
        tokens = [TEXT[t["start"] : t["end"]] for t in doc["tokens"]]
        for expected in ("caffè", "Müller", "😀", "🎉", "L’", "Ucraina", "attende"):
            self.assertIn(expected, tokens)
        self.assertEqual(doc["counts"]["characters"], len(TEXT))
        names = [TEXT[m["start"] : m["end"]] for m in doc["mentions"]]
        self.assertIn("Mario Rossi", names)
        quote = TEXT[doc["quotes"][0]["start"] : doc["quotes"][0]["end"]]
        self.assertEqual(quote, "«Siamo pronti 🎉»")

    def test_other_offset_units(self):
        doc = lente.analyze([TEXT], tokens=True, offsets="utf8")["documents"][0]
        data = TEXT.encode("utf-8")
        self.assertIn("😀", [data[t["start"] : t["end"]].decode() for t in doc["tokens"]])
        doc = lente.analyze([TEXT], tokens=True, offsets="utf16")["documents"][0]
        utf16 = TEXT.encode("utf-16-le")
        self.assertIn("🎉", [utf16[2 * t["start"] : 2 * t["end"]].decode("utf-16-le") for t in doc["tokens"]])

    def test_analysis_releases_the_gil(self):
        # While another thread analyses, this one keeps running: no pause near the whole analysis.
        text = "Mario Rossi è arrivato a Roma. «Siamo pronti», ha detto. " * 4000
        done = threading.Event()
        worker = threading.Thread(target=lambda: (lente.analyze([text]), done.set()))
        start = last = time.perf_counter()
        longest = 0.0
        worker.start()
        while not done.is_set():
            now = time.perf_counter()
            longest, last = max(longest, now - last), now
        worker.join()
        self.assertLess(longest, 0.5 * (time.perf_counter() - start))

    def test_options(self):
        analysis = lente.analyze([TEXT], lang="it", summary_sentences=1)
        doc = analysis["documents"][0]
        self.assertEqual(doc["lang"], "it")
        self.assertLessEqual(len(doc["summary"]), 2)  # a sentence may come with the one it leans on
        self.assertEqual(doc["tokens"], [])


class BadInput(unittest.TestCase):
    def test_errors_say_what_was_expected(self):
        cases = [
            (TypeError, "documents should be a list", lambda: lente.analyze("a text")),
            (TypeError, "documents[1] should be a str or a", lambda: lente.analyze(["a", 3])),
            (ValueError, "documents[0] needs either", lambda: lente.analyze([{"id": "x"}])),
            (ValueError, "documents[0] needs either", lambda: lente.analyze([{"text": "a", "html": "b"}])),
            (TypeError, "documents[0][\"text\"] should be a str", lambda: lente.analyze([{"text": 5}])),
            (ValueError, "unknown key \"body\"", lambda: lente.analyze([{"body": "a"}])),
            (ValueError, "lang should be", lambda: lente.analyze(["a"], lang="fr")),
            (ValueError, "offsets should be", lambda: lente.analyze(["a"], offsets="bytes")),
            # PyO3 names the argument in a note (Python 3.11+).
            (TypeError, "while processing 'lang'" if hasattr(BaseException, "add_note") else "", lambda: lente.analyze(["a"], lang=5)),
            (ValueError, "lang should be", lambda: lente.analyze_jsonl(__file__, lang="fr")),
            (FileNotFoundError, "cannot read", lambda: lente.analyze_jsonl("/no/such/file.jsonl")),
        ]
        for error, message, call in cases:
            with self.subTest(message):
                with self.assertRaises(error) as raised:
                    call()
                self.assertIn(message, " ".join([str(raised.exception), *getattr(raised.exception, "__notes__", [])]))


class AnalyzeJsonl(unittest.TestCase):
    def test_one_result_per_line_in_order(self):
        lines = [
            {"id": "a", "group": "g", "text": "Vladimir Putin è arrivato a Pyongyang."},
            {"id": "b", "group": "g", "text": "Putin ha incontrato Kim Jong-un."},
            "not json",
            {"id": 5, "html": "<p>Hello from London.</p>", "lang": "en"},
            {"text": "a", "html": "b"},
            {"id": "c", "text": "Un articolo sul caffè 😀."},
        ]
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "in.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n\n")
            out = list(lente.analyze_jsonl(path))
        keys = [o.get("id", o.get("ids", o.get("line"))) for o in out]
        self.assertEqual(keys, ["a", "b", ["a", "b"], 5, "5", 9, "c"])
        self.assertEqual(out[2]["group"], "g")
        self.assertIn("Vladimir Putin", [e["name"] for e in out[2]["entities"]])
        self.assertIn("is not a", out[3]["error"])
        self.assertEqual(out[4]["lang"], "en")
        self.assertIn("either `text` or `html`", out[5]["error"])
        text = lines[-1]["text"]
        self.assertEqual(text[out[6]["sentences"][0]["start"] : out[6]["sentences"][0]["end"]], text)

    def test_many_batches(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "in.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for n in range(1000):
                    f.write(json.dumps({"id": n, "text": f"Articolo numero {n} su Roma."}) + "\n")
            results = lente.analyze_jsonl(path)
            first = next(results)
            self.assertEqual(first["id"], "0")
            self.assertEqual(sum(1 for _ in results), 999)


if __name__ == "__main__":
    unittest.main()

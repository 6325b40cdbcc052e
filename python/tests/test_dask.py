"""The Dask example (examples/dask/analyze.py) on WikiNEuRal articles, 2 worker processes.

ARTICLES (environment, default 2000) sets how many articles to build. The test takes about
10 seconds on 2 cores (the local cluster starting, 6.3 s of analysis).
"""

import os
import subprocess
import sys
import tempfile
import unittest

import pyarrow.parquet as pq

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLE = os.path.join(ROOT, "examples", "dask")
sys.path.insert(0, EXAMPLE)
import wikineural_articles  # noqa: E402

ARTICLES = int(os.environ.get("ARTICLES", "2000"))


@unittest.skipUnless(all(map(os.path.exists, wikineural_articles.sources())), f"the WikiNEuRal data is absent: {', '.join(wikineural_articles.sources())}")
class DaskExample(unittest.TestCase):
    def test_every_article_comes_back_once(self):
        with tempfile.TemporaryDirectory() as folder:
            articles, output = os.path.join(folder, "in"), os.path.join(folder, "out")
            ids = wikineural_articles.write(articles, ARTICLES, 4)
            with open(os.path.join(articles, "articles-0.jsonl"), "a", encoding="utf-8") as f:
                f.write('{"id": "broken", "text": 5}\n')
            run = subprocess.run([sys.executable, os.path.join(EXAMPLE, "analyze.py"), articles, output, "--workers", "2"], capture_output=True, text=True, timeout=600)
            self.assertEqual(run.returncode, 0, run.stderr)
            summary = run.stdout.strip().splitlines()[-1]
            print(f"\n{summary}", file=sys.stderr)
            figures = dict(field.split("=") for field in summary.split())
            self.assertEqual(int(figures["documents"]), ARTICLES + 1)
            self.assertEqual(int(figures["errors"]), 1)

            rows = pq.read_table(output).to_pylist()
        self.assertEqual(sorted(r["id"] for r in rows), sorted(ids + ["broken"]))
        broken = next(r for r in rows if r["id"] == "broken")
        self.assertIn("should be a str", broken["error"])
        analysed = [r for r in rows if r["error"] is None]
        self.assertGreater(sum(bool(r["entities"]) for r in analysed), 0.8 * len(analysed))
        self.assertEqual({r["lang"] for r in analysed}, {"it", "en"})
        first = next(r for r in analysed if r["id"] == "it-00000")
        self.assertEqual(first["counts"]["sentences"], 10)
        text = next(wikineural_articles.articles(1))["text"]
        self.assertTrue(first["summary"] and all(sentence in text for sentence in first["summary"]))
        self.assertIn("Venezia", [e["name"] for e in first["entities"]])


if __name__ == "__main__":
    unittest.main()

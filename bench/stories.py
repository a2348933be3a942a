"""Near-duplicate detection on pairs: syndicated variants, same-topic stories and
Reuters' own repeats; and what fingerprints cost against spaCy's parse.

    .venv/bin/python bench/stories.py [--originals 300] [--thresholds 0.3 0.4 0.5 0.6]

The test set, built from ``../shared/corpora`` (nothing of it is written here):

- originals: a seeded sample of BBC News and Reuters-21578 articles of at least
  four sentences, each as a page would carry it (headline, blank line, text);
- variants of each original the way syndication makes them: a new headline, the
  last 1-3 paragraphs cut, a local paragraph added, page furniture added, quotes
  and dashes re-punctuated, white space and encoding changed, and all of these at
  once. The corpora's texts lost most paragraph breaks, so for cutting and
  inserting a paragraph is a run of up to two sentences (news style);
- same-topic pairs: for each BBC original, the other BBC article of its category
  with the most content words in common (two articles on one election, one
  company's results): they must not merge;
- Reuters' repeats: pairs of Reuters stories whose word 4-gram Jaccard similarity
  (exact, not estimated) is at least 0.5, found by a low-threshold LSH pass and
  listed so that they can be read; they count as the same story.

Every document goes through ``tasks.stories.assign_stories`` in a shuffled order
(the first copy seen is not always the original), as batches of 200 would. A
pair is predicted the same story when both documents land in one story. Precision
and recall are over all pairs of documents of the test set (pair counting).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "corpora"
BBC = SHARED / "bbc_news.jsonl"
REUTERS = SHARED / "reuters21578.jsonl"
SEED = 21
# Originals of at least this many news paragraphs: cutting three still leaves half.
MIN_PARAGRAPHS = 6
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘'A-Z0-9])")
_STOP = set(
    "the a an of to in and or for on at by with from that this is was were be been are as it its "
    "he she they we you i his her their our said says will would has have had not but also more "
    "than which who after over into up about new one two year years mr mrs ms".split()
)
TOWNS = ["Millbrook", "Eastleigh", "Carver County", "Port Alden", "Riverside", "Haverford"]
FURNITURE_TOP = [
    "Skip to main content",
    "Home | News | Business | Sport | Weather",
    "Share this article: Facebook Twitter WhatsApp Email",
    "Advertisement",
]
FURNITURE_BOTTOM = [
    "Related stories",
    "Sign up for our morning newsletter and get the day's headlines in your inbox.",
    "Comments are closed for this article.",
    "© 2026 The Daily Example. All rights reserved. Terms | Privacy | Cookies",
]


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(" ".join(text.split())) if s]


def news_paragraphs(text: str) -> list[str]:
    """The text's paragraphs; blocks longer than two sentences are split into runs
    of two (the corpora merged most paragraphs of the originals)."""
    found = []
    for block in (b for b in re.split(r"\n\s*\n", text) if b.strip()):
        parts = sentences(block)
        found += [" ".join(parts[i : i + 2]) for i in range(0, len(parts), 2)]
    return found


def page(headline: str, paragraphs: list[str]) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs)


def new_headline(rng: random.Random, title: str) -> str:
    words = title.split()
    rng.shuffle(words)
    return rng.choice(["UPDATE 1-", "WATCH: ", "Breaking: ", ""]) + " ".join(words).title()


def local_paragraph(rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    return (
        f"In {town}, council leader {rng.choice(['Ann', 'Raj', 'Tom', 'Ines'])} "
        f"{rng.choice(['Okafor', 'Lindqvist', 'Moreau', 'Patel'])} said residents would be "
        f"watching closely, and that {rng.randint(2, 40)} local businesses had asked for "
        f"advice. The {town} Gazette has asked the county for comment."
    )


def repunctuate(text: str) -> str:
    curly = re.sub(r'"(\S[^"]*?)"', r"“\1”", text)
    if curly == text:  # already curly: make it straight
        curly = text.replace("“", '"').replace("”", '"').replace("’", "'")
    return curly.replace(" - ", " — ").replace("'s", "’s").replace("...", "…")


def respace(rng: random.Random, text: str) -> str:
    text = text.replace("\n\n", "\r\n\r\n \r\n")
    chars = list(text)
    for i, char in enumerate(chars):
        if char == " " and rng.random() < 0.15:
            chars[i] = rng.choice(["\u00a0", "  ", " \t"])
    # decomposed accents and a ligature, as a copy through another system leaves them
    return "".join(chars).replace("é", "e\u0301").replace("fi", "\ufb01")


def variants(rng: random.Random, title: str, paragraphs: list[str]) -> dict[str, str]:
    """The syndication variants of one original."""
    cut = rng.randint(1, min(3, len(paragraphs) - 1))
    at = rng.randint(1, len(paragraphs))
    kept = paragraphs[:-cut]
    local = [*paragraphs[:at], local_paragraph(rng), *paragraphs[at:]]
    body = page(title, paragraphs)
    furnished = "\n".join(FURNITURE_TOP) + "\n\n" + body + "\n\n" + "\n".join(FURNITURE_BOTTOM)
    at_once = page(new_headline(rng, title), [*kept[:1], local_paragraph(rng), *kept[1:]])
    at_once = "\n".join(FURNITURE_TOP) + "\n\n" + at_once + "\n\n" + "\n".join(FURNITURE_BOTTOM)
    return {
        "headline": page(new_headline(rng, title), paragraphs),
        f"cut{cut}": page(title, kept),
        "local": page(title, local),
        "furniture": furnished,
        "quotes": repunctuate(body),
        "whitespace": respace(rng, body),
        "all": respace(rng, repunctuate(at_once)),
    }


def read(path: Path, limit: int | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(limit or 10**9), handle, strict=False)]


def content_words(text: str) -> set[str]:
    from tasks.minhash import words

    return {w for w in words(text) if w not in _STOP and not w.isdigit() and len(w) > 2}


def same_topic_pairs(
    bbc: list[dict], chosen: list[dict], label: dict[str, str]
) -> list[tuple[dict, dict]]:
    """For each chosen BBC article, the other article of its category sharing the most
    content words (Jaccard of content-word sets), leaving out its known repeats."""
    words = {d["id"]: content_words(d["text"]) for d in bbc}
    pairs = []
    for article in chosen:
        category = article["id"].rsplit("-", 1)[0]
        mine = words[article["id"]]
        others = [
            d
            for d in bbc
            if d["id"].startswith(category)
            and label.get(d["id"], d["id"]) != label.get(article["id"], article["id"])
        ]
        best = max(others, key=lambda d: len(mine & words[d["id"]]) / len(mine | words[d["id"]]))
        pairs.append((article, best))
    return pairs


def repeats(corpus: list[dict]) -> list[tuple[dict, dict, float]]:
    """Pairs of a corpus's stories whose word 4-gram Jaccard similarity (exact) is at
    least 0.5, found through a low-threshold LSH pass: the corpus's own repeats."""
    from datasketch import MinHash, MinHashLSH

    from tasks import minhash

    shingled = {d["id"]: set(minhash.shingles(d["text"])) for d in corpus}
    lsh = MinHashLSH(threshold=0.3, num_perm=minhash.NUM_PERM)
    by_id = {d["id"]: d for d in corpus}
    pairs = []
    for doc in corpus:
        if len(shingled[doc["id"]]) < 20:
            continue  # too short to judge
        sig = minhash.signature(doc["text"])
        mh = MinHash(num_perm=minhash.NUM_PERM, hashvalues=sig, scheme=minhash.SCHEME)
        for other in lsh.query(mh):
            a, b = shingled[doc["id"]], shingled[other]
            exact = len(a & b) / len(a | b)
            if exact >= 0.5:
                pairs.append((by_id[other], doc, exact))
        lsh.insert(doc["id"], mh)
    return pairs


def labels_of(pairs: list[tuple[dict, dict, float]]) -> dict[str, str]:
    """Story label of every document in a repeat pair: the first id of its group."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for first, second, _ in pairs:
        a, b = root(first["id"]), root(second["id"])
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {d["id"]: root(d["id"]) for pair in pairs for d in pair[:2]}


def build_test_set(originals: int) -> tuple[list[tuple[str, str, str]], dict]:
    """``(doc_id, story label, text)`` for every document, and what went into it."""
    rng = random.Random(SEED)
    bbc, reuters = read(BBC), read(REUTERS)
    found = repeats(bbc) + repeats(reuters)
    label = labels_of(found)
    usable_bbc = [d for d in bbc if len(news_paragraphs(d["text"])) >= MIN_PARAGRAPHS]
    usable_reuters = [
        d for d in reuters if len(news_paragraphs(d["text"])) >= MIN_PARAGRAPHS and d["title"]
    ]
    chosen_bbc = rng.sample(usable_bbc, originals // 2)
    chosen_reuters = rng.sample(usable_reuters, originals - originals // 2)
    documents: list[tuple[str, str, str]] = []
    kinds: Counter = Counter()
    for article in [*chosen_bbc, *chosen_reuters]:
        paragraphs = news_paragraphs(article["text"])
        story = label.get(article["id"], article["id"])
        documents.append((article["id"], story, page(article["title"], paragraphs)))
        for kind, text in variants(rng, article["title"], paragraphs).items():
            documents.append((f"{article['id']}~{kind}", story, text))
            kinds[re.sub(r"\d", "", kind)] += 1
    in_set = {d[0] for d in documents}
    topic_pairs = same_topic_pairs(bbc, chosen_bbc, label)
    extra = [other for _, other in topic_pairs]
    extra += [doc for first, second, _ in found for doc in (first, second)]
    for doc in extra:
        if doc["id"] not in in_set:
            in_set.add(doc["id"])
            story = label.get(doc["id"], doc["id"])
            documents.append((doc["id"], story, page(doc["title"], [doc["text"]])))
    info = {
        "originals": len(chosen_bbc) + len(chosen_reuters),
        "variants": dict(kinds),
        "topic_pairs": [(a["id"], b["id"]) for a, b in topic_pairs],
        "repeats": [(a["id"], b["id"], round(j, 3)) for a, b, j in found],
    }
    return documents, info


def cluster(documents: list[tuple[str, str, str]], threshold: float, batch: int = 200) -> dict:
    """doc_id to story id, every document through ``assign_stories`` batch by batch,
    with the stored index kept the way the warehouse keeps it."""
    from core.records import Document, StoryRepresentative
    from tasks.stories import assign_stories, fingerprints

    order = documents[:]
    random.Random(SEED).shuffle(order)
    docs = [Document(doc_id, doc_id, "bench", "txt", text, doc_id) for doc_id, _, text in order]
    prints = fingerprints(docs)
    bands: dict[int, list[str]] = defaultdict(list)
    reps: dict[str, StoryRepresentative] = {}
    story: dict[str, str] = {}
    for start in range(0, len(prints), batch):
        part = prints[start : start + batch]
        keys = {k for p in part for k in p.band_keys}
        stored = {k: bands[k] for k in keys if k in bands}
        wanted = {c for clusters in stored.values() for c in clusters}
        links = assign_stories(part, stored, {c: reps[c] for c in wanted}, threshold)
        for p, link in zip(part, links, strict=True):
            story[p.doc_id] = link.cluster_id
            if link.cluster_id == p.doc_id:
                reps[p.doc_id] = StoryRepresentative(p.doc_id, p.doc_id, p.signature)
            for key in p.band_keys:
                bands[key].append(link.cluster_id)
    return story


def pair_scores(documents, story: dict[str, str]) -> tuple[float, float, int, int]:
    truth = {doc_id: label for doc_id, label, _ in documents}
    tp = fp = fn = 0
    for a, b in combinations(truth, 2):
        same_truth, same_pred = truth[a] == truth[b], story[a] == story[b]
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp + fn, fp


def recall_by_kind(documents, story: dict[str, str]) -> dict[str, float]:
    """Share of variants of each kind in their original's story."""
    found: dict[str, list[bool]] = defaultdict(list)
    for doc_id, label, _ in documents:
        if "~" in doc_id:
            kind = re.sub(r"\d", "", doc_id.split("~")[1])
            found[kind].append(story[doc_id] == story[label])
    return {kind: sum(v) / len(v) for kind, v in sorted(found.items())}


def estimated_jaccards(documents) -> dict[str, list[float]]:
    """Estimated Jaccard of each variant to its original, and of each same-topic pair."""
    from tasks import minhash

    texts = {doc_id: text for doc_id, _, text in documents}
    sig = {doc_id: minhash.signature(text) for doc_id, text in texts.items()}
    found: dict[str, list[float]] = defaultdict(list)
    for doc_id, label, _ in documents:
        if "~" in doc_id:
            kind = re.sub(r"\d", "", doc_id.split("~")[1])
            found[kind].append(minhash.similarity(sig[doc_id], sig[label]))
    return found


def cost(limit: int = 300) -> tuple[float, float]:
    """Seconds per document: fingerprint, and spaCy's parse, on BBC texts."""
    from core.records import Document
    from core.settings import DEFAULT_MODEL
    from tasks.nlp import load_model
    from tasks.stories import fingerprint

    texts = [d["text"] for d in read(BBC, limit)]
    docs = [Document(str(i), str(i), "bench", "txt", t, str(i)) for i, t in enumerate(texts)]
    started = time.perf_counter()
    for doc in docs:
        fingerprint(doc)
    printing = (time.perf_counter() - started) / len(docs)
    nlp = load_model(DEFAULT_MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=50):
        pass
    parsing = (time.perf_counter() - started) / len(docs)
    return printing, parsing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=300)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.3, 0.4, 0.5, 0.6, 0.7])
    parser.add_argument("--show-repeats", action="store_true", help="Print Reuters' repeats")
    parser.add_argument("--no-cost", action="store_true", help="Skip timing against spaCy")
    args = parser.parse_args()
    started = time.perf_counter()
    documents, info = build_test_set(args.originals)
    stories = Counter(label for _, label, _ in documents)
    print(
        f"{len(documents):,} documents, {len(stories):,} true stories: {info['originals']} "
        f"originals, variants {info['variants']}, {len(info['topic_pairs'])} same-topic pairs, "
        f"{len(info['repeats'])} repeat pairs found in the corpora "
        f"({time.perf_counter() - started:.0f} s)"
    )
    if args.show_repeats:
        for a, b, j in info["repeats"]:
            print(f"  repeat {a} ~ {b}: exact Jaccard {j}")
    jaccards = estimated_jaccards(documents)
    print("estimated Jaccard of variants to their original (min / 5th percentile / median):")
    for kind, values in sorted(jaccards.items()):
        values = sorted(values)
        print(
            f"  {kind:<11} {values[0]:.2f} / {values[len(values) // 20]:.2f} / "
            f"{values[len(values) // 2]:.2f}"
        )
    from tasks import minhash

    topic = sorted(
        minhash.similarity(
            minhash.signature(_text(documents, a)), minhash.signature(_text(documents, b))
        )
        for a, b in info["topic_pairs"]
    )
    high = topic[len(topic) * 99 // 100]
    print(f"same-topic pairs: max {topic[-1]:.2f}, 99th percentile {high:.2f}")
    print(
        f"{'threshold':>9} {'precision':>9} {'recall':>7} {'true pairs':>10} {'false pairs':>11}"
        f" {'topic merged':>12}  recall by kind"
    )
    for threshold in args.thresholds:
        story = cluster(documents, threshold)
        precision, recall, positives, false = pair_scores(documents, story)
        merged = sum(story[a] == story[b] for a, b in info["topic_pairs"])
        kinds = " ".join(f"{k} {v:.2f}" for k, v in recall_by_kind(documents, story).items())
        print(
            f"{threshold:>9.2f} {precision:>9.3f} {recall:>7.3f} {positives:>10,} {false:>11,}"
            f" {merged:>12}  {kinds}"
        )
    if not args.no_cost:
        printing, parsing = cost()
        print(
            f"fingerprint {printing * 1000:.2f} ms per BBC article, spaCy parse "
            f"{parsing * 1000:.1f} ms: {printing / parsing:.1%} of the parse"
        )


def _text(documents, doc_id: str) -> str:
    return next(text for d, _, text in documents if d == doc_id)


if __name__ == "__main__":
    main()

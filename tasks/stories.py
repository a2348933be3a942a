"""Near-duplicate documents grouped into stories: fingerprints in, story links out.

A story is a cluster of documents that tell one story (the same wire copy under
another headline, trimmed, with a local paragraph or a site's furniture added).
It is named by its first document. A new document is compared with the current
first document (the representative) of every stored story it shares an LSH band
key with, and joins the most similar one whose estimated Jaccard similarity is at
least the threshold; otherwise it starts a story of its own. Comparing with the
representative, not with whichever member matched, keeps a chain of small edits
from drifting into another story; documents are never moved, so adding documents
never renames a story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from core.records import Document, Fingerprint, StoryLink, StoryRepresentative
from tasks import minhash


def fingerprint(document: Document) -> Fingerprint:
    """The MinHash signature and band keys of one document's text."""
    signature = minhash.signature(document.text)
    keys = minhash.band_keys(signature) if minhash.shingles(document.text) else []
    return Fingerprint(document.doc_id, tuple(int(v) for v in signature), tuple(keys))


def fingerprints(documents: Iterable[Document]) -> list[Fingerprint]:
    """The fingerprints of ``documents``, in order."""
    return [fingerprint(document) for document in documents]


def assign_stories(
    prints: Sequence[Fingerprint],
    stored_clusters: Mapping[int, Iterable[str]],
    representatives: Mapping[str, StoryRepresentative],
    threshold: float,
) -> list[StoryLink]:
    """The story each new document joins, in arrival order.

    ``stored_clusters`` maps each band key of ``prints`` that stored documents
    have to their cluster ids; ``representatives`` gives the current first
    document of each of those clusters. Documents of ``prints`` are added to the
    index as they are assigned, so a later one can join the story of an earlier
    one. Ties go to the story found first (the earliest stored)."""
    index: dict[int, list[str]] = defaultdict(list)
    for key, clusters in stored_clusters.items():
        index[key].extend(clusters)
    reps = dict(representatives)
    links = []
    for doc in prints:
        link = _best_story(doc, index, reps, threshold)
        if link is None:
            link = StoryLink(doc.doc_id, doc.doc_id, doc.doc_id, 1.0)
            reps[doc.doc_id] = StoryRepresentative(doc.doc_id, doc.doc_id, doc.signature)
        links.append(link)
        for key in doc.band_keys:
            index[key].append(link.cluster_id)
    return links


def _best_story(
    doc: Fingerprint,
    index: Mapping[int, list[str]],
    reps: Mapping[str, StoryRepresentative],
    threshold: float,
) -> StoryLink | None:
    candidates = dict.fromkeys(c for key in doc.band_keys for c in index.get(key, ()))
    best: StoryLink | None = None
    for cluster_id in candidates:
        rep = reps.get(cluster_id)
        if rep is None:  # a stored cluster whose documents are all gone
            continue
        score = minhash.similarity(doc.signature, rep.signature)
        if score >= threshold and (best is None or score > best.jaccard):
            best = StoryLink(doc.doc_id, cluster_id, rep.doc_id, score)
    return best

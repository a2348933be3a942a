"""A cache of spaCy parses for the benchmarks: the parse is most of a judged bench's
time, and the judged documents are the same from one run to the next.

Each parse is kept in its own file, ``bench/results/parse_cache/<model key>/<text
digest>.spacy`` (a one-Doc ``DocBin``; ``bench/results`` is not in git). The model key
names the model, its version and spaCy's version; the digest is of the exact text
parsed. An entry is therefore found only for the same text parsed by the same model,
and a text that changed (a new ingest rule, a corpus edit) is parsed again: a stale
parse cannot be read. Nothing is ever removed; delete the folder to reclaim the space.

The ``DocBin`` keeps what the extractors read of a parse: the words and the space
after each, tags, coarse tags, morphology, lemmas, norms, heads and dependencies,
sentence starts and entities; it drops the tensor, which no extractor reads
(``tests/test_bench_parse_cache.py`` checks that a cached parse is a fresh one but for
the tensor, and that it extracts to the same records).

``extract_cached`` is ``tasks.extract.extract_documents`` with the parses taken from the
cache: the benches that extract documents call it. Set ``DOSSIER_PARSE_CACHE=off`` to
parse afresh without reading or writing the cache, or ``DOSSIER_PARSE_CACHE=FOLDER`` to
keep it in another folder (one that several work trees share: the keys make that safe).
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

if TYPE_CHECKING:
    from core.records import Document, Extracted
    from core.settings import Settings

HERE = Path(__file__).resolve().parent
CACHE = HERE / "results" / "parse_cache"
# The environment variable that turns the cache off (``off``, ``0``, ``no``) or names
# another folder for it (one shared by several work trees, say).
SWITCH = "DOSSIER_PARSE_CACHE"
_OFF = ("off", "0", "no", "false")
_ON = ("", "on", "1", "yes", "true")


def cache_folder() -> Path | None:
    """The folder of the parse cache ``DOSSIER_PARSE_CACHE`` asks for: ``CACHE`` by
    default, the folder it names, or ``None`` when it turns the cache off."""
    value = os.environ.get(SWITCH, "").strip()
    if value.lower() in _OFF:
        return None
    return CACHE if value.lower() in _ON else Path(value)


def model_key(nlp: Language) -> str:
    """``lang_name-version-spacyX`` of a loaded model: a parse is reused only by the
    same model and the same spaCy (whose tokenizer and serialisation it depends on)."""
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}"
    return f"{name}-{meta.get('version', '0')}-spacy{spacy.__version__}"


def text_key(text: str) -> str:
    """The digest of the exact text parsed (no white space folded: spaCy keeps it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract_cached(documents: Sequence[Document], settings: Settings) -> Extracted:
    """What ``extract_documents(documents, settings)`` returns, the parses read from the
    cache (``cache_folder``) where it holds them, parsed afresh when the cache is off."""
    from tasks.extract import extract_parsed, prepare_extractors
    from tasks.nlp import load_model

    nlp = load_model(settings.model)
    prepare_extractors(settings)
    # The memory zone of ``extract_documents``: the same vocabulary during extraction.
    with nlp.memory_zone():
        return extract_parsed(documents, parses(nlp, [d.text for d in documents]), settings)


def parses(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """The parse of each text by ``nlp``, in order: from the cache ``cache_folder``
    names, or parsed afresh (as ``tasks.nlp.parse_documents`` parses) when it is off."""
    from tasks.nlp import fresh_views

    folder = cache_folder()
    if folder is not None:
        return cached_parses(nlp, texts, folder)
    docs = list(nlp.pipe(texts, batch_size=64))
    fresh_views(docs, texts)
    return docs


def cached_parses(
    nlp: Language, texts: Sequence[str], folder: Path = CACHE, batch_size: int = 64
) -> list[Doc]:
    """The parse of each text by ``nlp``, in order: read from ``folder`` where a parse
    of that exact text by that model is kept, else parsed (in one ``nlp.pipe``) and
    kept. The Docs' views hold their texts, as ``parse_documents`` leaves them."""
    from tasks.nlp import fresh_views

    place = folder / model_key(nlp)
    docs: list[Doc | None] = [_read(nlp, place / f"{text_key(text)}.spacy", text) for text in texts]
    missing = [index for index, doc in enumerate(docs) if doc is None]
    parsed = nlp.pipe((texts[index] for index in missing), batch_size=batch_size)
    for index, doc in zip(missing, parsed, strict=True):
        _write(place / f"{text_key(texts[index])}.spacy", doc)
        docs[index] = doc
    fresh_views(docs, texts)
    return docs


def _read(nlp: Language, path: Path, text: str) -> Doc | None:
    """The Doc kept at ``path``, or ``None`` when there is none or it is not ``text``
    (a damaged file, or a digest collision: the parse is made again)."""
    if not path.is_file():
        return None
    try:
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    except (ValueError, OSError, zlib.error):
        return None
    return docs[0] if len(docs) == 1 and docs[0].text == text else None


def _write(path: Path, doc: Doc) -> None:
    """Keep ``doc`` at ``path``; written aside and renamed, so that a bench running in
    parallel never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    aside = path.with_suffix(f".{os.getpid()}.part")
    aside.write_bytes(bin_.to_bytes())
    os.replace(aside, path)

"""Every message dossier shows a user, collected in one place (as spaCy does).

Reject reasons are short, stable codes stored in ``rejects.reason``; the
human-readable explanation goes in ``rejects.detail``.
"""

from __future__ import annotations

from enum import StrEnum


class RejectReason(StrEnum):
    """Why an input did not become a document."""

    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    MALFORMED_JSON = "malformed_json"
    NO_TEXT = "no_text"
    TOO_LARGE = "too_large"
    UNSUPPORTED = "unsupported_format"
    NOT_A_FILE = "not_a_regular_file"
    OUTSIDE_ROOT = "outside_input_root"
    UNREADABLE = "unreadable"


class Errors:
    """Templates for errors and reject details; fill them with ``str.format``."""

    E001 = "the file is empty or holds only white space"
    E002 = "the content looks binary (NUL byte at offset {offset})"
    E003 = "the content is not valid UTF-8 or UTF-16 ({reason})"
    E004 = "line {line}: not valid JSON ({reason})"
    E005 = "not valid JSON ({reason})"
    E006 = "no text: none of the fields {fields} holds a non-empty string"
    E007 = "{size:,} bytes is over the {limit:,}-byte limit (--max-bytes)"
    E008 = "'{suffix}' is not a supported format (use .txt .md .html .htm .json .jsonl)"
    E009 = "a JSON {kind} is not a document object"
    E010 = "the HTML holds no main text that could be extracted"
    E011 = "not a regular file ({kind})"
    E012 = "the link points outside the input folder, to {target}"
    E013 = "could not be read: {reason}"
    E014 = "the spaCy model '{name}' is not installed; install it or pass --model"
    E015 = "the warehouse at {path} is not writable: {reason}"
    E016 = "no warehouse at {path}: run `dossier run` first"
    E017 = "no such input: {path}"
    E018 = "taxonomy {path}: {reason}"
    E019 = "another run holds the warehouse lock {path} (pid {pid})"
    E020 = "alias file {path}: {reason}"
    E021 = (
        "dossier serve needs a Prefect server: start `dossier ui` in another terminal "
        "(or set PREFECT_API_URL)"
    )
    E022 = "the predicate is not valid SQL over the documents columns: {reason}"
    E023 = "writing batch {batch} failed: {reason}; nothing of it is visible, run again to finish"
    E024 = "{n:,} characters is over the {limit:,}-character limit of the parser"
    E025 = (
        "the warehouse at {path} was written by an older dossier: run `dossier run` "
        "(even with nothing new) or `dossier compact` once to bring it up to date"
    )
    E026 = "the process runner has no worker pool: start the flow inside `worker_pool(...)`"
    E027 = "the worker pool is closed: no part can be extracted after the last batch"
    E028 = (
        "a worker process died while extracting batch {batch} (out of memory?); "
        "the batches before it are committed, run again to finish"
    )


class DossierError(Exception):
    """An operational failure reported to the user as one line, never a traceback."""

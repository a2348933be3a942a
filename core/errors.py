"""Every message dossier shows a user, collected in one place (as spaCy does).

Errors stop a command: ``Errors.E015`` reads ``[E015] the warehouse at … is not
writable: …``, so the code reaches the user and can be looked up here. Rejects
stop nothing: a short, stable reason code goes in ``rejects.reason`` and the
human-readable ``RejectDetails`` text in ``rejects.detail``.
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
    NOT_AN_ARTICLE = "not_an_article"
    DAMAGED = "damaged_archive"


class RejectDetails:
    """Templates for ``rejects.detail``; fill them with ``str.format``."""

    EMPTY = "the file is empty or holds only white space"
    BINARY = "the content looks binary (NUL byte at offset {offset})"
    ENCODING = "the content is not valid UTF-8 or UTF-16 ({reason})"
    JSON_LINE = "line {line}: not valid JSON ({reason})"
    JSON_FILE = "not valid JSON ({reason})"
    NO_TEXT_FIELD = "no text: none of the fields {fields} holds a non-empty string"
    TOO_MANY_BYTES = "{size:,} bytes is over the {limit:,}-byte limit (--max-bytes)"
    UNSUPPORTED = (
        "'{suffix}' is not a supported format "
        "(use .txt .md .html .htm .html.gz .warc .warc.gz .json .jsonl)"
    )
    NOT_AN_OBJECT = "a JSON {kind} is not a document object"
    NO_MAIN_TEXT = "the HTML holds no main text that could be extracted"
    NOT_A_FILE = "not a regular file ({kind})"
    OUTSIDE_ROOT = "the link points outside the input folder, to {target}"
    UNREADABLE = "could not be read: {reason}"
    TOO_MANY_CHARS = "{n:,} characters is over the {limit:,}-character limit of the parser"
    UNDECLARED_ENCODING = (
        "the page is not valid UTF-8 or UTF-16 and declares no charset in a meta tag ({reason})"
    )
    UNKNOWN_CHARSET = "the page declares charset '{charset}', which is not a known encoding"
    WRONG_CHARSET = "the page declares charset '{charset}' but is not valid {charset} ({reason})"
    ERROR_PAGE = "an error page ('{title}'), not an article"
    HTTP_ERROR = "the server answered HTTP {status}: an error page, not an article"
    LOGIN_WALL = "a login form with {words} words of text, not an article"
    LINK_LIST = "a list of links ({share:.0%} of its {words} words are link text), not an article"
    TOO_FEW_WORDS = "{words} words of main text, fewer than the {minimum} of an article"
    GZIP_DAMAGED = "the gzip data is damaged or cut short ({reason}); nothing of it was read"
    WARC_DAMAGED = (
        "WARC record {number} at byte {offset:,} is damaged ({reason}); the records before "
        "it were read, the rest of the file was not"
    )
    WARC_CONTENT_DAMAGED = "the content of this WARC record is damaged ({reason})"
    WARC_NO_HTML = "the WARC file holds no HTML response record"


class _WithCodes(type):
    """Reading ``Errors.E015`` gives the template prefixed with its code."""

    def __getattribute__(cls, name: str) -> str:
        value = super().__getattribute__(name)
        if name.startswith("E") and name[1:].isdigit():
            return f"[{name}] {value}"
        return value


class Errors(metaclass=_WithCodes):
    """Templates for the errors that stop a command; fill them with ``str.format``.

    Codes E001–E013 and E024 named reject details before they moved to
    :class:`RejectDetails`, and E026 an error that can no longer happen; they are
    not reused."""

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
    E025 = (
        "the warehouse at {path} was written by an older dossier: run `dossier run` "
        "(even with nothing new) or `dossier compact` once to bring it up to date"
    )
    E027 = "the worker pool is closed: no part can be extracted after the last batch"
    E028 = (
        "a worker process died while extracting batch {batch} (out of memory?); "
        "the batches before it are committed, run again to finish"
    )
    E029 = "{name} must be {rule}, not {value!r}"
    E030 = "the query failed: {reason}"


class DossierError(Exception):
    """An operational failure reported to the user as one line, never a traceback."""

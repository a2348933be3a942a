"""Find input files under the given paths and read them into payloads.

Only the reading happens here; what the bytes mean is decided in
:mod:`tasks.ingest`. Hidden files and folders are skipped; links that leave the
input folder, special files and unsupported formats become rejects. A web archive
(WARC) is read record by record, like a JSON Lines file line by line: each HTML
response becomes a payload of its own.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from core.errors import DossierError, Errors, RejectDetails, RejectReason
from core.records import Payload, Reject
from flows.archives import read_warc
from tasks.ingest import file_size_limit, format_for_name, reject_payload


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    display_path: str
    source_id: str
    fmt: str
    size: int


def discover(paths: Iterable[str | Path]) -> tuple[list[SourceFile], list[Reject]]:
    """Every supported file under ``paths`` (files or folders, recursively), in a stable order."""
    files: list[SourceFile] = []
    rejects: list[Reject] = []
    for given in paths:
        given = Path(given)
        if not given.exists() and not given.is_symlink():
            raise DossierError(Errors.E017.format(path=given))
        if given.is_dir():
            root = given.resolve()
            candidates = sorted(_walk(given, root, rejects))
        else:
            root = given.resolve().parent
            candidates = [given]
        for candidate in candidates:
            relative = (
                candidate.name if candidate == given else candidate.relative_to(given).as_posix()
            )
            item = _classify(candidate, root, relative)
            (files if isinstance(item, SourceFile) else rejects).append(item)
    return files, rejects


def _walk(folder: Path, root: Path, rejects: list[Reject]) -> Iterator[Path]:
    """Files under ``folder``; linked folders are not entered (a link inside the
    root would list files twice), and one leading out of it is a reject."""
    for current, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in dirnames:
            linked = Path(current) / name
            if linked.is_symlink() and not linked.resolve().is_relative_to(root):
                relative = linked.relative_to(folder).as_posix()
                rejects.append(
                    _reject_path(
                        linked,
                        relative,
                        RejectReason.OUTSIDE_ROOT,
                        RejectDetails.OUTSIDE_ROOT.format(target=linked.resolve()),
                    )
                )
        for name in filenames:
            if not name.startswith("."):
                yield Path(current) / name


def _reject_path(path: Path, relative: str, reason: RejectReason, detail: str) -> Reject:
    return reject_payload(Payload(str(path), relative, "", None, 0), reason, detail)


def _classify(path: Path, root: Path, relative: str) -> SourceFile | Reject:
    display = str(path)

    def reject(reason: RejectReason, detail: str) -> Reject:
        return _reject_path(path, relative, reason, detail)

    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                return reject(
                    RejectReason.OUTSIDE_ROOT, RejectDetails.OUTSIDE_ROOT.format(target=target)
                )
        info = path.stat()
    except OSError as error:
        return reject(
            RejectReason.UNREADABLE, RejectDetails.UNREADABLE.format(reason=error.strerror)
        )
    if not stat.S_ISREG(info.st_mode):
        kind = "FIFO" if stat.S_ISFIFO(info.st_mode) else "device or special file"
        return reject(RejectReason.NOT_A_FILE, RejectDetails.NOT_A_FILE.format(kind=kind))
    suffix, fmt = format_for_name(path.name)
    if fmt is None:
        return reject(RejectReason.UNSUPPORTED, RejectDetails.UNSUPPORTED.format(suffix=suffix))
    return SourceFile(path, display, relative, fmt, info.st_size)


def read_payloads(files: Iterable[SourceFile], max_bytes: int) -> Iterator[Payload | Reject]:
    """Payloads in order: one per file, or one per non-blank line of a JSON Lines file.

    Files (and lines) over the size limit are not loaded; their payload carries
    ``data=None`` so that ingestion rejects them.
    """
    for source in files:
        try:
            yield from _read(source, max_bytes)
        except OSError as error:
            detail = RejectDetails.UNREADABLE.format(reason=error.strerror or str(error))
            payload = Payload(source.display_path, source.source_id, source.fmt, None, source.size)
            yield reject_payload(payload, RejectReason.UNREADABLE, detail)


def _read(source: SourceFile, max_bytes: int) -> Iterator[Payload]:
    if source.fmt == "jsonl":
        yield from _read_lines(source, max_bytes)
        return
    if source.fmt == "warc":
        with _open_regular(source.path) as handle:
            yield from read_warc(handle, source.display_path, source.source_id, max_bytes)
        return
    limit = file_size_limit(source.fmt, max_bytes)
    if limit is not None and source.size > limit:
        yield Payload(source.display_path, source.source_id, source.fmt, None, source.size)
        return
    with _open_regular(source.path) as handle:
        data = handle.read()
    yield Payload(source.display_path, source.source_id, source.fmt, data, len(data))


def _open_regular(path: Path) -> BinaryIO:
    """Open for reading without blocking, and only if it is still a regular file: a file
    swapped for a FIFO or device after discovery is refused, not read or waited on."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file any more", str(path))
    return os.fdopen(descriptor, "rb")


def _read_lines(source: SourceFile, max_bytes: int) -> Iterator[Payload]:
    with _open_regular(source.path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            source_id = f"{source.source_id}:{number}"
            data = line if len(line) <= max_bytes else None
            yield Payload(source.display_path, source_id, "jsonl", data, len(line), line=number)

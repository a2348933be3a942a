"""How often two readers agree: the judged verdicts against an independent second reading.

    .venv/bin/python bench/judge_agreement.py

A second reader judged a third of one held-out sample (`held15`) from the texts alone,
without the first verdicts; those readings are kept in ``bench/data/second_reading/``.
For each kind this prints, per verdict field, how many items the two readings agree on,
and lists the disagreements. The agreement bounds how finely the judged figures can
be read: a change smaller than the readers' disagreement is within judging noise.
"""

from __future__ import annotations

from judge import KEY_FIELDS
from judging import DATA, read_jsonl, share

FIELDS = {
    "quotes": ("is_quotation", "speaker"),
    "entities": ("is_entity", "span", "label", "canonical"),
    "themes": ("verdict",),
}


def comparable(value: object) -> str:
    """A verdict value with case and a leading article set aside."""
    text = str(value).strip().lower()
    return text.removeprefix("the ").strip()


def compare(kind: str) -> None:
    key_fields = KEY_FIELDS[kind]
    first = {
        tuple(v.get(f) for f in key_fields): v for v in read_jsonl(DATA / f"{kind}_judged.jsonl")
    }
    second = read_jsonl(DATA / "second_reading" / f"{kind}.jsonl")
    pairs = [
        (first[key], v) for v in second if (key := tuple(v.get(f) for f in key_fields)) in first
    ]
    print(f"{kind}: {len(pairs)} items read twice")
    for field in FIELDS[kind]:
        agreed = sum(comparable(a.get(field)) == comparable(b.get(field)) for a, b in pairs)
        print(f"  {field:<13} {share(agreed, len(pairs))}")
    for a, b in pairs:
        for field in FIELDS[kind]:
            if comparable(a.get(field)) != comparable(b.get(field)):
                print(f"    {a['doc']} {field}: {a.get(field)!r} / {b.get(field)!r}")


def main() -> None:
    for kind in FIELDS:
        compare(kind)


if __name__ == "__main__":
    main()

-- Each entity mention of a batch (registered as `documents`, `entities`) with the 40
-- characters before and after it, and its document's source and month (by
-- publication, or ingestion when unknown). Offsets count characters, as in Python.
select
    e.doc_id,
    e.entity_key,
    e.label,
    e.canonical_name,
    coalesce(d.source, '') as source,
    date_trunc('month', coalesce(d.published_at, d.ingested_at)) as month,
    substr(d.text, greatest(e.start_char - 39, 1), least(e.start_char, 40)) as before,
    substr(d.text, e.end_char + 1, 40) as after
from entities as e
join documents as d using (doc_id)
order by e.doc_id, e.start_char

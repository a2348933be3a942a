-- One row per entity per document of a batch (registered as `documents`, `entities`).
select
    e.doc_id,
    e.entity_key,
    any_value(e.label order by e.start_char) as label,
    any_value(e.canonical_name order by e.start_char) as canonical_name,
    count(*)::integer as mentions,
    min(e.start_char)::integer as first_start,
    any_value(coalesce(d.published_at, d.ingested_at)) as dated_at
from entities as e
join documents as d using (doc_id)
group by e.doc_id, e.entity_key
order by e.doc_id, e.entity_key

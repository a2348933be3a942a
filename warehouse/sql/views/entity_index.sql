-- One row per canonical entity across the corpus, with the names it appears under.
select
    e.entity_key,
    any_value(e.canonical_name) as canonical_name,
    any_value(e.label) as label,
    count(distinct e.doc_id) as n_documents,
    count(*) as n_mentions,
    min(coalesce(d.published_at, d.ingested_at)) as first_seen,
    max(coalesce(d.published_at, d.ingested_at)) as last_seen,
    list(distinct e.text order by e.text) as aliases
from entities as e
join documents as d using (doc_id)
group by e.entity_key

-- One row per canonical entity: how many documents, stories and mentions name it
-- (a story counts near-duplicate documents once: see `stories`).
select
    e.entity_key,
    any_value(e.canonical_name) as canonical_name,
    any_value(e.label) as label,
    count(distinct e.doc_id) as n_documents,
    count(distinct s.story_id) as n_stories,
    count(*) as n_mentions
from entities as e
join stories as s using (doc_id)
group by e.entity_key

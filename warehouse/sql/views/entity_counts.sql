-- One row per canonical entity: how many documents and mentions name it.
select
    entity_key,
    any_value(canonical_name) as canonical_name,
    any_value(label) as label,
    count(distinct doc_id) as n_documents,
    count(*) as n_mentions
from entities
group by entity_key

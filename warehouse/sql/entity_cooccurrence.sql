-- Entities named in the same documents, in both directions: filter on one side.
with doc_entities as (
    select distinct doc_id, entity_key, canonical_name, label from entities
)
select
    a.entity_key,
    any_value(a.canonical_name) as canonical_name,
    b.entity_key as other_key,
    any_value(b.canonical_name) as other_name,
    any_value(b.label) as other_label,
    count(*) as n_documents
from doc_entities as a
join doc_entities as b on a.doc_id = b.doc_id and a.entity_key <> b.entity_key
group by a.entity_key, b.entity_key

-- Pairs of entities named in the same document.
with doc_entities as (
    select distinct doc_id, entity_key, canonical_name from entities
)
select
    a.entity_key as entity_key_a,
    any_value(a.canonical_name) as canonical_name_a,
    b.entity_key as entity_key_b,
    any_value(b.canonical_name) as canonical_name_b,
    count(*) as n_documents
from doc_entities as a
join doc_entities as b on a.doc_id = b.doc_id and a.entity_key < b.entity_key
group by a.entity_key, b.entity_key

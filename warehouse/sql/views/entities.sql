-- Every entity mention under the key, label and name the corpus decided for it
-- (entity_key_map); entities_as_extracted has them as its document alone gave them.
select
    e.* replace (
        coalesce(m.entity_key, e.entity_key) as entity_key,
        coalesce(m.label, e.label) as label,
        coalesce(m.canonical_name, e.canonical_name) as canonical_name
    )
from entities_as_extracted as e
left join entity_key_map as m on m.doc_id = e.doc_id and m.extracted_key = e.entity_key

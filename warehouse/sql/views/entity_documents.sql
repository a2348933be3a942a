-- One row per entity per document under the corpus's decisions (entity_key_map):
-- the per-batch rows with their keys mapped, two keys that became one summed.
select
    d.doc_id,
    coalesce(m.entity_key, d.entity_key) as entity_key,
    any_value(coalesce(m.label, d.label) order by d.first_start) as label,
    any_value(coalesce(m.canonical_name, d.canonical_name) order by d.first_start)
        as canonical_name,
    sum(d.mentions)::integer as mentions,
    min(d.first_start)::integer as first_start,
    any_value(d.dated_at) as dated_at
from entity_documents_as_extracted as d
left join entity_key_map as m on m.doc_id = d.doc_id and m.extracted_key = d.entity_key
group by d.doc_id, coalesce(m.entity_key, d.entity_key)

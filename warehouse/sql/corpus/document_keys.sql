-- The entity keys of the documents given (`doc_ids`; every document when $all_names),
-- over `evidence` (the stored rows and the batch's): what co-mentions are counted on.
select doc_id, list(entity_key order by entity_key) as keys
from evidence
where $all_names or doc_id in (select doc_id from doc_ids)
group by doc_id

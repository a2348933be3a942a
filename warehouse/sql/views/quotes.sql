-- Every quote with its speaker's key under the corpus's decisions (entity_key_map),
-- the same key the speaker's mentions show; quotes_as_extracted as extracted.
select q.* replace (coalesce(m.entity_key, q.speaker_key) as speaker_key)
from quotes_as_extracted as q
left join entity_key_map as m on m.doc_id = q.doc_id and m.extracted_key = q.speaker_key

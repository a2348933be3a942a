-- The MinHash signatures of some stored documents.
-- $1: their doc_ids; $2: the story_members files.
select doc_id, signature
from read_parquet($2)
where doc_id in (select unnest($1::varchar[]))

-- The entity keys named in more than $share of the documents and in at least $least of
-- them, over `evidence` (the stored rows and the batch's): too common to say that two
-- documents are about the same thing ("United Kingdom", "British" on BBC).
with per_key as (
    select entity_key, count(distinct doc_id) as documents from evidence group by entity_key
)
select entity_key
from per_key
where documents >= $least
  and documents > $share * (select count(distinct doc_id) from evidence)
order by entity_key

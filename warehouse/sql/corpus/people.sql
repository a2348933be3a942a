-- The full names of people and the names of one word (a surname alone) whose surname
-- a batch touched (`surnames`; every one when $all_names), and the full names that
-- open with one of those words; one row per document and key, over `evidence` (the
-- stored rows and the batch's).
select doc_id, entity_key, canonical_name, source, month, surname, full_name, given_name,
       sex, scope
from evidence
where surname is not null
  and (
      $all_names
      or surname in (select surname from surnames)
      or given_name in (select surname from surnames)
  )
order by surname, doc_id, entity_key

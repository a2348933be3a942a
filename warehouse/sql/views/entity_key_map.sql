-- The document keys the standing corpus decisions change, one row per document and
-- key as extracted, and what changed it (`decided_by`): a name of one word that stands, in
-- its window of the corpus, for a full name takes it ('person'); otherwise a label
-- that gives way to the name's corpus label takes that ('label'). Keys not listed
-- keep their extracted form.
with labels as (
    select from_key, to_key, to_label, to_name from entity_verdicts where kind = 'label'
),
people as (
    select scope, from_key, to_key, to_name from entity_verdicts where kind = 'person'
)
select
    ev.doc_id,
    ev.entity_key as extracted_key,
    coalesce(p.to_key, l.to_key) as entity_key,
    case when p.to_key is not null then 'PERSON' else l.to_label end as label,
    coalesce(p.to_name, l.to_name) as canonical_name,
    case when p.to_key is not null then 'person' else 'label' end as decided_by
from entity_evidence as ev
left join labels as l on l.from_key = ev.entity_key
left join people as p
    on not ev.full_name and p.scope = ev.scope and p.from_key = ev.surname
where l.from_key is not null or p.from_key is not null

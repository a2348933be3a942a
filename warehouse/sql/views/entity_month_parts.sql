-- The per-batch monthly parts under the corpus's decisions: a name's label vote
-- applies to its parts as they are; a surname alone is resolved per document (its
-- window), so its parts are counted again from the per-document rows.
with labels as (
    select from_key, to_key, to_label, to_name from entity_verdicts where kind = 'label'
),
resolved as (
    select distinct extracted_key as entity_key from entity_key_map where decided_by = 'person'
)
select
    p.month,
    coalesce(l.to_key, p.entity_key) as entity_key,
    coalesce(l.to_label, p.label) as label,
    coalesce(l.to_name, p.canonical_name) as canonical_name,
    p.documents,
    p.mentions
from entity_month_parts_as_extracted as p
left join labels as l on l.from_key = p.entity_key
where p.entity_key not in (select entity_key from resolved)
union all
select
    date_trunc('month', d.dated_at) as month,
    coalesce(m.entity_key, d.entity_key) as entity_key,
    any_value(coalesce(m.label, d.label)) as label,
    any_value(coalesce(m.canonical_name, d.canonical_name)) as canonical_name,
    count(*) as documents,
    sum(d.mentions)::bigint as mentions
from entity_documents_as_extracted as d
left join entity_key_map as m on m.doc_id = d.doc_id and m.extracted_key = d.entity_key
where d.entity_key in (select entity_key from resolved)
group by all

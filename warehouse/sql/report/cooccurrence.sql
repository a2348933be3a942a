-- The 30 entities in the most documents, and how many documents name each pair.
-- $1, $2: the report's period.
with named as (
    select doc_id, entity_key, canonical_name, label from entity_documents
    where label in ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT')
      and ($1 is null or dated_at >= cast($1 as timestamptz))
      and ($2 is null or dated_at < cast($2 as timestamptz))
),
top_entities as (
    select entity_key, count(*) as documents from named
    group by entity_key order by documents desc, entity_key limit 30
),
names as (
    select entity_key, any_value(canonical_name) as name, any_value(label) as label
    from named where entity_key in (select entity_key from top_entities) group by entity_key
),
pairs as (
    select a.entity_key as a, b.entity_key as b, count(*) as documents
    from named a join named b on a.doc_id = b.doc_id and a.entity_key < b.entity_key
    where a.entity_key in (select entity_key from top_entities)
      and b.entity_key in (select entity_key from top_entities)
    group by all
)
select 'node' as kind, t.entity_key as a, null as b, n.name as a_name, null as b_name,
       n.label, t.documents
from top_entities t join names n using (entity_key)
union all
select 'edge', p.a, p.b, na.name, nb.name, null, p.documents
from pairs p join names na on na.entity_key = p.a join names nb on nb.entity_key = p.b
order by kind desc, documents desc, a, b

-- The 15 people, organisations and places named in the most documents.
-- $1, $2: the report's period.
with docs as (
    select doc_id from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
),
named as (
    select case when label = 'PERSON' then 'people'
                when label = 'ORG' then 'organisations'
                else 'places' end as kind,
           entity_key, any_value(canonical_name) as name,
           count(distinct doc_id) as documents, count(*) as mentions
    from entities
    where label in ('PERSON', 'ORG', 'GPE', 'LOC') and doc_id in (select doc_id from docs)
    group by all
)
select * from named
qualify row_number() over (partition by kind order by documents desc, mentions desc, name) <= 15
order by kind, documents desc, mentions desc, name

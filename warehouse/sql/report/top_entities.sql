-- The 15 people, organisations and places named in the most documents, and in
-- how many stories (near-duplicates counted once).
-- $1, $2: the report's period.
with named as (
    select case when label = 'PERSON' then 'people'
                when label = 'ORG' then 'organisations'
                else 'places' end as kind,
           entity_key, any_value(canonical_name) as name,
           count(*) as documents, count(distinct stories.story_id) as stories,
           sum(mentions) as mentions
    from entity_documents join stories using (doc_id)
    where label in ('PERSON', 'ORG', 'GPE', 'LOC')
      and ($1 is null or dated_at >= cast($1 as timestamptz))
      and ($2 is null or dated_at < cast($2 as timestamptz))
    group by all
)
select * from named
qualify row_number() over (partition by kind order by documents desc, mentions desc, name) <= 15
order by kind, documents desc, mentions desc, name

-- The 15 people, organisations and places named in the most documents, and in
-- how many stories (near-duplicates counted once).
-- People by their full names: a key of one word (a surname, "Trump") folds into the
-- one full name of the period that ends with that word and is named in at least half
-- as many documents ("Donald Trump"); it is left out of the chart when there is no
-- such name or more than one (a surname alone does not say who).
-- $1, $2: the report's period.
with mentioned as (
    select entity_key, label, canonical_name, doc_id, mentions, stories.story_id
    from entity_documents join stories using (doc_id)
    where label in ('PERSON', 'ORG', 'GPE', 'LOC')
      and ($1 is null or dated_at >= cast($1 as timestamptz))
      and ($2 is null or dated_at < cast($2 as timestamptz))
),
people as (
    select entity_key, any_value(canonical_name) as name, count(distinct doc_id) as documents
    from mentioned where label = 'PERSON'
    group by entity_key
),
full_names as (
    select entity_key, name, documents, lower(string_split(name, ' ')[-1]) as surname
    from people where name like '% %'
),
folded as (
    select p.entity_key, any_value(f.entity_key) as full_key
    from people p join full_names f
      on f.surname = lower(p.name) and 2 * f.documents >= p.documents
    where p.name not like '% %'
    group by p.entity_key
    having count(*) = 1
),
keyed as (
    select case when m.label = 'PERSON' then 'people'
                when m.label = 'ORG' then 'organisations'
                else 'places' end as kind,
           case when m.label <> 'PERSON' then m.entity_key
                when m.canonical_name like '% %' then m.entity_key
                else folded.full_key end as entity_key,
           m.canonical_name, m.doc_id, m.story_id, m.mentions
    from mentioned m left join folded using (entity_key)
),
named as (
    select kind, entity_key,
           coalesce(any_value(full_names.name), any_value(keyed.canonical_name)) as name,
           count(distinct doc_id) as documents, count(distinct story_id) as stories,
           sum(mentions) as mentions
    from keyed left join full_names using (entity_key)
    where keyed.entity_key is not null
    group by kind, entity_key
)
select * from named
qualify row_number() over (partition by kind order by documents desc, mentions desc, name) <= 15
order by kind, documents desc, mentions desc, name

-- The 15 most-quoted people, their most frequent title, and two sample quotations
-- each (the longest direct ones) with the document they come from.
-- People only: quotes whose speaker was resolved to a PERSON entity (not an
-- organisation, not "analysts" or "a spokesman"), named by the entity's resolved
-- name. A name of one word counts for the one full name quoted in the period that
-- ends with it ("Trump" for Donald Trump: news names people by surname), and is left
-- out when there is no such name or more than one. A given name alone ("Harry",
-- "Andrew") is left out: it names children, royals and first-name-basis sources,
-- who are rarely the full name of that first word quoted elsewhere.
-- $1, $2: the report's period.
with docs as (
    select doc_id, coalesce(title, left(split_part(trim(text), chr(10), 1), 90)) as title, url,
           coalesce(published_at, ingested_at) as dated
    from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
),
quoted as (
    select q.* from quotes q join docs using (doc_id)
    where q.speaker_key like 'PERSON:%'
),
names as (
    select q.speaker_key, coalesce(any_value(e.canonical_name), any_value(q.speaker)) as name
    from quoted q
    left join entity_documents e on e.entity_key = q.speaker_key and e.doc_id = q.doc_id
    group by q.speaker_key
),
full_names as (
    select speaker_key, name, string_split(name, ' ') as words from names
    where name like '% %'
),
short_names as (
    select n.speaker_key, any_value(f.speaker_key) as full_key
    from names n join full_names f on n.name = f.words[-1]
    where n.name not like '% %'
    group by n.speaker_key
    having count(*) = 1
),
said as (
    select q.*, coalesce(s.full_key, f.speaker_key) as speaker_id
    from quoted q
    left join full_names f on f.speaker_key = q.speaker_key
    left join short_names s on s.speaker_key = q.speaker_key
    where f.speaker_key is not null or s.full_key is not null
),
speakers as (
    select speaker_id, any_value(f.name) as speaker,
           mode(speaker_title) filter (
               where lower(trim(speaker_title, '.')) not in ('mr', 'mrs', 'ms', 'miss', 'dr')
           ) as title,
           count(*) as quotes, count(distinct doc_id) as documents,
           count(distinct story_id) as stories
    from said
    join stories using (doc_id)
    join full_names f on f.speaker_key = said.speaker_id
    group by speaker_id
    order by quotes desc, speaker limit 15
),
samples as (
    select said.speaker_id, said.text, said.doc_id, docs.title as doc_title, docs.url,
           docs.dated,
           row_number() over (
               partition by said.speaker_id
               order by (said.kind = 'direct') desc, length(said.text) desc, said.quote_id
           ) as n
    from said join docs using (doc_id)
    where said.speaker_id in (select speaker_id from speakers)
)
select s.speaker_id, s.speaker, s.title, s.quotes, s.documents, s.stories,
       list(struct_pack(text := samples.text, doc_id := samples.doc_id,
                        doc_title := samples.doc_title, url := samples.url,
                        dated := samples.dated) order by samples.n) as samples
from speakers s join samples on samples.speaker_id = s.speaker_id and samples.n <= 2
group by all
order by s.quotes desc, s.speaker

-- The 15 most-quoted named speakers (resolved to an entity), their most frequent title, and two sample
-- quotations each (the longest direct ones) with the document they come from.
-- $1, $2: the report's period.
with docs as (
    select doc_id, coalesce(title, left(split_part(trim(text), chr(10), 1), 90)) as title, url,
           coalesce(published_at, ingested_at) as dated
    from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
),
said as (
    select q.*, q.speaker_key as speaker_id
    from quotes q join docs using (doc_id)
    where q.speaker_key is not null  -- named speakers, not "analysts" or "a spokesman"
),
speakers as (
    select speaker_id, any_value(speaker order by length(speaker) desc) as speaker,
           mode(speaker_title) as title,
           count(*) as quotes, count(distinct doc_id) as documents,
           count(distinct story_id) as stories
    from said join stories using (doc_id) group by speaker_id
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

-- Who is quoted most: quotation-mark quotes (direct and mixed) and reported speech,
-- in how many documents and stories (near-duplicates counted once: see `stories`).
select
    coalesce(q.speaker_key, q.speaker) as speaker_id,
    any_value(q.speaker) as speaker,
    any_value(q.speaker_title) filter (where q.speaker_title is not null) as speaker_title,
    count(*) filter (where q.kind in ('direct', 'mixed')) as n_quotes,
    count(*) filter (where q.kind = 'indirect') as n_indirect,
    count(distinct q.doc_id) as n_documents,
    count(distinct s.story_id) as n_stories
from quotes as q
join stories as s using (doc_id)
where q.speaker is not null
group by coalesce(q.speaker_key, q.speaker)

-- Who is quoted most: quotation-mark quotes (direct and mixed) and reported speech.
select
    coalesce(speaker_key, speaker) as speaker_id,
    any_value(speaker) as speaker,
    any_value(speaker_title) filter (where speaker_title is not null) as speaker_title,
    count(*) filter (where kind in ('direct', 'mixed')) as n_quotes,
    count(*) filter (where kind = 'indirect') as n_indirect,
    count(distinct doc_id) as n_documents
from quotes
where speaker is not null
group by coalesce(speaker_key, speaker)

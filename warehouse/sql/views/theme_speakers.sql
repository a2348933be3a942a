-- Who is quoted in the documents of each theme.
select
    t.theme,
    any_value(t.label) as label,
    coalesce(q.speaker_key, q.speaker) as speaker_id,
    any_value(q.speaker) as speaker,
    count(*) filter (where q.kind in ('direct', 'mixed')) as n_quotes,
    count(*) as n_statements,
    count(distinct q.doc_id) as n_documents
from themes as t
join quotes as q using (doc_id)
where q.speaker is not null
group by t.theme, coalesce(q.speaker_key, q.speaker)

-- The people and organisations quoted most in one run's documents. $1: run_id, $2: how many.
select q.speaker, count(*) as n_quotes
from quotes as q
join documents as d using (doc_id)
where d.run_id = $1 and q.speaker is not null and q.kind in ('direct', 'mixed')
group by coalesce(q.speaker_key, q.speaker), q.speaker
order by n_quotes desc, q.speaker
limit $2

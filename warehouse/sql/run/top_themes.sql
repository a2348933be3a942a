-- The themes of most of one run's documents. $1: run_id, $2: how many.
select t.label, t.parent, count(*) as n_documents
from themes as t
join documents as d using (doc_id)
where d.run_id = $1
group by t.theme, t.label, t.parent
order by n_documents desc, t.label
limit $2

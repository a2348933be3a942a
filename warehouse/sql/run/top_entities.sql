-- The entities named in most of one run's documents. $1: run_id, $2: how many.
select e.canonical_name, e.label, count(distinct e.doc_id) as n_documents
from entities as e
join documents as d using (doc_id)
where d.run_id = $1 and e.label in ('PERSON', 'ORG', 'GPE')
group by e.entity_key, e.canonical_name, e.label
order by n_documents desc, e.canonical_name
limit $2

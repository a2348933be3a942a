-- Documents per theme per month, dated by publication (or ingestion when unknown).
select
    date_trunc('month', coalesce(d.published_at, d.ingested_at)) as month,
    t.theme,
    any_value(t.label) as label,
    any_value(t.parent) as parent,
    count(distinct t.doc_id) as n_documents
from themes as t
join documents as d using (doc_id)
group by all

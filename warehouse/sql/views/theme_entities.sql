-- Entities named in the documents of each theme.
select
    t.theme,
    any_value(t.label) as label,
    e.entity_key,
    any_value(e.canonical_name) as canonical_name,
    any_value(e.label) as entity_label,
    count(distinct e.doc_id) as n_documents,
    count(*) as n_mentions
from themes as t
join entities as e using (doc_id)
group by t.theme, e.entity_key

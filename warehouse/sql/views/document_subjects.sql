-- Each document's top-level subjects, scored by the sum of its themes' scores;
-- rank 1 is the document's main subject.
select
    doc_id,
    parent as subject,
    sum(score) as score,
    count(*) as n_themes,
    row_number() over (partition by doc_id order by sum(score) desc, parent) as rank
from themes
group by doc_id, parent

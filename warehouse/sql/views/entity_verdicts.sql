-- The corpus decisions that stand (warehouse/corpus.py): the latest one taken for each
-- kind, scope and key, listed only when it changes the key. kind 'label': a name's
-- label gives way to the one most of its documents give it ("PERSON:acme" becomes
-- "ORG:acme"); kind 'person': a surname alone, in its window of the corpus (scope:
-- source, month, the sex of its title), stands for the one full name that dominates
-- there ("PERSON:blair" becomes "PERSON:tony-blair").
select kind, scope, from_key, to_key, to_label, to_name, decided_at
from (
    select *,
        row_number() over (
            partition by kind, scope, from_key order by decided_at desc
        ) as latest
    from entity_decisions
)
where latest = 1 and to_key is not null and to_key <> from_key

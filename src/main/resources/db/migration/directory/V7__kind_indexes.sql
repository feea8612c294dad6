-- Our kinds of service are few and fixed (V2), and most searches name one: each gets its own partial indexes of
-- the search rows at a location, in name order and by place. A search for a kind then reads only that kind's rows,
-- in the order it shows them, and stops after the page, where the kinds' GIN index built a bitmap of all 5,000 to
-- 28,000 rows of the kind first (2 ms) and a search near a place read the nearest rows of every kind until 20 were
-- of the kind. SearchSql writes the kind's id as a literal so that the planner can match these predicates.
do $$
declare
    kind record;
begin
    for kind in select id, replace(code, '-', '_') as code from directory.taxonomy_term
                where taxonomy_id = '2fd30f07-008a-556b-8815-bc567d12da3e' loop
        execute format('create index if not exists %I on directory.search_row (name, id)'
            || ' where at_location and kinds @> array[%L::uuid]', 'search_row_name_' || kind.code, kind.id);
        execute format('create index if not exists %I on directory.search_row using gist (earth)'
            || ' where earth is not null and at_location and kinds @> array[%L::uuid]',
            'search_row_earth_' || kind.code, kind.id);
    end loop;
end $$;
analyze directory.search_row;

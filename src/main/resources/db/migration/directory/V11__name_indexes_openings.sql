-- Open now without a place, the count of open programs read each row in name order for its openings: of a kind,
-- at 7 pm in New York about 1,000 rows to find 201 open ones, one table page each (1.4 ms of a 1.9 ms search). The
-- name indexes now carry what the open-now test reads, as the earth index does since V10, so those counts are
-- index-only scans too.
--
-- A B-tree index row holds at most about 2.7 kB, and a row's openings (up to 9 days of them) have no limit: a
-- program with many short sessions a day could pass it, and its every edit would then fail. So the indexes carry
-- open_week_indexed, which is the week's openings when they are at most 64 (about 1.1 kB) and null otherwise; a
-- search reads the opening table for a row without it, as for a time outside the week.

create function openings_in(week tstzmultirange) returns bigint
    language sql immutable parallel safe strict
    return (select count(*) from unnest(week));

alter table search_row add column open_week_indexed tstzmultirange
    generated always as (case when openings_in(open_week) <= 64 then open_week end) stored;

drop index search_row_name;
create index search_row_name on search_row (name, id) include (open_since, open_until, open_week_indexed, service_id)
    where at_location;
drop index search_row_first_name;
create index search_row_first_name on search_row (name, service_id)
    include (open_since, open_until, open_week_indexed)
    where first;
drop index search_row_earth;
create index search_row_earth on search_row using gist (earth)
    include (open_since, open_until, open_week_indexed, service_id)
    where earth is not null;

-- each kind's own index in name order (V7)
do $$
declare
    kind record;
    name text;
begin
    for kind in select id, replace(code, '-', '_') as code from directory.taxonomy_term
                where taxonomy_id = '2fd30f07-008a-556b-8815-bc567d12da3e' loop
        name := 'search_row_name_' || kind.code;
        execute format('drop index if exists directory.%I', name);
        execute format('create index %I on directory.search_row (name, id)'
            || ' include (open_since, open_until, open_week_indexed, service_id)'
            || ' where at_location and kinds @> array[%L::uuid]', name, kind.id);
    end loop;
end $$;

analyze search_row;

set client_min_messages = warning;
-- Removes what bench/directory/generate.sql added: every directory row whose id starts with bec4, and the
-- directory_bench schema of helpers. Children go first, each in one statement, so that no cascade has to look
-- for them row by row (some child tables have no index on location_id).
--   psql -h localhost -p 15432 -U postgres -d ourown -f bench/directory/reset.sql

\set ON_ERROR_STOP on
\set generated '''bec40000-0000-4000-8000-000000000000'' and ''bec4ffff-ffff-ffff-ffff-ffffffffffff'''

-- the search rows go with their services (on delete cascade); the triggers would refresh them after each statement
set directory.search_deferred = on;
delete from directory.opening where service_id between :generated;
delete from directory.schedule where service_id between :generated;
delete from directory.language where service_id between :generated;
delete from directory.phone where service_id between :generated;
delete from directory.service_taxonomy where service_id between :generated;
delete from directory.service_at_location where service_id between :generated;
delete from directory.service where id between :generated;
-- the search rows went with their services; the ready JSON of each (V6) has no foreign key and the triggers are off
delete from directory.search_item where service_id between :generated;
delete from directory.accessibility where location_id between :generated;
delete from directory.address where location_id between :generated;
delete from directory.location where id between :generated;
delete from directory.organization where id between :generated;
set directory.search_deferred = off;
-- the words only the generated names had (V9 keeps every name's words)
delete from directory.name_word w
where not exists (select 1 from directory.search_row r where r.name_words @> array[w.word]);
drop schema if exists directory_bench cascade;
vacuum analyze directory.organization, directory.service, directory.location, directory.address,
    directory.service_at_location, directory.service_taxonomy, directory.schedule, directory.opening,
    directory.language, directory.phone, directory.accessibility, directory.search_row, directory.search_item,
    directory.name_word;

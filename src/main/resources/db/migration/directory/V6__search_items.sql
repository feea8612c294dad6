-- Each search row at a location carries its HSDS service_at_location list item, ready as JSON text: the HSDS search
-- (GET /api/hsds/service_at_locations) is then one statement that returns its page as text, instead of a search,
-- a count and two more statements to read the page's services and locations, turned into objects and back to JSON
-- by the app. The items are kept by refresh_search, so by the same triggers as the search rows, in the same
-- transaction as any change; this adds the triggers for what only the items show (a location's addresses, and the
-- phones and languages of a location that no service names). DirectorySearchItemsTests compares every item with
-- the object the app builds from the tables (HsdsLocations and HsdsRows, as HsdsLists did before).
create table search_item (
    id uuid primary key,         -- the search row's id: the service_at_location's
    service_id uuid not null,
    item text not null
);
create index search_item_service on search_item (service_id);

-- java.util.UUID.nameUUIDFromBytes: the name's MD5 as a version 3 UUID (the ids of a phone's language objects).
create function name_uuid(name text) returns uuid language sql immutable strict parallel safe as $$
    select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
            || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18))::uuid
    from md5(convert_to(name, 'UTF8')) h
$$;

-- A phone as HSDS has it (HsdsRows.phone): the extension a number, or left out when it is not one; the stored
-- language codes as language objects.
create function phone_json(p phone) returns json language sql stable as $$
    select json_strip_nulls(json_build_object(
        'id', p.id, 'organization_id', p.organization_id, 'service_id', p.service_id, 'location_id', p.location_id,
        'number', p.number, 'type', p.type, 'description', p.description,
        'extension', case when p.extension ~ '^[0-9]{1,9}$' then p.extension::bigint end,
        'languages', coalesce((
            select json_agg(json_build_object('id', directory.name_uuid(p.id::text || c), 'phone_id', p.id,
                                              'code', c) order by n)
            from unnest(string_to_array(p.languages, ',')) with ordinality u (c, n)
            where btrim(c) <> ''), '[]')))
$$;

-- A location with its addresses, accessibility, languages and phones, nulls left out (as HsdsLocations reads it).
-- The location's own columns come from row_to_json, so a column added later appears without a change here.
create function location_json(l location) returns text language sql stable as $$
    select json_strip_nulls((left(row_to_json(l)::text, -1)
        || ',"addresses":' || coalesce((
            select json_agg(a order by a.id)::text from directory.address a where a.location_id = l.id), '[]')
        || ',"accessibility":' || coalesce((
            select json_agg(x order by x.id)::text from (
                select id, location_id, description, details from directory.accessibility
                where location_id = l.id) x), '[]')
        || ',"languages":' || coalesce((
            select json_agg(x order by x.code, x.id)::text from (
                select id, service_id, location_id, name, code from directory.language
                where location_id = l.id) x), '[]')
        || ',"phones":' || coalesce((
            select json_agg(directory.phone_json(p) order by p.number, p.id)::text from directory.phone p
            where p.location_id = l.id), '[]')
        || '}')::json)::text
$$;

-- The service columns HSDS publishes (all but HsdsDocuments.SERVICE_OWN), last_modified as HsdsRows writes times.
create function service_json(s service) returns text language sql stable as $$
    select json_strip_nulls(json_build_object(
        'id', s.id, 'organization_id', s.organization_id, 'program_id', s.program_id, 'name', s.name,
        'alternate_name', s.alternate_name, 'description', s.description, 'url', s.url, 'email', s.email,
        'status', s.status, 'interpretation_services', s.interpretation_services,
        'application_process', s.application_process, 'fees_description', s.fees_description,
        'eligibility_description', s.eligibility_description, 'minimum_age', s.minimum_age,
        'maximum_age', s.maximum_age,
        'last_modified', to_char(s.last_modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text
$$;

-- V4's refresh_search keeps the search rows (and takes the services' row locks first); the new one calls it, then
-- writes the items of the rows it wrote. The triggers call refresh_search by name, so they do both.
alter function refresh_search(uuid[]) rename to refresh_rows;

create function refresh_search(services uuid[]) returns void language sql volatile as $$
    select directory.refresh_rows(services);
    delete from directory.search_item where service_id = any (services);
    -- a location's JSON once, however many of these services are there
    insert into directory.search_item (id, service_id, item)
    with located as (
        select l.id, directory.location_json(l) as location
        from directory.location l
        where l.id in (select r.location_id from directory.search_row r
                       where r.service_id = any (services) and r.at_location))
    select r.id, r.service_id,
           '{"id":"' || r.id || '","service_id":"' || r.service_id || '","location_id":"' || r.location_id
           || '","location":' || located.location || ',"service":' || directory.service_json(s) || '}'
    from directory.search_row r
    join located on located.id = r.location_id
    join directory.service s on s.id = r.service_id
    where r.service_id = any (services) and r.at_location;
$$;

-- As V4's, but an update refreshes the services of the rows both before and after it for every kind of key (V4 did
-- that only for rows keyed by service): a phone moved from one location to another changes both.
create or replace function search_changed() returns trigger language plpgsql as $$
declare
    services uuid[];
    changed text := case tg_op when 'DELETE' then 'old_rows' when 'INSERT' then 'new_rows'
        else format('(select %1$s from old_rows union select %1$s from new_rows)', tg_argv[1]) end;
begin
    if coalesce(current_setting('directory.search_deferred', true), '') = 'on' then
        return null;
    end if;
    execute format(case tg_argv[0]
        when 'service' then 'select array_agg(distinct %1$s) from %2$s c where %1$s is not null'
        when 'organization' then 'select array_agg(s.id) from directory.service s where s.organization_id in'
            || ' (select %1$s from %2$s c)'
        when 'location' then 'select array_agg(distinct x.service_id) from directory.service_at_location x'
            || ' where x.location_id in (select %1$s from %2$s c)'
        end, tg_argv[1], changed)
        into services;
    if services is not null then
        perform directory.refresh_search(services);
    end if;
    return null;
end $$;

-- What only the items show: a location's addresses, and phones and languages of a location (with or without a
-- service), refresh the services at that location.
do $$
declare
    watched text;
begin
    foreach watched in array array['address', 'phone', 'language'] loop
        execute format('create trigger %1$s_item_inserted after insert on directory.%1$s'
            || ' referencing new table as new_rows for each statement'
            || ' execute function directory.search_changed(''location'', ''location_id'')', watched);
        execute format('create trigger %1$s_item_updated after update on directory.%1$s'
            || ' referencing old table as old_rows new table as new_rows for each statement'
            || ' execute function directory.search_changed(''location'', ''location_id'')', watched);
        execute format('create trigger %1$s_item_deleted after delete on directory.%1$s'
            || ' referencing old table as old_rows for each statement'
            || ' execute function directory.search_changed(''location'', ''location_id'')', watched);
    end loop;
end $$;

-- Planning a trigram match (<%) tried the words on each of the 100 most common names and 100 more from the
-- histogram: 1 ms of every plan for a typo tier whose plan never changes. Ten keep the same plan at a fifth of it.
alter table search_row alter column name_key set statistics 10;

select directory.refresh_search(array(select id from directory.service));
analyze directory.search_row;
analyze directory.search_item;

-- What search reads, one row per active service at a location (and one for an active service at none), with every
-- filter precomputed: a search is then one indexed scan of one table that stops after a page, not a join of seven
-- tables over every match. Triggers keep it up to date in the same transaction as any change to a listing, whoever
-- writes it (edit forms, imports, the demo loader, the nightly openings refresh, a delete that cascades).
create table search_row (
    id uuid primary key,                 -- the service_at_location's id, or the service's when it is at no location
    service_id uuid not null references service (id) on delete cascade,
    location_id uuid,
    at_location boolean not null,        -- a service_at_location (HSDS search lists only these)
    first boolean not null,              -- the row that stands for the service when results are per service
    physical boolean not null,           -- at a physical location
    name text not null,
    name_key text not null,
    document tsvector not null,
    name_document tsvector not null,     -- the name's part of document (weight A): the first tier of results
    kinds uuid[] not null,               -- taxonomy term ids
    languages text[] not null,           -- of the service and of its phones
    features text[] not null,            -- accessibility at any of the service's locations
    in_person boolean not null,
    online boolean not null,
    peer_status text not null,
    earth earth,                         -- the location's point, when its coordinates are on Earth
    -- Openings from a day before to 8 days after the row was refreshed (the nightly openings refresh rolls it
    -- forward); "open at" outside [open_since, open_until) reads directory.opening instead.
    open_week tstzmultirange not null,
    open_since timestamptz not null,
    open_until timestamptz not null
);
create index search_row_service on search_row (service_id);
create index search_row_name on search_row (name, id) where at_location;
create index search_row_first_name on search_row (name, service_id) where first;
create index search_row_document on search_row using gin (document);
create index search_row_name_document on search_row using gin (name_document);
create index search_row_name_trgm on search_row using gin (name_key gin_trgm_ops);
create index search_row_kinds on search_row using gin (kinds);
create index search_row_earth on search_row using gist (earth) where earth is not null;

-- The peer-run status rule of PeerRunFacts.respiteStatus, as SearchSql.PEER_STATUS had it.
-- Two transactions refreshing one service would both delete its rows and insert the same ids: the second waits
-- for the first on the service's row (in id order, so that two never wait for each other), and each statement
-- of this volatile function then sees what the first committed.
create function refresh_search(services uuid[]) returns void language sql volatile as $$
    select 1 from directory.service where id = any (services) order by id for no key update;
    delete from directory.search_row where service_id = any (services);
    insert into directory.search_row (id, service_id, location_id, at_location, first, physical, name, name_key,
        document, name_document, kinds, languages, features, in_person, online, peer_status, earth, open_week, open_since, open_until)
    with s as (
        select s.id, s.name, s.name_key, s.document,
               coalesce((select array_agg(st.taxonomy_term_id order by st.taxonomy_term_id)
                         from directory.service_taxonomy st where st.service_id = s.id), '{}') as kinds,
               coalesce((select array_agg(distinct code order by code) from (
                             select lg.code from directory.language lg where lg.service_id = s.id
                             union all
                             select trim(c) from directory.phone p, unnest(string_to_array(p.languages, ',')) c
                             where p.service_id = s.id and trim(c) <> '') codes), '{}') as languages,
               coalesce((select array_agg(distinct ac.feature order by ac.feature)
                         from directory.service_at_location x join directory.accessibility ac
                         on ac.location_id = x.location_id where x.service_id = s.id), '{}') as features,
               exists (select 1 from directory.service_at_location x join directory.location l on l.id = x.location_id
                       where x.service_id = s.id and l.location_type = 'physical') as in_person,
               exists (select 1 from directory.service_at_location x join directory.location l on l.id = x.location_id
                       where x.service_id = s.id and l.location_type = 'virtual') as virtual,
               case when o.respite_peer_governed and o.director_is_peer and o.staff_peer_percent = 100
                         and exists (select 1 from directory.service_taxonomy rt where rt.service_id = s.id
                                     and rt.taxonomy_term_id = '21fbe896-09b3-5920-bfa3-16a116dea0e4')
                    then 'peer-run' else o.peer_status end as peer_status,
               coalesce((select range_agg(op.during) from directory.opening op where op.service_id = s.id
                         and op.during && tstzrange(now() - interval '1 day', now() + interval '8 days')),
                        '{}') as open_week
        from directory.service s join directory.organization o on o.id = s.organization_id
        where s.id = any (services) and s.status = 'active')
    select coalesce(x.id, s.id), s.id, l.id, x.id is not null,
           row_number() over (partition by s.id order by l.location_type = 'physical' desc nulls last, x.id) = 1,
           coalesce(l.location_type = 'physical', false), s.name, s.name_key, s.document,
           ts_filter(s.document, '{a}'), s.kinds, s.languages,
           s.features, s.in_person, s.virtual or not s.in_person, s.peer_status,
           case when l.latitude between -90 and 90 and l.longitude between -180 and 180
                then public.ll_to_earth(l.latitude, l.longitude) end,
           s.open_week, now() - interval '1 day', now() + interval '8 days'
    from s
    left join directory.service_at_location x on x.service_id = s.id
    left join directory.location l on l.id = x.location_id;
$$;

-- Statement triggers with the changed rows as a table: a bulk change refreshes each service once. A session may set
-- directory.search_deferred = 'on' to skip them for a bulk load and call refresh_search itself (the benchmark's
-- generator does).
create function search_changed() returns trigger language plpgsql as $$
declare
    services uuid[];
    changed text := case when tg_op = 'DELETE' then 'old_rows' else 'new_rows' end;
begin
    if coalesce(current_setting('directory.search_deferred', true), '') = 'on' then
        return null;
    end if;
    execute format(case tg_argv[0]
        when 'service' then 'select array_agg(distinct %1$s) from %2$s where %1$s is not null'
        when 'organization' then 'select array_agg(s.id) from directory.service s where s.organization_id in'
            || ' (select %1$s from %2$s)'
        when 'location' then 'select array_agg(distinct x.service_id) from directory.service_at_location x'
            || ' where x.location_id in (select %1$s from %2$s)'
        end, tg_argv[1], changed)
        into services;
    if tg_op = 'UPDATE' and tg_argv[0] = 'service' then
        -- a row moved from one service to another: both change
        execute format('select array_agg(distinct %1$s) from (select %1$s from old_rows union select %1$s'
            || ' from new_rows) c where %1$s is not null', tg_argv[1]) into services;
    end if;
    if services is not null then
        perform directory.refresh_search(services);
    end if;
    return null;
end $$;

do $$
declare
    watched record;
begin
    for watched in select * from (values
        ('service', 'service', 'id'), ('service_at_location', 'service', 'service_id'),
        ('service_taxonomy', 'service', 'service_id'), ('language', 'service', 'service_id'),
        ('phone', 'service', 'service_id'), ('opening', 'service', 'service_id'),
        ('organization', 'organization', 'id'), ('location', 'location', 'id'),
        ('accessibility', 'location', 'location_id')) as w(tab, keyed_by, col)
    loop
        execute format('create trigger %1$s_search_inserted after insert on directory.%1$s'
            || ' referencing new table as new_rows for each statement'
            || ' execute function directory.search_changed(%2$L, %3$L)', watched.tab, watched.keyed_by, watched.col);
        execute format('create trigger %1$s_search_updated after update on directory.%1$s'
            || ' referencing old table as old_rows new table as new_rows for each statement'
            || ' execute function directory.search_changed(%2$L, %3$L)', watched.tab, watched.keyed_by, watched.col);
        -- a deleted service's rows go with it (on delete cascade)
        if watched.tab <> 'service' then
            execute format('create trigger %1$s_search_deleted after delete on directory.%1$s'
                || ' referencing old table as old_rows for each statement'
                || ' execute function directory.search_changed(%2$L, %3$L)', watched.tab, watched.keyed_by,
                watched.col);
        end if;
    end loop;
end $$;

select directory.refresh_search(array(select id from directory.service));
analyze directory.search_row;

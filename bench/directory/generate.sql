-- Fills the directory of a running OurOwn with a large fictional directory for the search benchmark:
-- by default 100,000 services of 20,000 organizations at 60,000 physical locations, spread over the US like the
-- bundled ZIP centroids, with addresses, kinds, languages, phones, accessibility, weekly hours (some overnight, some
-- 24 hours) and the `opening` table for the next 35 days.
--
-- Run from the repository root against the app's database (see run.sh):
--   psql -h localhost -p 15432 -U postgres -d ourown -f bench/directory/generate.sql
-- Options (psql variables): -v services=100000 -v locations=60000 -v organizations=20000 -v seed=42
--   -v now=2027-03-10T12:00Z computes the openings as if it were then (to check daylight-saving changes)
--   -v rebuild_opening_indexes=off fills `opening` through its indexes as the app does (see README)
--
-- Deterministic: every "random" choice is a hash of (row number, purpose, seed), so the same seed gives the same
-- rows whatever the order of execution. Every generated id starts with bec4 (bec40001- organizations, bec40002-
-- services, ...); reset.sql deletes exactly those rows and the directory_bench schema of helpers made here.
-- Set-based throughout (generate_series, one INSERT ... SELECT per table): about a minute on 2 cores.

\set ON_ERROR_STOP on
\if :{?services}
\else
\set services 100000
\endif
\if :{?locations}
\else
\set locations 60000
\endif
\if :{?organizations}
\else
\set organizations 20000
\endif
\if :{?seed}
\else
\set seed 42
\endif
-- The instant the openings are computed from: now, or another one to check daylight-saving changes.
\if :{?now}
\else
\set now ''
\endif
-- off: insert the openings through opening's live GiST indexes, as the app's Openings.refresh does (slower, and the
-- indexes come out as the app's would; see README)
\if :{?rebuild_opening_indexes}
\else
\set rebuild_opening_indexes on
\endif
\timing on

select exists (select 1 from pg_namespace where nspname = 'directory_bench') as already \gset
\if :already
\echo 'A benchmark directory is already loaded (schema directory_bench exists); run bench/directory/reset.sql first.'
\quit
\endif

create schema directory_bench;
-- directory.search_row's triggers would refresh every service after each bulk statement: once at the end instead.
set directory.search_deferred = on;
comment on schema directory_bench is 'Helpers of bench/directory/generate.sql; dropped by bench/directory/reset.sql.';

-- r(n, purpose): a number in [0, 1) that depends only on n, the purpose and the seed.
select format($f$create function directory_bench.r(n bigint, purpose int) returns float8
    language sql immutable parallel safe
    as 'select (hashint8extended(n, purpose + %s) & 2147483647)::float8 / 2147483648'$f$, :seed::bigint * 1000)
\gexec

-- uid(table, n): the n-th generated row of a table; bec4 marks generated rows, the next four digits the table.
create function directory_bench.uid(tab int, n bigint) returns uuid language sql immutable parallel safe
    as $$ select format('bec4%s-0000-4000-8000-%s', lpad(to_hex(tab), 4, '0'), lpad(to_hex(n), 12, '0'))::uuid $$;

create function directory_bench.pick(options text[], x float8) returns text language sql immutable parallel safe
    as $$ select options[1 + floor(x * cardinality(options))::int] $$;

-- The instant offset of a zone at an instant, and the first instant at which a wall clock in the zone shows a local
-- time, exactly as OpeningCalendar.wallClock: a time skipped by a spring-forward gap gives the end of the gap, a time
-- shown twice (fall back) the first, earlier-offset one. (PostgreSQL's own `at time zone` reads both differently.)
create function directory_bench.utc_offset(at timestamptz, zone text) returns interval
    language sql stable parallel safe
    as $$ select (at at time zone zone) - (at at time zone 'UTC') $$;

create function directory_bench.wall_clock(local timestamp, zone text) returns timestamptz
    language sql stable parallel safe as $$
    with offsets as (
        select directory_bench.utc_offset((local at time zone zone) - interval '24 hours', zone) as before,
               directory_bench.utc_offset((local at time zone zone) + interval '24 hours', zone) as after),
    candidates as (
        select (local - before) at time zone 'UTC' as early, (local - after) at time zone 'UTC' as late, after
        from offsets)
    select coalesce(
        (select min(c) from (values (early), (late)) v(c) where c at time zone zone = local),
        -- in a gap: the transition, the first minute between the two readings that has the later offset
        (select min(g) from generate_series(least(early, late), greatest(early, late), interval '1 minute') g
         where directory_bench.utc_offset(g, zone) = after))
    from candidates $$;

-- Places: the bundled ZIP centroids (denser where people live) and each state's main IANA zone.
create table directory_bench.zip_file (zip text, lat float8, lng float8, city text, state text);
\copy directory_bench.zip_file from program 'gzip -dc src/main/resources/directory/places/us-zip-centroids.csv.gz' with (format csv, header)
-- (a few ZIPs, PO boxes mostly, have no city: left out)
create table directory_bench.zip as
select row_number() over (order by zip)::int as n, zip, lat, lng, city, state
from directory_bench.zip_file where city is not null;
alter table directory_bench.zip add primary key (n);
select count(*) as zips from directory_bench.zip \gset

create table directory_bench.zone (state text primary key, zone text not null);
insert into directory_bench.zone (state, zone)
select state, 'America/New_York' from unnest('{CT,DE,DC,FL,GA,KY,ME,MD,MA,NH,NJ,NY,NC,OH,PA,RI,SC,VT,VA,WV}'::text[]) state
union all select 'MI', 'America/Detroit'
union all select 'IN', 'America/Indiana/Indianapolis'
union all
select state, 'America/Chicago' from unnest('{AL,AR,IL,IA,KS,LA,MN,MS,MO,NE,ND,SD,OK,TN,TX,WI}'::text[]) state
union all select state, 'America/Denver' from unnest('{CO,ID,MT,NM,UT,WY}'::text[]) state
union all select 'AZ', 'America/Phoenix'
union all select state, 'America/Los_Angeles' from unnest('{CA,NV,OR,WA}'::text[]) state
union all select 'AK', 'America/Anchorage'
union all select 'HI', 'Pacific/Honolulu'
union all select 'PR', 'America/Puerto_Rico'
union all select 'VI', 'America/St_Thomas'
union all select state, 'Pacific/Guam' from unnest('{GU,MP}'::text[]) state
union all select 'AS', 'Pacific/Pago_Pago';

-- Fictional words (two and three syllables) for names and descriptions, so that full-text and typo search have
-- something to chew on. Words are drawn with a skew (word n with probability ~ 1/sqrt(n)): a few appear in
-- thousands of listings, most in a few hundred.
create table directory_bench.vocab (words text[] not null, size int not null);
insert into directory_bench.vocab
with syllable(s, i) as (
    select s, i from unnest('{ka,lo,mi,ren,tal,vor,sel,dra,ni,bel,cor,fen,gar,hol,ith,jun,kel,lum,mor,nes,ost,pra,
                              quin,ros,sta,tor,ul,ven,wyn,zan,yor,zel,ami,bri,cas,del,eth,fal,gwen,hal}'::text[])
        with ordinality u(s, i)),
candidate as (
    select a.s || b.s as word, a.i * 100 + b.i as n from syllable a, syllable b
    union all
    select a.s || b.s || c.s, 100000 + a.i * 10000 + b.i * 100 + c.i from syllable a, syllable b, syllable c
        where directory_bench.r(a.i * 10000 + b.i * 100 + c.i, 1) < 0.025),
usable as (
    select distinct on (word) word, n from candidate
    where length(word) >= 4 and to_tsvector('english', word) <> ''::tsvector
    order by word, n)
select array_agg(word order by directory_bench.r(n, 2), n), count(*) from usable;
select size as words from directory_bench.vocab \gset
-- word(n, purpose): a word drawn with that skew; the list is a constant in the function, so a query reads it once.
select format($f$create function directory_bench.word(n bigint, purpose int) returns text
    language sql immutable parallel safe as %L$f$,
    format('select (%L::text[])[1 + floor(%s * directory_bench.r(n, purpose) ^ 2)::int]', words, size))
from directory_bench.vocab
\gexec

-- Service kinds (the term ids of V2__service_kinds.sql) with how common each is and the nouns of their names.
create table directory_bench.kind (code text primary key, weight_from float8, weight_to float8, nouns text[]);
insert into directory_bench.kind
select code, coalesce(sum(weight) over (order by ord rows between unbounded preceding and 1 preceding), 0) / 100.0,
       sum(weight) over (order by ord) / 100.0, nouns
from (values
    (1, 'mutual-support-group', 24, '{Support Group,Hearing Voices Group,Recovery Circle,Peer Circle,Sharing Group}'::text[]),
    (2, 'drop-in', 15, '{Drop-In Center,Recovery Center,Community Center,Clubhouse,Peer Café}'),
    (3, 'one-to-one', 12, '{Peer Companions,One-to-One Support,Peer Mentors}'),
    (4, 'wellness-planning', 10, '{Wellness Planning,WRAP Class,Skills Group,Wellness Workshop}'),
    (5, 'warm-line', 8, '{Warm Line,Talk Line,Peer Line,Text Line}'),
    (6, 'advocacy', 7, '{Advocacy Project,Rights Project,Self-Advocacy Network}'),
    (7, 'peer-housing', 6, '{Housing Support,Peer Housing,Home Finders}'),
    (8, 'peer-specialist-training', 6, '{Peer Specialist Training,Certification Course,Peer Academy}'),
    (9, 'crisis-alternative', 4, '{Crisis Alternative,Peer Crisis Team,Safe Space}'),
    (10, 'peer-respite', 4, '{Peer Respite,Respite House,Retreat House}'),
    (11, 'inpatient-peer', 4, '{Hospital Bridge,Bridger Program,Inpatient Peer Visits}'))
    as k(ord, code, weight, nouns);

-- Organizations: a home ZIP each; peer-run facts consistent with the status they give.
create table directory_bench.org as
select o, 1 + floor(:zips * directory_bench.r(o, 10))::int as home_zip,
       directory_bench.r(o, 11) as peer
from generate_series(1, :organizations) o;

insert into directory.organization (id, name, description, email, website, board_peer_percent, director_is_peer,
    staff_peer_percent, volunteer_peer_percent, attached_to_provider, peer_status, last_verified)
select directory_bench.uid(1, o),
       initcap(directory_bench.word(o, 12)) || ' '
           || initcap(directory_bench.word(o, 13)) || ' '
           || directory_bench.pick('{Peer Network,Recovery Collective,Peer Center,Mutual Aid Society,Community Alliance,Peer Support Coalition,Wellness Cooperative}', directory_bench.r(o, 14)),
       'A fictional peer-run organization in ' || z.city || ', ' || z.state || ', made up for the search benchmark.',
       'info@org' || o || '.example.org',
       'https://org' || o || '.example.org',
       case when peer < 0.80 then 51 + floor(49 * directory_bench.r(o, 15))::int end,
       case when peer < 0.80 then peer < 0.65 end,
       case when peer < 0.80 then 51 + floor(49 * directory_bench.r(o, 16))::int end,
       case when peer < 0.80 then 60 end,
       peer >= 0.45 and peer < 0.55,
       case when peer < 0.45 then 'peer-run' when peer < 0.65 then 'peer-operated' when peer < 0.80 then 'peer-services'
            else 'unknown' end,
       current_date - floor(400 * directory_bench.r(o, 17))::int
from directory_bench.org, directory_bench.zip z
where z.n = home_zip;

-- Locations: location j belongs to organization (j - 1) % organizations + 1, near its home ZIP (centroid file
-- order keeps neighbouring ZIPs close), a kilometre or two off the centroid.
create table directory_bench.loc as
select j, org.o, z.n as zip_n, z.lat + (directory_bench.r(j, 21) - 0.5) * 0.03 as lat,
       z.lng + (directory_bench.r(j, 22) - 0.5) * 0.04 as lng, z.zip, z.city, z.state,
       coalesce(zone.zone, 'America/New_York') as zone
from generate_series(1, :locations) j
join directory_bench.org org on org.o = (j - 1) % :organizations + 1
join directory_bench.zip z on z.n = greatest(1, least(:zips, org.home_zip + floor(41 * directory_bench.r(j, 20))::int - 20))
left join directory_bench.zone zone on zone.state = z.state;

insert into directory.location (id, organization_id, location_type, name, latitude, longitude)
select directory_bench.uid(3, j), directory_bench.uid(1, o), 'physical',
       initcap(directory_bench.word(j, 23)) || ' '
           || directory_bench.pick('{House,Hall,Center,Place,Commons,Building}', directory_bench.r(j, 24)),
       lat, lng
from directory_bench.loc;

insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country)
select directory_bench.uid(4, j), directory_bench.uid(3, j),
       (10 + floor(9000 * directory_bench.r(j, 25)))::int || ' '
           || initcap(directory_bench.word(j, 26)) || ' '
           || directory_bench.pick('{Street,Avenue,Road,Lane,Boulevard,Way}', directory_bench.r(j, 27)),
       city, state, zip, 'US'
from directory_bench.loc;

insert into directory.accessibility (id, location_id, feature, description)
select directory_bench.uid(9, j * 4 + f), directory_bench.uid(3, j), feature, description
from directory_bench.loc,
     (values (0, 'wheelchair', 'Step-free entrance', 0.40), (1, 'accessible-restroom', 'Accessible restroom', 0.15),
             (2, 'asl', 'ASL interpreters on request', 0.05), (3, 'quiet-space', 'A quiet room', 0.05))
         as a(f, feature, description, share)
where directory_bench.r(j * 4 + f, 28) < share;

-- Services: service k belongs to organization (k - 1) % organizations + 1; the first `locations` services take
-- one location each (so every location has a service), the rest one of their organization's locations; one in ten
-- is also at a second location of its organization. Each has a kind (15% a second one) and the zone of its place.
create table directory_bench.svc as
with owned as (
    select k, (k - 1) % :organizations + 1 as o from generate_series(1, :services) k),
counted as (
    -- organization o has the locations o, o + organizations, o + 2 * organizations, ... up to `locations`
    select k, o, ((:locations - o) / :organizations) + 1 as places from owned),
placed as (
    select k, o, places,
           case when k <= :locations then (k - o) / :organizations
                else floor(places * directory_bench.r(k, 30))::int end as m
    from counted)
select k, directory_bench.uid(2, k) as id, p.o, p.o + :organizations * p.m as j,
       case when p.places > 1 and directory_bench.r(k, 31) < 0.10
            then p.o + :organizations * ((p.m + 1) % p.places) end as j2,
       l.zone, l.city, l.state, kind.code as kind, kind.nouns,
       (select k2.code from directory_bench.kind k2 where k2.code <> kind.code
            and directory_bench.r(k, 33) < 0.15
            and directory_bench.r(k, 34) >= k2.weight_from and directory_bench.r(k, 34) < k2.weight_to) as kind2
from placed p
join directory_bench.loc l on l.j = p.o + :organizations * p.m
join directory_bench.kind kind
    on directory_bench.r(k, 32) >= kind.weight_from and directory_bench.r(k, 32) < kind.weight_to;
alter table directory_bench.svc add primary key (k);
analyze directory_bench.svc;

insert into directory.service (id, organization_id, name, description, url, email, status, timezone, last_verified)
select directory_bench.uid(2, k), directory_bench.uid(1, o),
       initcap(directory_bench.word(k, 35)) || ' '
           || case when directory_bench.r(k, 36) < 0.3
                   then initcap(directory_bench.word(k, 37)) || ' ' else '' end
           || directory_bench.pick(nouns, directory_bench.r(k, 38)),
       'Peer-run ' || replace(kind, '-', ' ') || ' in ' || city || ', ' || state || '. '
           || initcap(directory_bench.word(k, 39)) || ' '
           || directory_bench.word(k, 40) || ' '
           || directory_bench.word(k, 41) || ' and '
           || directory_bench.word(k, 42) || ' '
           || directory_bench.word(k, 43) || '. '
           || directory_bench.pick('{No appointment needed.,Free of charge.,Everyone is welcome.,Call first.,By people with lived experience.}', directory_bench.r(k, 44)),
       'https://org' || o || '.example.org/services/' || k,
       'service' || k || '@org' || o || '.example.org',
       case when directory_bench.r(k, 45) < 0.97 then 'active'
            when directory_bench.r(k, 45) < 0.99 then 'inactive' else 'temporarily closed' end,
       zone,
       current_date - floor(400 * directory_bench.r(k, 46))::int
from directory_bench.svc;

insert into directory.service_taxonomy (service_id, taxonomy_term_id)
select directory_bench.uid(2, k), t.id
from directory_bench.svc s
join directory.taxonomy_term t on t.taxonomy_id = '2fd30f07-008a-556b-8815-bc567d12da3e'
    and t.code in (s.kind, s.kind2);

insert into directory.service_at_location (id, service_id, location_id)
select directory_bench.uid(5, k), directory_bench.uid(2, k), directory_bench.uid(3, j) from directory_bench.svc
union all
select directory_bench.uid(5, :services + k), directory_bench.uid(2, k), directory_bench.uid(3, j2)
from directory_bench.svc where j2 is not null;

insert into directory.language (id, service_id, code, name)
select directory_bench.uid(7, k * 4 + slot), directory_bench.uid(2, k), code, name
from directory_bench.svc,
     lateral (values (0, 'en', 'English', true),
                     (1, 'es', 'Spanish', directory_bench.r(k, 50) < 0.30),
                     (2, 'es', 'Spanish', false),
                     (3, (array['zh','vi','ko','ht','ru','ar','tl','fr'])[1 + floor(8 * directory_bench.r(k, 52))::int],
                         (array['Chinese','Vietnamese','Korean','Haitian Creole','Russian','Arabic','Tagalog',
                                'French'])[1 + floor(8 * directory_bench.r(k, 52))::int],
                         directory_bench.r(k, 51) < 0.05)) as l(slot, code, name, wanted)
where wanted;

-- Fictional numbers: 555-0100 to 555-0199 are reserved for fiction.
insert into directory.phone (id, service_id, number, type, languages)
select directory_bench.uid(8, k), directory_bench.uid(2, k),
       '(' || (200 + floor(700 * directory_bench.r(k, 55)))::int || ') 555-01' || lpad((k % 100)::text, 2, '0'),
       case when kind = 'warm-line' then 'voice' else directory_bench.pick('{voice,voice,voice,text}', directory_bench.r(k, 56)) end,
       ''
from directory_bench.svc;

-- Weekly hours. opens_at/closes_at null is all day (as stored for HSDS 00:00-23:59); closes at or before opens runs
-- past midnight. One in ten services lists no hours.
insert into directory.schedule (id, service_id, freq, byday, opens_at, closes_at, description)
select directory_bench.uid(6, k * 4 + slot), directory_bench.uid(2, k), 'WEEKLY', byday, opens::time, closes::time, null
from (select k, directory_bench.r(k, 60) as p, directory_bench.r(k, 61) as q from directory_bench.svc) s,
lateral (
    -- weekdays, business hours
    select 0 as slot, 'MO,TU,WE,TH,FR' as byday,
           (array['08:00','08:30','09:00','09:00','10:00'])[1 + floor(5 * q)::int] as opens,
           (array['16:00','17:00','17:00','18:00','19:30'])[1 + floor(5 * directory_bench.r(k, 62))::int] as closes
    where p >= 0.10 and p < 0.60
    union all
    -- and Saturday mornings
    select 1, 'SA', '10:00', '14:00' where p >= 0.45 and p < 0.60
    union all
    -- groups: one or two evenings or lunchtimes a week
    select 0, (array['MO','TU','WE','TH','FR','MO,WE','TU,TH','SA','SU'])[1 + floor(9 * q)::int],
           (array['12:00','18:00','18:30','19:00'])[1 + floor(4 * directory_bench.r(k, 62))::int],
           (array['13:30','19:30','20:00','20:30'])[1 + floor(4 * directory_bench.r(k, 62))::int]
    where p >= 0.60 and p < 0.75
    union all
    -- 24 hours, every day
    select 0, 'MO,TU,WE,TH,FR,SA,SU', null, null where p >= 0.75 and p < 0.83
    union all
    -- overnight, every day
    select 0, 'MO,TU,WE,TH,FR,SA,SU', (array['17:00','20:00','22:00'])[1 + floor(3 * q)::int],
           (array['09:00','08:00','06:00'])[1 + floor(3 * q)::int]
    where p >= 0.83 and p < 0.89
    union all
    -- 24 hours on weekends
    select 0, 'FR,SA,SU', null, null where p >= 0.89 and p < 0.92
    union all
    -- warm line evenings
    select 0, 'MO,TU,WE,TH,FR,SA,SU', '16:00', '23:00' where p >= 0.92 and p < 0.95
    union all
    -- respite stays, 24 hours from 09:00 on weekdays (09:00-09:00 is a full day and the days join up)
    select 0, 'MO,TU,WE,TH,FR', '09:00', '09:00' where p >= 0.95 and p < 0.97
    union all
    -- late weekend nights that end inside the daylight-saving change hours (02:30 skipped in spring, 01:30 twice
    -- in autumn)
    select 0, 'FR,SA', '21:00', '02:30' where p >= 0.97 and p < 0.985
    union all
    select 0, 'SA,SU', '20:00', '01:30' where p >= 0.985
) h;

-- Search columns, with the very statement of ListingRows.refreshSearchDocuments (only `in (:ids)` is a subquery).
update directory.service s set name_key = directory.unaccented(lower(s.name)), document =
    setweight(to_tsvector('english', directory.unaccented(s.name || ' '
    || coalesce(s.alternate_name, ''))), 'A')
    || setweight(to_tsvector('english', directory.unaccented(coalesce((select
    string_agg(t.name, ' ') from directory.service_taxonomy st join directory.taxonomy_term t
    on t.id = st.taxonomy_term_id where st.service_id = s.id), '') || ' ' || o.name)), 'B')
    || setweight(to_tsvector('english', directory.unaccented(s.description)), 'C')
    from directory.organization o where o.id = s.organization_id and s.id in (select directory_bench.uid(2, k)
    from directory_bench.svc);

-- Openings from yesterday to 35 days ahead, as Openings.refresh computes them with OpeningHours.intervals: every
-- local date from 7 days before the window to 7 days after it, the intervals starting that day (wall-clock times
-- in the service's zone), merged where they touch or overlap, kept if they overlap the window (not clipped).
create table directory_bench.window_ as
select at - interval '24 hours' as from_, at + interval '840 hours' as to_
from (select coalesce(nullif(:'now', ''), now()::text)::timestamptz as at) now_;

-- Per zone, the local dates on which an interval may start, and one more for closing times past midnight.
create table directory_bench.day as
select zone, d::date as d, d::date <= (w.to_ at time zone z.zone)::date + 7 as starts,
       (array['SU','MO','TU','WE','TH','FR','SA'])[extract(dow from d)::int + 1] as byday
from (select distinct zone from directory_bench.svc) z, directory_bench.window_ w,
     generate_series(((w.from_ at time zone z.zone)::date - 7)::timestamp,
                     ((w.to_ at time zone z.zone)::date + 8)::timestamp, interval '1 day') d;
analyze directory_bench.day;

-- Every (zone, local date and time) the schedules need, as an instant: a few thousand wall_clock calls, not millions.
create table directory_bench.clock as
select day.zone, day.d + t.t as local, directory_bench.wall_clock(day.d + t.t, day.zone) as at
from directory_bench.day,
     (select distinct t from directory.schedule sc, lateral (values (sc.opens_at), (sc.closes_at), (time '00:00')) v(t)
      where sc.service_id between directory_bench.uid(2, 0) and directory_bench.uid(2, 281474976710655)
        and t is not null) t;
alter table directory_bench.clock add primary key (zone, local);
analyze directory_bench.clock;

create table directory_bench.interval_ as
select sc.service_id, day.d, o.at as opens, c.at as closes
from directory_bench.svc s
join directory.schedule sc on sc.service_id = s.id and sc.freq = 'WEEKLY'
join directory_bench.day day on day.zone = s.zone and day.starts and day.byday = any (string_to_array(sc.byday, ','))
join directory_bench.clock o on o.zone = s.zone and o.local = day.d + coalesce(sc.opens_at, time '00:00')
join directory_bench.clock c on c.zone = s.zone
    and c.local = case when sc.opens_at is null then day.d + 1 + time '00:00'
                       when sc.closes_at <= sc.opens_at then day.d + 1 + sc.closes_at
                       else day.d + sc.closes_at end
where c.at > o.at;  -- both ends in one daylight-saving gap: no interval

-- Building the GiST indexes of `opening` (its exclusion constraint and opening_during) after the rows are in is 3x
-- faster than inserting 2 million rows into them, so in one transaction: note their definitions as the database has
-- them, drop them, insert, and create them again from the notes.
begin;
create temporary table opening_ddl on commit drop as
select 1 as step, format('alter table directory.opening drop constraint %I', conname) as ddl
from pg_constraint where conrelid = 'directory.opening'::regclass and contype = 'x'
union all
select 2, format('drop index directory.%I', c.relname)
from pg_index i join pg_class c on c.oid = i.indexrelid
where i.indrelid = 'directory.opening'::regclass
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
union all
select 3, format('alter table directory.opening add constraint %I %s', conname, pg_get_constraintdef(oid))
from pg_constraint where conrelid = 'directory.opening'::regclass and contype = 'x'
union all
select 4, pg_get_indexdef(i.indexrelid)
from pg_index i
where i.indrelid = 'directory.opening'::regclass
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
\if :rebuild_opening_indexes
select ddl from opening_ddl where step in (1, 2) order by step \gexec
\endif

insert into directory.opening (service_id, during)
select service_id, tstzrange(opens, closes)
from (select service_id, min(opens) as opens, max(closes) as closes
      from (select service_id, d, opens, closes,
                   sum(starts) over (partition by service_id order by d, opens, closes rows unbounded preceding) as island
            from (select *, case when opens <= max(closes) over (partition by service_id order by d, opens, closes
                                                                rows between unbounded preceding and 1 preceding)
                                 then 0 else 1 end as starts
                  from directory_bench.interval_) marked) numbered
      group by service_id, island) merged, directory_bench.window_ w
where opens < w.to_ and closes > w.from_
order by service_id, opens;  -- service by service, as Openings.refresh writes them

\if :rebuild_opening_indexes
select ddl from opening_ddl where step in (3, 4) order by step \gexec
\endif
commit;
drop table directory_bench.interval_;

-- The search rows (V4__search_rows.sql), as the triggers would have left them.
set directory.search_deferred = off;
select directory.refresh_search(array(select directory_bench.uid(2, k) from directory_bench.svc));

\timing off
vacuum analyze directory.organization, directory.service, directory.location, directory.address,
    directory.service_at_location, directory.service_taxonomy, directory.schedule, directory.opening,
    directory.language, directory.phone, directory.accessibility, directory.search_row, directory.search_item,
    directory.name_word, directory.name_lexeme, directory.document_lexeme;

select (select count(*) from directory.organization) as organizations,
       (select count(*) from directory.service) as services,
       (select count(*) from directory.location) as locations,
       (select count(*) from directory.service_at_location) as services_at_locations,
       (select count(*) from directory.schedule) as schedules,
       (select count(*) from directory.opening) as openings,
       pg_size_pretty(pg_database_size(current_database())) as database_size;

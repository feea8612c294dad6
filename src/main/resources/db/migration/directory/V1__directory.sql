-- The public directory, in Open Referral HSDS 3.1 terms. Everything here is public information about programs,
-- never about the people they serve.
create extension if not exists pg_trgm schema public;
create extension if not exists unaccent schema public;
create extension if not exists cube schema public;
create extension if not exists earthdistance schema public;
create extension if not exists btree_gist schema public;

-- unaccent() is only stable; indexes need an immutable wrapper with the dictionary named.
create function unaccented(text) returns text language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table organization (
    id uuid primary key,
    tenant_id uuid,                      -- the OurOwn organization that maintains this listing; null: network-managed
    name text not null check (length(name) between 2 and 200),
    alternate_name text,
    description text not null default '',
    email text,
    website text,
    -- Peer-run facts the organization declares; the status is derived from them.
    board_peer_percent smallint check (board_peer_percent between 0 and 100),
    director_is_peer boolean,
    staff_peer_percent smallint check (staff_peer_percent between 0 and 100),
    volunteer_peer_percent smallint check (volunteer_peer_percent between 0 and 100),
    attached_to_provider boolean not null default false,
    peer_status text not null default 'unknown',
    last_modified timestamptz not null default now(),
    last_verified date
);
create index organization_tenant on organization (tenant_id);

create table program (
    id uuid primary key,
    organization_id uuid not null references organization (id) on delete cascade,
    name text not null,
    alternate_name text,
    description text not null default ''
);

create table service (
    id uuid primary key,
    organization_id uuid not null references organization (id) on delete cascade,
    program_id uuid references program (id) on delete set null,
    name text not null check (length(name) between 2 and 200),
    alternate_name text,
    description text not null default '',
    url text,
    email text,
    status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    interpretation_services text,
    application_process text,
    fees_description text,
    eligibility_description text,
    minimum_age smallint,
    maximum_age smallint,
    timezone text not null default 'America/New_York',
    -- peer-respite governance fact: governed by a peer-run organization or a >= 51% peer advisory group
    respite_peer_governed boolean,
    last_modified timestamptz not null default now(),
    last_verified date,
    document tsvector not null default ''::tsvector,
    name_key text not null default ''
);
create index service_organization on service (organization_id);
create index service_document on service using gin (document);
create index service_name_trgm on service using gin (name_key gin_trgm_ops);
create index service_modified on service (last_modified);

create table location (
    id uuid primary key,
    organization_id uuid not null references organization (id) on delete cascade,
    location_type text not null check (location_type in ('physical', 'postal', 'virtual')),
    url text,
    name text,
    description text,
    transportation text,
    -- Kept as given (imported data is not always right); only coordinates on Earth are searched by distance.
    latitude double precision,
    longitude double precision,
    check ((latitude is null) = (longitude is null))
);
create index location_organization on location (organization_id);
create index location_earth on location using gist (ll_to_earth(latitude, longitude))
    where latitude between -90 and 90 and longitude between -180 and 180;

create table address (
    id uuid primary key,
    location_id uuid not null references location (id) on delete cascade,
    address_1 text not null,
    address_2 text,
    city text not null,
    region text,
    state_province text not null,
    postal_code text not null,
    country text not null default 'US',
    address_type text not null default 'physical' check (address_type in ('physical', 'postal', 'virtual'))
);
create index address_location on address (location_id);

create table service_at_location (
    id uuid primary key,
    service_id uuid not null references service (id) on delete cascade,
    location_id uuid not null references location (id) on delete cascade,
    description text,
    unique (service_id, location_id)
);
create index sal_location on service_at_location (location_id);

create table phone (
    id uuid primary key,
    organization_id uuid references organization (id) on delete cascade,
    service_id uuid references service (id) on delete cascade,
    location_id uuid references location (id) on delete cascade,
    number text not null,
    extension text,
    type text check (type in ('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone')),
    description text,
    languages text not null default ''   -- comma-separated ISO 639-1 codes
);
create index phone_service on phone (service_id);
create index phone_organization on phone (organization_id);

-- HSDS-style weekly and monthly rules; the IANA zone is kept beside HSDS's numeric one.
create table schedule (
    id uuid primary key,
    service_id uuid references service (id) on delete cascade,
    location_id uuid references location (id) on delete cascade,
    freq text not null check (freq in ('WEEKLY', 'MONTHLY')),
    byday text not null,
    opens_at time,
    closes_at time,
    valid_from date,
    valid_to date,
    description text,
    check ((opens_at is null) = (closes_at is null))
);
create index schedule_service on schedule (service_id);

create table closure (
    id uuid primary key,
    service_id uuid not null references service (id) on delete cascade,
    from_date date not null,
    to_date date not null,
    reason text,
    check (to_date >= from_date)
);
create index closure_service on closure (service_id);

-- The coming weeks' openings, computed from schedules and closures by the opening-hours engine, so that
-- "open now" and "open at" are one indexed lookup. Refreshed when a listing changes and every night.
create table opening (
    service_id uuid not null references service (id) on delete cascade,
    during tstzrange not null,
    exclude using gist (service_id with =, during with &&)
);
create index opening_during on opening using gist (during);

create table language (
    id uuid primary key,
    service_id uuid references service (id) on delete cascade,
    location_id uuid references location (id) on delete cascade,
    code text not null check (code ~ '^[a-z]{2,3}$'),
    name text not null
);
create index language_service on language (service_id);

create table accessibility (
    id uuid primary key,
    location_id uuid not null references location (id) on delete cascade,
    feature text not null,               -- one of our codes: wheelchair, accessible-restroom, asl, hearing-loop, ...
    description text,
    details text
);
create index accessibility_location on accessibility (location_id);

create table service_area (
    id uuid primary key,
    service_id uuid not null references service (id) on delete cascade,
    name text not null,
    description text
);

create table taxonomy (
    id uuid primary key,
    name text not null,
    description text not null,
    uri text,
    version text
);

create table taxonomy_term (
    id uuid primary key,
    taxonomy_id uuid references taxonomy (id) on delete cascade,
    code text,
    name text not null,
    description text not null default '',
    parent_id uuid references taxonomy_term (id),
    language text,
    term_uri text,
    unique (taxonomy_id, code)
);

create table service_taxonomy (
    service_id uuid not null references service (id) on delete cascade,
    taxonomy_term_id uuid not null references taxonomy_term (id) on delete cascade,
    primary key (service_id, taxonomy_term_id)
);
create index service_taxonomy_term on service_taxonomy (taxonomy_term_id);

create table unit (
    id uuid primary key,
    name text not null,
    scheme text,
    identifier text,
    uri text
);

create table service_capacity (
    id uuid primary key,
    service_id uuid not null references service (id) on delete cascade,
    unit_id uuid not null references unit (id),
    available integer not null check (available >= 0),
    maximum integer check (maximum >= 0),
    description text,
    updated timestamptz not null
);
create index capacity_service on service_capacity (service_id);

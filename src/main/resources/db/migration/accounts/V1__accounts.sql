create table organization (
    id uuid primary key,
    name text not null check (length(name) between 2 and 200),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    timezone text not null,
    languages text not null default 'en',
    created_at timestamptz not null default now(),
    created_by uuid,
    version bigint not null default 0
);

-- Roles are a short comma-separated list from a closed set; the check keeps it closed.
create table account (
    id uuid primary key,
    organization_id uuid references organization (id),
    email text not null check (email = lower(email) and length(email) <= 254),
    display_name text not null check (length(display_name) between 1 and 120),
    password_hash text not null,
    enabled boolean not null default true,
    roles text not null check (roles ~ '^(MEMBER|PEER|COORDINATOR|ADMIN|NETWORK_ADMIN)(,(MEMBER|PEER|COORDINATOR|ADMIN|NETWORK_ADMIN))*$'),
    totp_secret text,
    totp_last_step bigint,
    created_at timestamptz not null default now(),
    created_by uuid,
    changed_at timestamptz,
    changed_by uuid,
    version bigint not null default 0
);
create unique index account_email on account (email);
create index account_organization on account (organization_id, lower(display_name));

-- Wrong sign-in tries per typed name (hashed), whether or not an account has that name.
create table sign_in_attempt (
    name_key text primary key,
    failures int not null,
    last_failure_at timestamptz not null,
    blocked_until timestamptz
);

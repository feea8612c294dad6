-- One-to-one peer support. The note is written with the member and for them to read: they see every note about
-- them, and may answer it. A note can be changed by its author for 24 hours; after that only a correction follows it.
create table support_session (
    id uuid primary key,
    membership_id uuid not null references membership (id) on delete cascade,
    organization_id uuid not null,
    held_on date not null,
    minutes integer not null check (minutes between 1 and 720),
    kind text not null check (kind in ('IN_PERSON', 'PHONE', 'VIDEO', 'TEXT_CHAT', 'ACCOMPANYING')),
    place text check (length(place) <= 200),
    note text not null check (length(note) between 1 and 4000),
    author_id uuid not null,
    author_name text not null,
    author_role text not null,
    created_at timestamptz not null,
    changed_at timestamptz,
    changed_by uuid,
    version bigint not null default 0
);
create index support_session_membership on support_session (membership_id, held_on desc, created_at desc);

-- A correction follows a note; the note itself stays as it was written.
create table session_correction (
    id uuid primary key,
    session_id uuid not null references support_session (id) on delete cascade,
    membership_id uuid not null,
    text text not null check (length(text) between 1 and 4000),
    author_id uuid not null,
    author_name text not null,
    author_role text not null,
    created_at timestamptz not null
);
create index session_correction_session on session_correction (session_id, created_at);

-- The member's own words beside a note: one response per note, which they may change.
create table session_response (
    session_id uuid primary key references support_session (id) on delete cascade,
    membership_id uuid not null,
    text text not null check (length(text) between 1 and 4000),
    created_at timestamptz not null,
    changed_at timestamptz
);

-- A referral to a service in the directory, made under a consent that names the service's organization.
create table referral (
    id uuid primary key,
    membership_id uuid not null references membership (id) on delete cascade,
    organization_id uuid not null,
    service_id uuid not null,
    service_name text not null,
    directory_organization_id uuid not null,
    directory_organization_name text not null,
    consent_id uuid references consent (id) on delete set null,
    note text check (length(note) <= 2000),
    created_at timestamptz not null,
    created_by uuid not null,
    created_by_name text not null,
    created_by_role text not null
);
create index referral_membership on referral (membership_id, created_at desc);

-- What is left of sessions after an erasure: how many, of what kind, how long, in which month. No person, no words.
create table support_session_tally (
    id bigint generated always as identity primary key,
    organization_id uuid not null,
    held_in date not null,
    kind text not null,
    minutes integer not null
);

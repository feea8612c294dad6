-- Warm lines: peer-staffed, anonymous, non-clinical. A line belongs to one organization; its page is public.
create table line (
    id uuid primary key,
    organization_id uuid not null,
    name text not null check (length(name) between 1 and 120),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
    phone text check (length(phone) <= 40),
    closed_message text check (length(closed_message) <= 1000),
    daily_limit integer not null default 3 check (daily_limit between 1 and 50),
    chat_guide_minutes integer not null default 30 check (chat_guide_minutes between 5 and 240),
    retention text not null default 'ON_END' check (retention in ('ON_END', 'ONE_DAY', 'SEVEN_DAYS', 'THIRTY_DAYS')),
    -- One resource a line; null means the defaults (988 and 911), shown in the visitor's language.
    crisis_resources text check (length(crisis_resources) <= 2000),
    created_at timestamptz not null,
    created_by uuid not null,
    changed_at timestamptz,
    changed_by uuid
);
create index line_organization on line (organization_id, name);

-- Weekly hours in the organization's time zone. closes <= opens runs past midnight; opens = closes is all day.
create table line_hours (
    line_id uuid not null references line (id) on delete cascade,
    weekday smallint not null check (weekday between 1 and 7),
    opens time not null,
    closes time not null,
    primary key (line_id, weekday)
);

create table line_closure (
    line_id uuid not null references line (id) on delete cascade,
    closed_on date not null,
    primary key (line_id, closed_on)
);

-- A web chat. Its id is random; the secret that lets the visitor read and write is kept only as a hash, as is the
-- visitor token used to count contacts per day. Nothing here names the visitor.
create table chat (
    id uuid primary key,
    line_id uuid not null references line (id) on delete cascade,
    organization_id uuid not null,
    secret_hash text not null,
    visitor_hash text not null,
    counts_as_contact boolean not null,
    status text not null check (status in ('WAITING', 'ACTIVE', 'ENDED', 'LEFT')),
    queued_at timestamptz not null,
    -- Last sign of the waiting visitor (their page or its event stream); long silence means they have gone.
    visitor_seen_at timestamptz not null,
    answered_at timestamptz,
    ended_at timestamptz,
    peer_id uuid,
    peer_name text
);
create index chat_queue on chat (organization_id, status, queued_at);
create index chat_visitor on chat (line_id, visitor_hash, queued_at);
create index chat_peer on chat (peer_id, status);

-- Messages both ways. The id only grows: it is the Server-Sent Events id a reconnecting browser resumes from.
create table chat_message (
    id bigserial primary key,
    chat_id uuid not null references chat (id) on delete cascade,
    sender text not null check (sender in ('VISITOR', 'PEER', 'SYSTEM')),
    body text not null check (length(body) between 1 and 2000),
    sent_at timestamptz not null
);
create index chat_message_chat on chat_message (chat_id, id);

create table peer_presence (
    account_id uuid primary key,
    organization_id uuid not null,
    available boolean not null,
    capacity integer not null default 1 check (capacity between 1 and 5),
    changed_at timestamptz not null
);

-- What a peer writes after a contact; every caller detail is optional, and 'DECLINED' is an answer.
create table contact_record (
    id uuid primary key,
    organization_id uuid not null,
    line_id uuid not null references line (id) on delete cascade,
    chat_id uuid unique references chat (id) on delete set null,
    peer_id uuid not null,
    channel text not null check (channel in ('CHAT', 'PHONE')),
    direction text not null check (direction in ('INCOMING', 'OUTREACH')),
    queued_at timestamptz,
    answered_at timestamptz,
    ended_at timestamptz,
    abandoned boolean not null default false,
    reasons text[] not null default '{}',
    support_given text[] not null default '{}',
    resources_shared text check (length(resources_shared) <= 1000),
    crisis_line_mentioned boolean,
    warm_handoff boolean,
    came_from_988 text check (came_from_988 in ('YES', 'NO', 'DECLINED')),
    feeling_start smallint check (feeling_start between 1 and 5),
    feeling_end smallint check (feeling_end between 1 and 5),
    diversion text check (diversion in ('EMERGENCY_ROOM', 'CALL_911', 'CRISIS_LINE', 'NOTHING', 'OTHER', 'DECLINED')),
    alias text check (length(alias) <= 80),
    repeat_caller text check (repeat_caller in ('YES', 'NO', 'DECLINED')),
    area text check (length(area) <= 80),
    age_range text check (age_range in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_PLUS', 'DECLINED')),
    gender text check (length(gender) <= 40),
    heard_from text check (length(heard_from) <= 120),
    status text not null check (status in ('DRAFT', 'FINAL')),
    created_at timestamptz not null,
    created_by uuid not null,
    changed_at timestamptz,
    changed_by uuid
);
create index contact_record_peer on contact_record (peer_id, status, created_at desc);

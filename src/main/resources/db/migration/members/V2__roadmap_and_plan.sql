-- The member's roadmap and wellness plan: written only by the member, in their own words. Staff read a part only
-- while a consent of the member's covers it; nobody but the member writes here. Erasure deletes every row.

-- "About me" on the roadmap: my strengths, what helps me. One row per member, made on first save.
create table roadmap_about (
    membership_id uuid primary key references membership (id) on delete cascade,
    organization_id uuid not null,
    strengths text check (length(strengths) <= 2000),
    what_helps text check (length(what_helps) <= 2000),
    created_at timestamptz not null,
    created_by uuid not null,
    changed_at timestamptz,
    changed_by uuid
);

create table roadmap_goal (
    id uuid primary key,
    membership_id uuid not null references membership (id) on delete cascade,
    organization_id uuid not null,
    wording text not null check (length(wording) between 1 and 300),
    strengths text check (length(strengths) <= 2000),
    what_helps text check (length(what_helps) <= 2000),
    archived_at timestamptz,
    created_at timestamptz not null,
    created_by uuid not null,
    changed_at timestamptz,
    changed_by uuid,
    version bigint not null default 0
);
create index roadmap_goal_membership on roadmap_goal (membership_id, created_at);

-- A step towards a goal; membership_id is repeated so that every query can be scoped by the owner.
create table roadmap_step (
    id uuid primary key,
    goal_id uuid not null references roadmap_goal (id) on delete cascade,
    membership_id uuid not null references membership (id) on delete cascade,
    wording text not null check (length(wording) between 1 and 200),
    done_at timestamptz,
    created_at timestamptz not null,
    created_by uuid not null
);
create index roadmap_step_goal on roadmap_step (goal_id, created_at);

-- How it is going, in the member's words, with an optional 1 to 5 of their own choosing.
create table roadmap_check_in (
    id uuid primary key,
    goal_id uuid not null references roadmap_goal (id) on delete cascade,
    membership_id uuid not null references membership (id) on delete cascade,
    checked_on date not null,
    how_it_is_going text not null check (length(how_it_is_going) between 1 and 2000),
    scale smallint check (scale between 1 and 5),
    created_at timestamptz not null,
    created_by uuid not null
);
create index roadmap_check_in_goal on roadmap_check_in (goal_id, checked_on);

-- One answer of the member's to one guiding prompt of one wellness plan section.
create table plan_answer (
    membership_id uuid not null references membership (id) on delete cascade,
    organization_id uuid not null,
    section text not null check (section in ('PLAN_TOOLBOX', 'PLAN_DAILY', 'PLAN_TRIGGERS', 'PLAN_WARNING_SIGNS',
        'PLAN_BREAKING_DOWN', 'PLAN_CRISIS', 'PLAN_AFTER_CRISIS')),
    prompt text not null check (length(prompt) between 1 and 40),
    answer text not null check (length(answer) between 1 and 4000),
    created_at timestamptz not null,
    created_by uuid not null,
    changed_at timestamptz,
    changed_by uuid,
    primary key (membership_id, section, prompt)
);

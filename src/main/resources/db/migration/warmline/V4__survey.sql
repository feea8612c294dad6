-- The visitor's optional survey at the end of a chat. Answers name no chat, no visitor and no time of day: only the
-- organization, the line and the organization's local day, so they cannot be joined to a chat, its peer or its record.
create table survey (
    id uuid primary key,
    organization_id uuid not null,
    line_id uuid not null references line (id) on delete cascade,
    answered_on date not null,
    feeling_before smallint check (feeling_before between 1 and 5),
    feeling_after smallint check (feeling_after between 1 and 5),
    felt_heard text check (felt_heard in ('YES', 'SOMEWHAT', 'NO')),
    diversion text check (diversion in ('EMERGENCY_ROOM', 'CALL_911', 'CRISIS_LINE', 'NOTHING', 'OTHER', 'DECLINED'))
);
create index survey_line_day on survey (organization_id, line_id, answered_on);

-- Which chats have had their survey (answered or skipped), so that a chat gets one. Kept apart from the answers on
-- purpose: nothing links a row here to a row of survey.
create table survey_taken (
    chat_id uuid primary key references chat (id) on delete cascade
);

-- Figures read chats and records by organization and day.
create index chat_figures on chat (organization_id, line_id, queued_at);
create index contact_record_figures on contact_record (organization_id, line_id, status);

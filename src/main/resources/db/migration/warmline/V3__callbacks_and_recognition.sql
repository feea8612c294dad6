-- Check-in callbacks a visitor asked for. The phone number is kept only until the call is done (outcome logged) or,
-- without an outcome, until 7 days after the window ended; then it is set to null. Nothing else names the visitor.
create table callback (
    id uuid primary key,
    organization_id uuid not null,
    line_id uuid not null references line (id) on delete cascade,
    chat_id uuid references chat (id) on delete set null,
    phone text check (length(phone) <= 40),
    window_start timestamptz not null,
    window_end timestamptz not null check (window_end > window_start),
    consented_at timestamptz not null,
    status text not null check (status in ('REQUESTED', 'DONE', 'EXPIRED')),
    outcome text check (outcome in ('REACHED', 'NO_ANSWER', 'DECLINED')),
    done_at timestamptz,
    done_by uuid,
    created_at timestamptz not null,
    check (status = 'REQUESTED' or phone is null)
);
create index callback_open on callback (organization_id, status, window_start);

-- Recognition, only when the visitor opts in: a hash of their chosen alias (within the organization) or of a random
-- returning token their browser keeps. Chats sharing a hash are the same visitor; without a row, no link is made.
create table chat_recognition (
    chat_id uuid primary key references chat (id) on delete cascade,
    organization_id uuid not null,
    recognition_hash text not null,
    created_at timestamptz not null
);
create index chat_recognition_hash on chat_recognition (organization_id, recognition_hash);

-- Transfers: a short note for the next peer, kept only while the chat is open, and how often the chat changed hands.
alter table chat add column handover_note text check (length(handover_note) <= 500);
alter table chat add column transfers integer not null default 0;
alter table contact_record add column transfers integer not null default 0;

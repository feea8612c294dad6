-- A coordinator keeps a visitor out of every line of the organization for a while (until null = for good). The
-- visitor is known only by the hash of their browser's visitor token; the reason is for the organization's staff
-- and is never shown to the visitor. Once a block is over and its chat's retention has passed, the purge clears it.
create table block (
    id uuid primary key,
    organization_id uuid not null,
    visitor_hash text not null,
    chat_id uuid references chat (id) on delete set null,
    line_id uuid references line (id) on delete set null,
    reason text check (length(reason) between 1 and 500),
    until timestamptz,
    created_at timestamptz not null,
    created_by uuid not null,
    created_by_name text not null,
    lifted_at timestamptz,
    lifted_by uuid
);
create index block_visitor on block (organization_id, visitor_hash);
create index block_organization on block (organization_id, created_at desc);

-- The purge looks for chats that ended long enough ago.
create index chat_ended on chat (status, ended_at);

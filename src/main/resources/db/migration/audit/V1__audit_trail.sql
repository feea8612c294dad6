-- One hash chain per organization (organization_id null: the deployment's own chain).
create table entry (
    seq bigint generated always as identity primary key,
    id uuid not null unique,
    occurred_at timestamptz not null,
    organization_id uuid,
    actor_id uuid,
    actor_name text not null,
    actor_roles text not null,
    action text not null,
    record_type text not null,
    record_id text not null,
    person_id uuid,
    purpose text,
    client_address text,
    previous_hash char(64) not null,
    hash char(64) not null
);
create index entry_organization on entry (organization_id, seq);
create index entry_person on entry (person_id, seq) where person_id is not null;

-- Append-only: the database itself refuses to change or remove an entry.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger entry_append_only before update or delete on entry
    for each row execute function refuse_change();
create trigger entry_no_truncate before truncate on entry
    for each statement execute function refuse_change();

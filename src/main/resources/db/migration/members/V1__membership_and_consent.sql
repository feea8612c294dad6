-- A membership is voluntary: only the alias is required. Null in an optional field means the person did not say.
-- Nothing clinical is recorded here (see the ArchUnit rule on field names), and nothing ever will be.
create table membership (
    id uuid primary key,
    organization_id uuid not null,
    account_id uuid unique,
    alias text not null check (length(alias) between 1 and 80),
    pronouns text check (length(pronouns) <= 40),
    preferred_language text check (length(preferred_language) <= 40),
    contact_method text not null default 'NONE'
        check (contact_method in ('NONE', 'PHONE', 'TEXT', 'EMAIL', 'PREFER_NOT_TO_SAY')),
    contact_detail text check (length(contact_detail) <= 200),
    claim_code_hash char(64) unique,
    claim_expires_at timestamptz,
    joined_at timestamptz not null,
    created_by uuid,
    changed_at timestamptz,
    changed_by uuid,
    version bigint not null default 0,
    check ((claim_code_hash is null) = (claim_expires_at is null))
);
create index membership_alias on membership (organization_id, lower(alias));

-- Who may read which parts of a member's record, for what, from when until when. Granted and revoked by the member.
create table consent (
    id uuid primary key,
    membership_id uuid not null references membership (id) on delete cascade,
    organization_id uuid not null,
    grantee_kind text not null check (grantee_kind in ('PERSON', 'MY_ORGANIZATION', 'OTHER_ORGANIZATION')),
    grantee_account_id uuid,
    grantee_directory_organization_id uuid,
    grantee_name text not null check (length(grantee_name) between 1 and 200),
    parts text[] not null check (cardinality(parts) > 0),
    purpose text not null,
    starts_on date not null,
    ends_on date,
    revoked_at timestamptz,
    created_at timestamptz not null,
    created_by uuid not null,
    check (ends_on is null or ends_on >= starts_on),
    check ((grantee_kind = 'PERSON') = (grantee_account_id is not null)),
    check ((grantee_kind = 'OTHER_ORGANIZATION') = (grantee_directory_organization_id is not null))
);
create index consent_membership on consent (membership_id);

-- A member asks to be erased; a coordinator confirms. The request goes with the membership.
create table erasure_request (
    membership_id uuid primary key references membership (id) on delete cascade,
    organization_id uuid not null,
    requested_at timestamptz not null
);

-- What is left after an erasure: a count, nothing that points at a person.
create table erasure (
    id bigint generated always as identity primary key,
    organization_id uuid not null,
    erased_on date not null
);

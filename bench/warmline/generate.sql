-- Data for the warm line benchmark: one organization, :peers peer accounts (bench-peer-1@bench.test ... with the
-- password 'bench-password'), and the line 'bench' open all day every day. Run with
--   psql -v peers=200 -f bench/warmline/generate.sql
-- Running it again changes nothing that exists (peers are added up to :peers). BCrypt cost 4 keeps 200 sign-ins
-- from measuring the password hash; the app accepts any cost.
\set ON_ERROR_STOP on
create extension if not exists pgcrypto;

insert into accounts.organization (id, name, slug, timezone, languages)
values ('00000000-0000-4000-8000-00000000b001', 'Bench Warm Line', 'bench-warm-line', 'America/New_York', 'en')
on conflict do nothing;

insert into accounts.account (id, organization_id, email, display_name, password_hash, roles)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000b001', 'bench-peer-' || n || '@bench.test',
       'Bench peer ' || n, '{bcrypt}' || crypt('bench-password', gen_salt('bf', 4)), 'PEER'
from generate_series(1, :peers) as n
where not exists (select 1 from accounts.account where email = 'bench-peer-' || n || '@bench.test');

insert into warmline.line (id, organization_id, name, slug, phone, daily_limit, chat_guide_minutes, retention,
                           created_at, created_by)
values ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000b001', 'Bench line', 'bench',
        '555 0100', 50, 30, 'ON_END', now(), '00000000-0000-4000-8000-00000000b001')
on conflict do nothing;

insert into warmline.line_hours (line_id, weekday, opens, closes)
select '00000000-0000-4000-8000-00000000b002', d, '00:00', '00:00' from generate_series(1, 7) as d
on conflict do nothing;

-- Chats of an earlier run on the same data would sit in the queue: they are closed.
update warmline.chat set status = 'LEFT', ended_at = now()
where organization_id = '00000000-0000-4000-8000-00000000b001' and status in ('WAITING', 'ACTIVE');
update warmline.peer_presence set available = false
where organization_id = '00000000-0000-4000-8000-00000000b001';

select (select count(*) from accounts.account where email like 'bench-peer-%@bench.test') as peers,
       (select count(*) from warmline.line where slug = 'bench') as lines;

-- Our published taxonomy of peer-run services (domain.md), with fixed ids so exports stay stable.
insert into taxonomy (id, name, description, uri, version) values
    ('2fd30f07-008a-556b-8815-bc567d12da3e', 'OurOwn peer-run service kinds', 'Kinds of peer-run mental health services, as used by the OurOwn directory.', 'urn:ourown:taxonomy:service-kinds', '1');

insert into taxonomy_term (id, taxonomy_id, code, name, description, language) values
    ('8084c2d3-31b7-589c-aaaf-c54827fe105f', '2fd30f07-008a-556b-8815-bc567d12da3e', 'warm-line', 'Warm line', 'Phone, chat or text line staffed by peers; support before a crisis.', 'en'),
    ('21fbe896-09b3-5920-bfa3-16a116dea0e4', '2fd30f07-008a-556b-8815-bc567d12da3e', 'peer-respite', 'Peer respite', 'A home-like house where a guest stays a few nights, voluntarily, instead of a hospital.', 'en'),
    ('afd0c86c-57a2-50fe-a66d-6030977978a8', '2fd30f07-008a-556b-8815-bc567d12da3e', 'crisis-alternative', 'Other crisis alternative', 'Peer crisis support other than respite.', 'en'),
    ('bc7da188-c2af-505f-bd5f-4e8344352aa1', '2fd30f07-008a-556b-8815-bc567d12da3e', 'drop-in', 'Drop-in, recovery or community center', 'Walk in, no appointment: activities, computers, meals, company.', 'en'),
    ('c9bf6a00-73ee-5eb7-ac62-bddd74829aea', '2fd30f07-008a-556b-8815-bc567d12da3e', 'mutual-support-group', 'Self-help and mutual support group', 'Recurring peer-led group meetings, in person or online.', 'en'),
    ('e5822661-7b52-5b90-b06b-105dcfd265cc', '2fd30f07-008a-556b-8815-bc567d12da3e', 'peer-housing', 'Peer-driven housing support', 'Help finding and keeping housing; shared peer-run homes.', 'en'),
    ('e21a40f9-d5b4-5b21-9e95-6a011bdf8447', '2fd30f07-008a-556b-8815-bc567d12da3e', 'wellness-planning', 'Wellness planning and skill development', 'Wellness planning, classes and skills groups.', 'en'),
    ('c2d0e1c7-5ecc-5381-8aac-4c5539dbeb59', '2fd30f07-008a-556b-8815-bc567d12da3e', 'inpatient-peer', 'Inpatient peer services', 'Peers visiting people in hospital, bridging back to community.', 'en'),
    ('2b60ffc2-38f6-50d3-8aae-0efef34dd34e', '2fd30f07-008a-556b-8815-bc567d12da3e', 'peer-specialist-training', 'Peer specialist training', 'Courses leading to certification; continuing education.', 'en'),
    ('58258739-4e48-5c5e-8f52-49af966ad114', '2fd30f07-008a-556b-8815-bc567d12da3e', 'advocacy', 'Advocacy and systems change', 'Self and system advocacy, policy work, rights.', 'en'),
    ('d2d93bec-27ad-5f1b-bcfd-dade1b9dae16', '2fd30f07-008a-556b-8815-bc567d12da3e', 'one-to-one', 'One-to-one peer support', 'A peer walks with a person towards their own goals.', 'en');

-- Beds, for peer respite availability.
insert into unit (id, name, scheme, identifier) values
    ('690f7f9d-5fe3-5615-96be-176ce4586149', 'bed', 'ourown', 'bed');

-- A peer respite counts as peer-run when all staff and managers are peers and it is governed by a peer-run
-- organization or an advisory group at least 51% peers: the organization declares the governance fact.
alter table organization add column respite_peer_governed boolean;
alter table service drop column respite_peer_governed;

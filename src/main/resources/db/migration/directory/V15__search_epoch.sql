-- The search items' epoch: a number that grows by one, as it commits, with every transaction that writes search items
-- (V6). The HSDS search returns its page's ids and the epoch its snapshot saw, and the app keeps items it has read
-- for that epoch (SearchItems): a search whose snapshot saw the same epoch sees the same items, since a transaction
-- that changes one moves the epoch in the same commit. Reading and sending the items was two fifths of the database's
-- CPU for a search (bench/directory/README.md).
--
-- The epoch moves at commit (a deferred constraint trigger), not when the items are written: its row is locked only
-- between that moment and the commit, so writers wait for each other only while committing, in commit order, and
-- never hold it while they wait for a listing's row lock (which would deadlock two editors).
create table search_epoch (
    singleton boolean primary key default true check (singleton),
    epoch bigint not null
);
insert into search_epoch (singleton, epoch) values (true, 1);

create function search_items_written() returns trigger language plpgsql as $$
begin
    -- once a transaction, however many items it wrote (the setting is the transaction's own)
    if current_setting('directory.search_epoch_moved', true) = 'on' then
        return null;
    end if;
    perform set_config('directory.search_epoch_moved', 'on', true);
    update directory.search_epoch set epoch = epoch + 1;
    return null;
end $$;

create constraint trigger search_item_written after insert or update or delete on search_item
    deferrable initially deferred for each row execute function search_items_written();

-- a truncate fires no row triggers
create trigger search_item_truncated after truncate on search_item
    for each statement execute function search_items_written();

-- Which items each epoch changed (V15): the app keeps the items it has read for an epoch (SearchItems), and when it
-- sees a newer one it drops only the items written since, instead of all of them. Under load, an edit used to send
-- every search back to the database for its items for a few seconds (bench/directory/README.md, "edit under load").
--
-- The epoch's trigger, which fires for every item row written, as the transaction commits, now also lists the row's
-- id here with the epoch it moved to. A transaction that writes more than 1,000 items (an import, a bulk refresh)
-- lists none but a row without an id, "everything": the app starts anew, as reading that many ids would
-- cost more than reading the items again. Epochs more than 1,000 behind are deleted as the epoch moves; an app that
-- far behind (or at an epoch from before this migration) finds an epoch missing here and starts anew too.
create table search_item_change (
    epoch bigint not null,
    item_id uuid              -- null: more items than listed, take every item as changed
);
create index search_item_change_epoch on search_item_change (epoch);

create or replace function search_items_written() returns trigger language plpgsql as $$
declare
    -- the epoch this transaction moved to, and how many ids it listed (-1: "everything"); both the transaction's own
    moved bigint := nullif(current_setting('directory.search_epoch_moved', true), '')::bigint;
    listed int;
begin
    if moved is null then
        update directory.search_epoch set epoch = epoch + 1 returning epoch into moved;
        perform set_config('directory.search_epoch_moved', moved::text, true);
        perform set_config('directory.search_items_listed', '0', true);
        delete from directory.search_item_change where epoch <= moved - 1000;
    end if;
    listed := current_setting('directory.search_items_listed')::int;
    if listed < 0 then
        return null;
    end if;
    if tg_level = 'STATEMENT' or listed >= 1000 then
        insert into directory.search_item_change (epoch, item_id) values (moved, null);
        perform set_config('directory.search_items_listed', '-1', true);
        return null;
    end if;
    insert into directory.search_item_change (epoch, item_id)
    values (moved, case tg_op when 'DELETE' then old.id else new.id end);
    perform set_config('directory.search_items_listed', (listed + 1)::text, true);
    return null;
end $$;


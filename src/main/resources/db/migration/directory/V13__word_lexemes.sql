-- A search for one word (a fifth of the benchmark's mix, a quarter of PostgreSQL's time for it) ranked its name
-- matches by reading each of them from search_row, one table page each, and then counted the other matches the same
-- way (GIN indexes have no index-only scans): 20 to 200 rows read for a page of 20, most of the statement's time in
-- memory not yet in the CPU's caches. These two tables answer it from ranges of two B-tree indexes, in order, without
-- the table (OneWordSql, SearchSql.oneWordHsdsSql):
--
-- name_lexeme: each lexeme of each name (search_row.name_document), with what ranks the row for a search of that
--   lexeme alone: ts_rank_cd of the row's document, which for a query of one lexeme depends only on the row and the
--   lexeme, and the name and name_key that the rest of the rank and the order read, all in one index in the order of
--   that text rank (an index-only scan that stops once it has the rows a page ranks). A word in more names than a
--   search ranks (201 for the first pages) has its best 201 by text rank ranked, where the general statement (a
--   phrase, a word with a filter) ranks a sample of them (V12); otherwise both give the same page.
-- document_lexeme: each lexeme of each document, for the count of a word's matches (up to 201).
--
-- Only the rows at a location, which the HSDS search lists. Statement triggers on search_row keep both in the same
-- transaction as the row, whoever writes it (refresh_rows, and the tests that write rows themselves).

-- A lexeme as a query of itself alone, as tsquery's input reads a quoted value: not normalized again.
create function lexeme_query(lexeme text) returns tsquery
    language sql immutable parallel safe strict
    return ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery;

create table name_lexeme (
    word text not null,
    id uuid not null,        -- the search row
    rank real not null,      -- ts_rank_cd(document, lexeme_query(word), 1)
    name text not null,
    name_key text not null,
    primary key (word, id)
);
create index name_lexeme_ranked on name_lexeme (word, rank desc, name, id) include (name_key);

create table document_lexeme (
    word text not null,
    id uuid not null,        -- the search row
    primary key (word, id)
);

-- An update takes the old rows' lexemes out and puts the new rows' in (each branch reads only the transition table
-- its operation has). PL/pgSQL plans each statement once a connection, with the row count of that first transition
-- table: after a bulk refresh (5,000 services) the deletes kept a hash join over every lexeme, and a single edit on
-- that connection then took 848 ms (bench data). Without hash and merge joins they always look each
-- old lexeme up in the primary key: 6.6 ms for that edit, 6.5 s instead of 5.5 s for the bulk refresh.
create function search_row_lexemes() returns trigger language plpgsql
    set enable_hashjoin = off set enable_mergejoin = off as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        delete from directory.name_lexeme l
        using old_rows o cross join lateral unnest(tsvector_to_array(o.name_document)) w
        where l.word = w and l.id = o.id;
        delete from directory.document_lexeme l
        using old_rows o cross join lateral unnest(tsvector_to_array(o.document)) w
        where l.word = w and l.id = o.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into directory.name_lexeme (word, id, rank, name, name_key)
        select w, n.id, ts_rank_cd(n.document, directory.lexeme_query(w), 1), n.name, n.name_key
        from new_rows n cross join lateral unnest(tsvector_to_array(n.name_document)) w
        where n.at_location;
        insert into directory.document_lexeme (word, id)
        select w, n.id
        from new_rows n cross join lateral unnest(tsvector_to_array(n.document)) w
        where n.at_location;
    end if;
    return null;
end
$$;

create trigger search_row_lexemes_added after insert on search_row referencing new table as new_rows
    for each statement execute function search_row_lexemes();
create trigger search_row_lexemes_removed after delete on search_row referencing old table as old_rows
    for each statement execute function search_row_lexemes();
-- the app does not update search rows (refresh_rows deletes and inserts them), but an update is kept too (a trigger
-- with transition tables cannot name the columns it watches); SearchCountsTests updates some
create trigger search_row_lexemes_changed after update
    on search_row referencing old table as old_rows new table as new_rows
    for each statement execute function search_row_lexemes();

insert into name_lexeme (word, id, rank, name, name_key)
select w, r.id, ts_rank_cd(r.document, lexeme_query(w), 1), r.name, r.name_key
from search_row r cross join lateral unnest(tsvector_to_array(r.name_document)) w
where r.at_location;
insert into document_lexeme (word, id)
select w, r.id
from search_row r cross join lateral unnest(tsvector_to_array(r.document)) w
where r.at_location;
analyze name_lexeme, document_lexeme;

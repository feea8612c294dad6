-- Names like the words (the typo tier of a search without a place) were found through the trigram index over every
-- name (search_row_name_trgm). A typed word's common trigrams ("  f", " fa", "al ") each have thousands of names:
-- merging them and testing the few hundred names that came out took 5 to 20 ms, the slowest search there was.
--
-- Now the words of the names are kept once in a small table with its own trigram index, and each name's words in its
-- search row. A search looks there for the words like each typed word (pg_trgm's %, similarity 0.3 by default), then
-- for the names with one of those words (a GIN index of arrays), and tests only those with word_similarity >= 0.6,
-- the test of <%. So it finds the names <% finds that share a word like one of the typed words: "respiet" finds
-- "Respite", "warm lien" finds "Warm Line" through "warm", and "warmline" finds "Warm Line" through "warm".

create function name_words(name_key text) returns text[]
    language sql immutable parallel safe strict
    return array(select distinct w from regexp_split_to_table(name_key, '[^[:alnum:]]+') w where w <> '' order by w);

alter table search_row add column name_words text[] generated always as (name_words(name_key)) stored;
create index search_row_name_words on search_row using gin (name_words);

-- Every word of a name there is or was. Words of names since changed or withdrawn stay: they find no name, and the
-- table stays small (the benchmark's 100,000 generated names have 3,212 words; a real directory's names repeat
-- their words more).
create table name_word (word text primary key);
create index name_word_trgm on name_word using gin (word gin_trgm_ops);
insert into name_word (word) select distinct w from search_row, unnest(name_words) w order by w;

-- refresh_rows inserts a service's rows in one statement: add the words new to the table. In word order, so that two
-- transactions adding the same new words wait for each other rather than deadlock.
create function add_name_words() returns trigger language plpgsql as $$
begin
    insert into directory.name_word (word)
    select distinct w from new_rows, unnest(new_rows.name_words) w order by w
    on conflict do nothing;
    return null;
end
$$;

create trigger search_row_name_words after insert on search_row referencing new table as new_rows
    for each statement execute function add_name_words();

-- the new column has no statistics yet, and the rewritten table's old ones are kept
analyze search_row, name_word;

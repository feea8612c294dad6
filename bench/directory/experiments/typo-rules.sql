-- What a typo finds, by two rules, on the bench data (bench/directory/README.md, figures of 2026-12-03 06:39-08:00).
-- The mix's typos are a generated name word without its third letter ("praholcas" -> "prholcas"; paths.sql), so
-- for each typo the word it came from is known. For the mix's different typos: does the typo tier as it is (<%,
-- word_similarity >= 0.6 on the names that share a word like the typed one, V9) find a name with that word, and
-- would a rule by words (the names' words within an edit distance of 1 for typed words of up to 5 letters, 2 for
-- longer; fuzzystrmatch) find it? Then how long finding those words takes, and the tier's work by each rule. Run with the bench's app up, from the
-- repository root, after run.sh has written target/bench-directory/requests.tsv:
--
--   psql -X -h 127.0.0.1 -p 15791 -U postgres -d ourown -f bench/directory/experiments/typo-rules.sql
--
-- It makes a schema "proto" for fuzzystrmatch and drops it at the end.
create schema proto;
create extension fuzzystrmatch schema proto;
create temp table words (w text);
\copy words from program 'grep -P "^search-typo\t" target/bench-directory/requests.tsv | cut -f2 | sed "s/.*search=//; s/&.*//" | sort -u'
create temp table intended as
    select t.w as typo, n.word from words t join directory.name_word n
        on length(n.word) = length(t.w) + 1 and left(n.word, 2) || substr(n.word, 4) = t.w;
create temp table found_now as
    select t.w as typo, r.id, r.name_words from words t
    cross join lateral (select coalesce(array_agg(distinct w.word), '{}') as alike
                        from directory.name_word w where w.word % t.w) s
    join directory.search_row r on r.at_location and r.name_words && s.alike
        and word_similarity(t.w, r.name_key) >= 0.6 and not r.document @@ websearch_to_tsquery('english', t.w);
create temp table by_words as
    select t.w as typo, w.word from words t join directory.name_word w on w.word % t.w
        and proto.levenshtein_less_equal(t.w, w.word, case when length(t.w) <= 5 then 1 else 2 end)
            <= case when length(t.w) <= 5 then 1 else 2 end;
select (select count(*) from words) as typos,
       (select count(distinct typo) from intended) as with_their_word_in_names;
select 'now (<%)' as rule,
       (select count(distinct f.typo) from found_now f join intended i on i.typo = f.typo and i.word = any(f.name_words))
           as find_their_word,
       (select count(distinct typo) from found_now) as find_anything,
       (select count(*) from found_now) as names
union all
select 'by words (edit distance)',
       (select count(distinct b.typo) from by_words b join intended i using (typo, word)),
       (select count(distinct typo) from by_words),
       (select count(*) from by_words b join directory.search_row r on r.at_location and b.word = any(r.name_words));
\timing on
do $$ declare alike text[]; typo record; begin
    for typo in select w from words loop
        select array_agg(w.word) into alike from directory.name_word w
        where w.word % typo.w and proto.levenshtein_less_equal(typo.w, w.word, 2) <= 2;
    end loop;
end $$;
\timing off
-- The typo tier's work by each rule: its words, then up to 201 of its names (the tier's cap) with their likeness,
-- each typo three times in turns, the last two timed.
create function proto.tier_now(t text) returns int language plpgsql as $$ declare c int; alike text[]; begin
    select coalesce(array_agg(distinct w.word), '{}') into alike from directory.name_word w where w.word % t;
    select count(*) into c from (select r.id, word_similarity(t, r.name_key) as rank from directory.search_row r
        where r.at_location and r.name_words && alike and word_similarity(t, r.name_key) >= 0.6
            and not r.document @@ websearch_to_tsquery('english', t) limit 201) x;
    return c;
end $$;
create function proto.tier_by_words(t text) returns int language plpgsql as $$
declare c int; alike text[]; k int := case when length(t) <= 5 then 1 else 2 end; begin
    select coalesce(array_agg(w.word), '{}') into alike from directory.name_word w
    where w.word % t and proto.levenshtein_less_equal(t, w.word, k) <= k;
    select count(*) into c from (select r.id, word_similarity(t, r.name_key) as rank from directory.search_row r
        where r.at_location and r.name_words && alike and not r.document @@ websearch_to_tsquery('english', t)
        limit 201) x;
    return c;
end $$;
do $$ declare started timestamptz; now_ms float8 := 0; words_ms float8 := 0; typo record; begin
    for pass in 1..3 loop
        for typo in select w from words loop
            started := clock_timestamp();
            perform proto.tier_now(typo.w);
            if pass > 1 then now_ms := now_ms + 1000 * extract(epoch from clock_timestamp() - started); end if;
            started := clock_timestamp();
            perform proto.tier_by_words(typo.w);
            if pass > 1 then words_ms := words_ms + 1000 * extract(epoch from clock_timestamp() - started); end if;
        end loop;
    end loop;
    raise notice 'a typo tier: as now % ms, by words % ms', round((now_ms / 2 / (select count(*) from words))::numeric, 2),
        round((words_ms / 2 / (select count(*) from words))::numeric, 2);
end $$;
drop schema proto cascade;

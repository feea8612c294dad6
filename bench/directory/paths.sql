-- Prints the benchmark's searches, one a line: shape TAB HSDS API path TAB the same search as a /directory page path.
-- Needs the helpers generate.sql leaves in directory_bench; deterministic like the data.
--   psql -At -F "$(printf '\t')" -h localhost -p 15432 -U postgres -d ourown -v requests=20000 -f bench/directory/paths.sql
--
-- The mix (share of requests): words 20%, a word with a typo 5%, a phrase 5%, near a point 20%, near + open now 15%,
-- near + kind 10%, kind 5%, open now 5%, word + near 5%, kind + open now 5%, near + kind + open now 5%. Points are
-- ZIP centroids (so, like people, denser in populated places), radius 5 to 40 km; 20 results a page.

\set ON_ERROR_STOP on
\if :{?requests}
\else
\set requests 20000
\endif

with mix (shape, share_from, share_to) as (
    values ('search', 0.00, 0.20), ('search-typo', 0.20, 0.25), ('search-phrase', 0.25, 0.30),
           ('near', 0.30, 0.50), ('near+open_now', 0.50, 0.65), ('near+kind', 0.65, 0.75), ('kind', 0.75, 0.80),
           ('open_now', 0.80, 0.85), ('search+near', 0.85, 0.90), ('kind+open_now', 0.90, 0.95),
           ('near+kind+open_now', 0.95, 1.00)),
kinds as (
    select array_agg(id::text order by code) as ids, array_agg(code order by code) as codes
    from directory.taxonomy_term where taxonomy_id = '2fd30f07-008a-556b-8815-bc567d12da3e'),
request as (
    select i, mix.shape,
           case when shape like 'search-typo' then
                    -- drop the third letter: "talvoren" -> "tavoren" (full-text misses it, trigrams may not)
                    left(directory_bench.word(i, 101), 2) || substr(directory_bench.word(i, 101), 4)
                when shape = 'search-phrase' then
                    directory_bench.pick('{warm line,support group,respite,hearing voices,drop-in center,wellness,peer specialist,housing,advocacy,recovery}', directory_bench.r(i, 102))
                when shape like 'search%' then directory_bench.word(i, 101) end as words,
           case when shape like '%near%' then round((z.lat + (directory_bench.r(i, 104) - 0.5) * 0.02)::numeric, 4) end as lat,
           case when shape like '%near%' then round((z.lng + (directory_bench.r(i, 105) - 0.5) * 0.02)::numeric, 4) end as lng,
           case when shape like '%near%'
                then (array[5000, 10000, 16000, 25000, 40000])[1 + floor(5 * directory_bench.r(i, 106))::int] end as radius,
           shape like '%open_now%' as open_now,
           case when shape like '%kind%' then 1 + floor(cardinality(kinds.ids) * directory_bench.r(i, 107))::int end as kind,
           kinds.ids, kinds.codes
    from generate_series(1, :requests) i
    join mix on directory_bench.r(i, 100) >= mix.share_from and directory_bench.r(i, 100) < mix.share_to
    join directory_bench.zip z on z.n = 1 + floor((select count(*) from directory_bench.zip) * directory_bench.r(i, 103))::int
    cross join kinds)
select shape,
       '/api/hsds/service_at_locations?' || concat_ws('&',
           'search=' || replace(words, ' ', '+'),
           'lat=' || lat, 'lng=' || lng, 'radius=' || radius,
           case when open_now then 'open_now=true' end,
           'taxonomy_term_id=' || ids[kind],
           'per_page=20'),
       '/directory?' || concat_ws('&',
           'q=' || replace(words, ' ', '+'),
           'lat=' || lat, 'lng=' || lng, 'radius=' || round(radius / 1609.344, 2),
           case when open_now then 'open=now' end,
           'kind=' || codes[kind])
from request
order by i;

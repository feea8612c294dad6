-- A word in the names of thousands of programs ("support group", "housing") made the first tier of a search read
-- its whole list in the name index (search_row_name_document) before taking the 201 matches it ranks: 2 to 5 ms for
-- 2,000 to 8,000 names, most of such a search. Which 201 of them are ranked was already arbitrary (the first in the
-- table), so a search now looks first in an index of an eighth of the rows, chosen by a hash of the row's id: when
-- that eighth holds enough matches, they are the ones ranked, from a list an eighth as long; otherwise (a word in
-- fewer than about 1,600 names) the search reads the whole index as before. SearchSql.SAMPLED is this predicate.
create index search_row_name_document_sample on search_row using gin (name_document) where (uuid_hash(id) & 7) = 0;

-- The typo tier looks, for one typed word, for the names' words within an edit distance of it
-- (SearchStatements.TYPO_WORDS): fuzzystrmatch's levenshtein_less_equal, which stops counting past the distance asked.
create extension if not exists fuzzystrmatch schema public;

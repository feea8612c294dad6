-- Near a place and open now, the count read each row in the circle for its openings: to find 201 open programs it
-- read 900 rows at 7 pm in New York, one table page each (2 to 6 ms). The earth index now carries what the open-now
-- test reads (this week's openings, the window they cover, and the service for a time outside it), so that count is
-- an index-only scan (0.8 ms), as the count near a place without a time already was (V8). The index is about four
-- times larger (39 MB for the benchmark's 106,641 rows). A row's openings are a multirange of at most 9 days, and an
-- index row may hold about 8 kB (compressed): thousands of openings a week.
drop index search_row_earth;
create index search_row_earth on search_row using gist (earth) include (open_since, open_until, open_week, service_id)
    where earth is not null;

-- A search row has a point only through its location (refresh_rows takes it from the service_at_location's
-- location), so a row with a point is at a location. SearchSql relies on it near a place: without a kind it does not
-- test at_location, and the count is then an index-only scan of search_row_earth.
alter table directory.search_row add constraint search_row_point_at_location check (earth is null or at_location);

-- The HSDS service_at_locations list reads each page's locations with their languages and phones by location id
-- (HsdsLocations); without these, every request read both tables whole (130,000 and 100,000 rows in the benchmark).
create index language_location on language (location_id) where location_id is not null;
create index phone_location on phone (location_id) where location_id is not null;

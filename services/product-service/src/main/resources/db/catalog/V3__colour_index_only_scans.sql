-- Colour search reads candidates nearest-first from a GiST index and joins each colour to its
-- products; a search reads hundreds to a few thousand of them, so what each one costs sets the
-- latency (docs/catalog.md, "Colour search"). Three changes make every step index-only:
--  * the point is a stored cube column, not an expression: PostgreSQL can answer an index-only
--    scan only from indexed columns (cube's GiST operator class has no compress function since
--    cube 1.4, so the index holds the value itself), and rgb rides along in the index;
--  * the same for the (category, colour) index;
--  * the product_colour lookup by rgb carries product_id (not the category keys, which only a
--    search within a category reads: they would double the index that every search walks).
-- The visibility map decides whether a row is read anyway: colour rows are never updated, so
-- autovacuum soon marks them all-visible.
alter table colour add column lab cube generated always as (cube(array[l, a, b])) stored;
drop index colour_lab_idx;
create index colour_lab_idx on colour using gist (lab) include (rgb);

alter table colour_category add column lab cube generated always as (cube(array[l, a, b])) stored;
drop index colour_category_lab_idx;
create index colour_category_lab_idx on colour_category using gist (category_key, lab) include (rgb);

drop index product_colour_rgb_idx;
create index product_colour_rgb_idx on product_colour (rgb) include (product_id);

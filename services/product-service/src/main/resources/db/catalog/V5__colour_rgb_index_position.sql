-- The listing's colour order joins the nearest colours to each product's primary colour
-- (position 0): with the position in the rgb index too, that join is index-only as well. The
-- entry stays 32 bytes (the two bytes fit the alignment padding after the uuid).
drop index product_colour_rgb_idx;
create index product_colour_rgb_idx on product_colour (rgb) include (product_id, position);

-- Index-only scans read the table for every page not marked all-visible in the visibility map,
-- which only VACUUM sets. These tables are insert-only, so autovacuum would visit them only after
-- they grew by a fifth (the default insert scale factor); after 5 % they stay close to all-visible.
-- (V3 rewrote colour and colour_category, clearing their maps: run VACUUM after upgrading.)
alter table colour set (autovacuum_vacuum_insert_scale_factor = 0.05);
alter table colour_category set (autovacuum_vacuum_insert_scale_factor = 0.05);
alter table product_colour set (autovacuum_vacuum_insert_scale_factor = 0.05);

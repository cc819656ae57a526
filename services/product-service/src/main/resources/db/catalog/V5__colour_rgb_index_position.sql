-- The listing's colour order joins the nearest colours to each product's primary colour
-- (position 0): with the position in the rgb index too, that join is index-only as well. The
-- entry stays 32 bytes (the two bytes fit the alignment padding after the uuid).
drop index product_colour_rgb_idx;
create index product_colour_rgb_idx on product_colour (rgb) include (product_id, position);

-- Colour search without a category reads candidates from a uniform grid over CIELAB instead of the
-- GiST index's k-nearest-neighbour walk (docs/catalog.md, "Colour search"): the walk computes the
-- distance to every entry of every index page it visits — about 250 pages of ~150 entries for the
-- 400 nearest of a million colours, 5 ms of CPU — while the colours within a radius are the rows of
-- the grid cells near the query, a few dozen B-tree lookups (0.3 ms for the same 400).
-- Each product colour carries its cell: cubes of 2 units of L*, a*, b*, packed as
-- (floor(L/2) << 14) | ((floor(a/2) + 64) << 7) | (floor(b/2) + 64) — io.aifashion.catalog.domain.search.LabGrid,
-- which computes it for new rows from the same doubles (division by 2 is exact in both).
-- product_colour is rebuilt rather than updated in place: an UPDATE of every row would leave every
-- index at twice its size.
alter table product_colour rename to product_colour_v5;
alter index product_colour_pkey rename to product_colour_v5_pkey;
alter index product_colour_rgb_idx rename to product_colour_v5_rgb_idx;

create table product_colour (
    product_id    uuid     not null references product (id) on delete cascade,
    position      smallint not null,
    rgb           integer  not null,
    category_keys text[]   not null,
    cell          integer  not null,
    primary key (product_id, position)
);

insert into product_colour (product_id, position, rgb, category_keys, cell)
select pc.product_id, pc.position, pc.rgb, pc.category_keys,
       (floor(c.l / 2)::integer << 14) | ((floor(c.a / 2)::integer + 64) << 7) | (floor(c.b / 2)::integer + 64)
from product_colour_v5 pc join colour c on c.rgb = pc.rgb
order by pc.product_id, pc.position;

do $$
begin
    if (select count(*) from product_colour) <> (select count(*) from product_colour_v5) then
        raise exception 'a product colour has no row in colour: cannot place it on the grid';
    end if;
end $$;

drop table product_colour_v5;

create index product_colour_rgb_idx on product_colour (rgb) include (product_id, position);
-- The grid: the colours of a set of cells, with their products, from the index alone.
create index product_colour_cell_idx on product_colour (cell) include (rgb, product_id);
alter table product_colour set (autovacuum_vacuum_insert_scale_factor = 0.05);

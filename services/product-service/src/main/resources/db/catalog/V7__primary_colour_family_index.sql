-- The listing's colour order with a colour-family filter (docs/catalog.md, "Listing"): "green
-- products nearest to this purple" found no green colour among the nearest colours of the whole
-- catalogue, so every green product was read and sorted (0.7 s at a million products). This table
-- holds every distinct colour that is (or was) a product's primary colour, with its family, and a
-- GiST index that leads with the family (btree_gist), so the nearest colours *of a family* come
-- straight from the index, nearest-first. The family is a function of the colour alone
-- (domain.ColourFamily), so one row per colour suffices. Like colour and colour_category it is
-- only ever added to: a colour no product has as its primary any more costs the join a miss.
create table primary_colour (
    rgb    integer          primary key,
    family text             not null,
    l      double precision not null,
    a      double precision not null,
    b      double precision not null,
    lab    cube generated always as (cube(array[l, a, b])) stored
);

insert into primary_colour (rgb, family, l, a, b)
select distinct on (pc.rgb) pc.rgb, p.colour_family, c.l, c.a, c.b
from product_colour pc
join product p on p.id = pc.product_id
join colour c on c.rgb = pc.rgb
where pc.position = 0
order by pc.rgb;

create index primary_colour_family_lab_idx on primary_colour using gist (family, lab) include (rgb);
alter table primary_colour set (autovacuum_vacuum_insert_scale_factor = 0.05);

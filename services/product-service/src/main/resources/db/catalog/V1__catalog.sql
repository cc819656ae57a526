-- The product catalogue (docs/catalog.md). Colours are stored as sRGB hex plus CIELAB (D65), the
-- Lab values always derived from the hex by the service.

-- cube: n-dimensional points with a GiST operator class whose <-> ordering is the Euclidean
-- distance, i.e. CIE76 ΔE*ab on (L*, a*, b*); colour search reads candidates nearest-first from it.
create extension if not exists cube;
-- btree_gist: B-tree equality in GiST, for the (category, colour) index below.
create extension if not exists btree_gist;

create table product (
    id                uuid          primary key,
    sku               varchar(64)   not null unique,
    name              varchar(300)  not null,
    brand             varchar(120),
    gender            varchar(8)    not null,
    master_category   varchar(80)   not null,
    sub_category      varchar(80)   not null,
    article_type      varchar(80)   not null,
    price             numeric(12, 2),
    currency          char(3),
    sizes             text[]        not null default '{}',
    image_url         varchar(1000),
    seasons           text[]        not null default '{}',
    usages            text[]        not null default '{}',
    year              smallint,
    availability      varchar(16)   not null,
    -- primary colour: name as the feed gave it; hex/Lab null when the colour is unknown
    colour_name       varchar(60),
    colour_hex        char(7),
    colour_l          double precision,
    colour_a          double precision,
    colour_b          double precision,
    colour_family     varchar(10)   not null,
    -- further colours as [{"name": ..., "hex": ...}]; searchable copies are in product_colour
    secondary_colours jsonb         not null default '[]',
    shade_name        varchar(80),
    shade_hex         char(7),
    shade_monk        smallint,
    -- first 64 bits of SHA-256 of the content: an import skips rows whose digest is unchanged
    content_hash      bigint        not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    category_keys     text[] generated always as
                          (array[lower(master_category), lower(sub_category), lower(article_type)]) stored,
    search            tsvector generated always as (
                          setweight(to_tsvector('english', name), 'A')
                          || setweight(to_tsvector('english', coalesce(brand, '')), 'B')
                          || setweight(to_tsvector('english',
                                 article_type || ' ' || sub_category || ' ' || master_category), 'C')) stored,
    constraint product_price_has_currency check ((price is null) = (currency is null)),
    constraint product_colour_complete check ((colour_hex is null) = (colour_l is null)),
    constraint product_shade_complete check ((shade_name is null) = (shade_hex is null))
);

create index product_search_idx on product using gin (search);
create index product_category_idx on product using gin (category_keys);
create index product_newest_idx on product (created_at desc, id desc);
create index product_price_idx on product (price, id);
create index product_price_desc_idx on product (price desc nulls last, id desc);
create index product_family_idx on product (colour_family, created_at desc, id desc);
create index product_shade_idx on product (lower(brand)) where shade_hex is not null;

-- Every distinct colour any product has, once: colour search reads these nearest-first from the
-- GiST index and joins to the products that have them. Real feeds use few distinct colours (the
-- 44,446 rows of styles.csv have 46), and a GiST index holding many copies of one point is slow
-- to maintain, so each point is indexed once. rgb is the packed 0xRRGGBB value; Lab is derived
-- from it by the service. Rows are never deleted (at most 2^24 of them).
create table colour (
    rgb integer          primary key,
    l   double precision not null,
    a   double precision not null,
    b   double precision not null
);

create index colour_lab_idx on colour using gist (cube(array[l, a, b]));

-- Every known colour of every product (position 0 is the primary colour), for colour search and
-- the listing's colour order. The category keys are copied here so that a category-filtered
-- search needs no other table.
create table product_colour (
    product_id    uuid     not null references product (id) on delete cascade,
    position      smallint not null,
    rgb           integer  not null,
    category_keys text[]   not null,
    primary key (product_id, position)
);

create index product_colour_rgb_idx on product_colour (rgb);

-- Every distinct (category key, colour) pair, for colour search within a category: the GiST index
-- leads with the category, so a search reads that category's colours nearest-first instead of
-- reading every colour and dropping those of other categories (with a category holding one
-- product in 30, thirty times fewer rows). Like colour, never deleted: a pair whose products have
-- gone only costs the join a miss.
create table colour_category (
    category_key text             not null,
    rgb          integer          not null,
    l            double precision not null,
    a            double precision not null,
    b            double precision not null,
    primary key (category_key, rgb)
);

create index colour_category_lab_idx on colour_category using gist (category_key, cube(array[l, a, b]));

-- The three sort orders, each covering the filter columns: a listing's first attempt walks the
-- next rows of its order and filters them with an index-only scan, touching the table only for
-- the rows it returns (docs/catalog.md, "Two plans per page").
drop index product_newest_idx;
drop index product_price_idx;
drop index product_price_desc_idx;
create index product_newest_idx on product (created_at desc, id desc)
    include (gender, availability, colour_family, price, currency, category_keys);
create index product_price_idx on product (price, id)
    include (created_at, gender, availability, colour_family, currency, category_keys);
create index product_price_desc_idx on product (price desc nulls last, id desc)
    include (created_at, gender, availability, colour_family, currency, category_keys);

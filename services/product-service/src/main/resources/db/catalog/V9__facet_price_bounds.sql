-- For every facet token (the tokens of product_facets_idx, V4), the range of the prices of the
-- products that have it, and whether any of them had no price: a listing in price order narrows
-- its walk to the range its filters allow (bottomwear, dearest first, starts at 129.99 instead of
-- below 160,000 dearer products; docs/catalog.md "Listing"). Writes only ever widen a range or
-- set the flag: a deleted or cheapened product leaves the range wider than necessary, which is
-- still a bound.
create table facet_price_bound (
    token     text           primary key,
    min_price numeric(12, 2),
    max_price numeric(12, 2),
    -- a product without a price has (or had) this token
    unpriced  boolean        not null,
    constraint facet_price_bound_range check ((min_price is null) = (max_price is null))
);

insert into facet_price_bound (token, min_price, max_price, unpriced)
select token, min(p.price), max(p.price), bool_or(p.price is null)
from product p,
     unnest(array_remove(array['g:' || p.gender, 'a:' || p.availability, 'f:' || p.colour_family,
         'c:' || lower(p.master_category), 'c:' || lower(p.sub_category), 'c:' || lower(p.article_type),
         '$:' || p.currency], null)) token
group by token;

-- The listing's filters (gender, category at any of its three levels, colour family, stock,
-- currency) as one array of facet tokens with one GIN index over it. When matches are rare in
-- sort order the listing lets the filters choose the rows (docs/catalog.md, "Two plans per page"):
-- GIN intersects the tokens' posting lists, so only rows matching every filter are read from the
-- table — a combination that matches nothing (boys' dresses) reads nothing. With separate
-- indexes, PostgreSQL read every row of the broadest filter and tested the others on each.
-- An expression index rather than a stored column, so the migration does not rewrite the table;
-- PgProductListing.FACETS is the same expression. It replaces the category index, whose tokens
-- it holds.
create index product_facets_idx on product using gin ((array_remove(array['g:' || gender, 'a:' || availability,
    'f:' || colour_family, 'c:' || lower(master_category), 'c:' || lower(sub_category), 'c:' || lower(article_type),
    '$:' || currency], null)));
drop index product_category_idx;

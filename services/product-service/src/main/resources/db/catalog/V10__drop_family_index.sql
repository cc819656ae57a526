-- The (colour family, newest) B-tree is no longer read: a family filter is a facet token
-- (product_facets_idx, V4) when the filters go first, a column of the covering sort indexes when the
-- order is walked, and a row test beside a word (PgProductListing.testedOnRows; intersecting a word's
-- matches with a family's 350,000 entries cost more than testing the matches). Over the 1M-product
-- benchmark's 2,000 listing requests it was scanned 0 times; every import paid for its upkeep.
drop index if exists product_family_idx;

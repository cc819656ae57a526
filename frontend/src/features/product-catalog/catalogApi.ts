import { api } from '../../app/api';
import { arr, bool, hex, lab, num, obj, objOrNull, str, strs } from '../../shared/lib/json';
import type { ColorSearchArgs, ColorSearchHit, ColorSearchResult, Money, Product, ProductColor, ProductFilters, ProductPage, ShadeMatch, ShadeMatchResult } from './types';

/*
 * Readers for docs/api.md "Product catalogue" (ProductResponse in the product service): a product
 * has `price: {amount, currency}`, `primaryColor` and `secondaryColors` as `{name, hex, lab,
 * family}` (hex null for colours the dictionary does not know, such as "Multi").
 */

/** `{amount, currency}` or null (unpriced). */
export function toMoney(v: unknown): Money | null {
  const o = objOrNull(v);
  const amount = o ? num(o.amount) : null;
  const currency = o ? str(o.currency) : null;
  return amount !== null && currency ? { amount, currency } : null;
}

function toColor(v: unknown): ProductColor | null {
  const o = obj(v);
  const h = hex(o.hex);
  return h ? { hex: h, name: str(o.name), family: str(o.family), lab: lab(o.lab) } : null;
}

export function toProduct(v: unknown): Product {
  const o = obj(v);
  const shade = obj(o.shade);
  const shadeHex = hex(shade.hex);
  return {
    id: str(o.id) ?? '',
    sku: str(o.sku),
    name: str(o.name) ?? 'Untitled product',
    brand: str(o.brand),
    category: str(o.articleType),
    categoryPath: [o.masterCategory, o.subCategory, o.articleType].map(str).filter((c): c is string => !!c),
    gender: str(o.gender),
    price: toMoney(o.price),
    colors: [o.primaryColor, ...arr(o.secondaryColors)].map(toColor).filter((c): c is ProductColor => c !== null),
    imageUrl: str(o.imageUrl),
    inStock: bool(o.inStock),
    availability: str(o.availability),
    sizes: strs(o.sizes),
    seasons: strs(o.seasons),
    usages: strs(o.usages),
    year: num(o.year),
    shade: shadeHex ? { name: str(shade.name), hex: shadeHex, monkTone: num(shade.monkTone) } : null,
  };
}

/** `GET /products`: `{items: [{product, colorDistance}], nextCursor, limit}`. */
export function toProductPage(v: unknown): ProductPage {
  const o = obj(v);
  return { items: arr(o.items).map((i) => toProduct(obj(i).product)), nextCursor: str(o.nextCursor) };
}

/** The product colour whose CIELAB is the one the search matched (the answer names it by Lab only). */
function matchedColor(product: Product, matchedLab: unknown): ProductColor | null {
  const m = lab(matchedLab);
  if (!m) return null;
  const close = (a: number, b: number) => Math.abs(a - b) < 0.01;
  return product.colors.find((c) => c.lab !== null && close(c.lab.L, m.L) && close(c.lab.a, m.a) && close(c.lab.b, m.b)) ?? null;
}

/** `GET /products/search/by-color`: `{hex, lab, maxDeltaE, items: [{product, deltaE, matchedLab}], candidatesExamined}`. */
export function toColorSearch(v: unknown, requested: string): ColorSearchResult {
  const o = obj(v);
  const hits = arr(o.items).map((h): ColorSearchHit => {
    const ho = obj(h);
    const product = toProduct(ho.product);
    return { product, deltaE: num(ho.deltaE), matched: matchedColor(product, ho.matchedLab) };
  });
  return { hex: hex(o.hex) ?? requested, maxDeltaE: num(o.maxDeltaE), hits, candidatesExamined: num(o.candidatesExamined) };
}

/** One `{shade: {productId, sku, name, brand, shadeName, hex, lab, monkTone, price, inStock}, deltaE, grade}`. */
function toShade(v: unknown): ShadeMatch | null {
  const outer = obj(v);
  const o = obj(outer.shade);
  const h = hex(o.hex);
  if (!h) return null;
  return {
    productId: str(o.productId),
    sku: str(o.sku),
    brand: str(o.brand),
    name: str(o.shadeName) ?? h,
    productName: str(o.name),
    hex: h,
    deltaE: num(outer.deltaE),
    grade: str(outer.grade),
    monkTone: num(o.monkTone),
    price: toMoney(o.price),
    inStock: bool(o.inStock),
  };
}

/** `GET /shades/match`: `{hex, lab, monkTone, brands: [{brand, shades: [...]}]}`, brands best first. */
export function toShadeMatches(v: unknown): ShadeMatchResult {
  const o = obj(v);
  return {
    monkTone: num(o.monkTone),
    brands: arr(o.brands).map((b) => {
      const bo = obj(b);
      return { brand: str(bo.brand) ?? '', shades: arr(bo.shades).map(toShade).filter((s): s is ShadeMatch => s !== null) };
    }),
  };
}

/** Query parameters without the empty ones (the service treats `category=` as a filter for ""). */
export function productParams(f: ProductFilters & { cursor?: string | null }): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v))) continue;
    // `relevance` is the default order and needs a text query; the service refuses it without one.
    if (k === 'sort' && v === 'relevance') continue;
    params[k] = v as string | number | boolean;
  }
  return params;
}

export const catalogApi = api.injectEndpoints({
  endpoints: (build) => ({
    listProducts: build.infiniteQuery<ProductPage, ProductFilters, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
        maxPages: 20,
      },
      query: ({ queryArg, pageParam }) => ({ url: '/products', params: productParams({ limit: 24, ...queryArg, cursor: pageParam }) }),
      transformResponse: toProductPage,
    }),
    getProduct: build.query<Product, string>({
      query: (id) => `/products/${encodeURIComponent(id)}`,
      transformResponse: toProduct,
      providesTags: (_r, _e, id) => [{ type: 'Product', id }],
    }),
    searchByColor: build.query<ColorSearchResult, ColorSearchArgs>({
      query: (args) => ({ url: '/products/search/by-color', params: productParams({ limit: 24, ...args } as ProductFilters) }),
      transformResponse: (v: unknown, _meta, arg) => toColorSearch(v, arg.hex),
    }),
    matchShades: build.query<ShadeMatchResult, { hex: string; brand?: string; perBrand?: number }>({
      query: (args) => ({ url: '/shades/match', params: productParams(args as ProductFilters) }),
      transformResponse: toShadeMatches,
    }),
  }),
});

export const { useListProductsInfiniteQuery, useGetProductQuery, useSearchByColorQuery, useMatchShadesQuery } = catalogApi;

import { api } from '../../app/api';
import { arr, hex, num, obj, pick, str } from '../../shared/lib/json';
import type { ColorSearchArgs, ColorSearchHit, Money, Product, ProductColor, ProductFilters, ProductPage, ShadeMatch, ShadeMatchResult } from './types';

function toMoney(o: Record<string, unknown>): Money | null {
  const price = pick(o, 'price', 'priceAmount');
  if (typeof price === 'object' && price !== null) {
    const p = obj(price);
    const amount = num(pick(p, 'amount', 'value'));
    return amount === null ? null : { amount, currency: str(pick(p, 'currency')) ?? 'EUR' };
  }
  const amount = num(price);
  if (amount === null) {
    const cents = num(pick(o, 'priceCents', 'priceMinor'));
    return cents === null ? null : { amount: cents / 100, currency: str(pick(o, 'currency')) ?? 'EUR' };
  }
  return { amount, currency: str(pick(o, 'currency')) ?? 'EUR' };
}

function toColor(c: unknown): ProductColor | null {
  const co = obj(c);
  const h = hex(typeof c === 'string' ? c : pick(co, 'hex', 'color'));
  return h ? { hex: h, name: str(pick(co, 'name')), family: str(pick(co, 'family', 'colorFamily')) } : null;
}

function toColors(o: Record<string, unknown>): ProductColor[] {
  const primary = pick(o, 'primaryColor', 'primaryColour');
  if (primary !== undefined) {
    return [primary, ...arr(pick(o, 'secondaryColors', 'secondaryColours'))].map(toColor).filter((c): c is ProductColor => c !== null);
  }
  const list = arr(pick(o, 'colors', 'colours'));
  const colors = list
    .map((c) => {
      const co = obj(c);
      const h = hex(typeof c === 'string' ? c : pick(co, 'hex', 'color'));
      return h ? { hex: h, name: str(pick(co, 'name')), family: str(pick(co, 'family', 'colorFamily')) } : null;
    })
    .filter((c): c is ProductColor => c !== null);
  if (colors.length) return colors;
  const single = hex(pick(o, 'colorHex', 'primaryColor', 'hex', 'color'));
  return single ? [{ hex: single, name: str(pick(o, 'colorName', 'baseColour', 'baseColor')), family: str(pick(o, 'colorFamily')) }] : [];
}

export function toProduct(v: unknown): Product {
  // Listings wrap each product: {product: {...}, colorDistance}.
  const outer = obj(v);
  const o = typeof outer.product === 'object' && outer.product !== null ? obj(outer.product) : outer;
  const images = arr(pick(o, 'images', 'imageUrls'));
  const stock = pick(o, 'inStock', 'available');
  const stockCount = num(pick(o, 'stock', 'quantity'));
  return {
    id: str(pick(o, 'id', 'productId', 'sku')) ?? '',
    name: str(pick(o, 'name', 'title', 'productDisplayName')) ?? 'Untitled product',
    brand: str(pick(o, 'brand')),
    category: str(pick(o, 'articleType', 'category', 'subCategory', 'masterCategory')),
    categoryPath: ['masterCategory', 'subCategory', 'articleType', 'category'].map((k) => str(o[k])).filter((c): c is string => !!c),
    gender: str(pick(o, 'gender')),
    price: toMoney(o),
    colors: toColors(o),
    imageUrl: str(pick(o, 'imageUrl', 'image', 'thumbnailUrl')) ?? str(images[0] && typeof images[0] === 'object' ? pick(obj(images[0]), 'url') : images[0]),
    inStock: typeof stock === 'boolean' ? stock : stockCount !== null ? stockCount > 0 : str(o.availability) ? str(o.availability) !== 'out-of-stock' : null,
    description: str(pick(o, 'description')),
    sizes: arr(pick(o, 'sizes')).map((s) => str(s) ?? '').filter(Boolean),
  };
}

export function toProductPage(v: unknown): ProductPage {
  if (Array.isArray(v)) return { items: v.map(toProduct), nextCursor: null };
  const o = obj(v);
  return { items: arr(pick(o, 'items', 'content', 'products', 'data')).map(toProduct), nextCursor: str(pick(o, 'nextCursor', 'next', 'cursor')) };
}

function toColorHits(v: unknown): ColorSearchHit[] {
  const list = Array.isArray(v) ? v : arr(pick(obj(v), 'items', 'results', 'products', 'matches'));
  return list.map((h) => {
    const o = obj(h);
    const inner = pick(o, 'product');
    return {
      product: toProduct(inner ?? o),
      deltaE: num(pick(o, 'deltaE', 'deltaE00', 'distance', 'colorDistance')),
      matchedHex: hex(pick(o, 'matchedHex', 'matchedColor', 'colorHex')),
    };
  });
}

function toShade(v: unknown, brand: string | null): ShadeMatch | null {
  const outer = obj(v);
  const o = typeof outer.shade === 'object' && outer.shade !== null ? { ...outer, ...obj(outer.shade) } : outer;
  const h = hex(pick(o, 'hex', 'color', 'shadeHex'));
  if (!h) return null;
  const price = obj(o.price);
  const amount = num(price.amount);
  return {
    productId: str(pick(o, 'productId', 'id')),
    brand: str(pick(o, 'brand')) ?? brand,
    name: str(pick(o, 'shadeName', 'shade', 'name')) ?? h,
    productName: o.shadeName !== undefined ? str(o.name) : null,
    hex: h,
    deltaE: num(pick(outer, 'deltaE', 'deltaE00', 'distance')),
    grade: str(pick(outer, 'grade')),
    monkTone: num(pick(o, 'monkTone')),
    price: amount === null ? null : { amount, currency: str(price.currency) ?? 'EUR' },
  };
}

export function toShadeMatches(v: unknown): ShadeMatchResult {
  const o = obj(v);
  const brands = arr(pick(o, 'brands'));
  if (brands.length) {
    return {
      monkTone: num(o.monkTone),
      brands: brands.map((b) => {
        const bo = obj(b);
        const brand = str(bo.brand) ?? '';
        return { brand, shades: arr(bo.shades).map((s) => toShade(s, brand)).filter((s): s is ShadeMatch => s !== null) };
      }),
    };
  }
  // A flat list: group it by brand here.
  const flat = (Array.isArray(v) ? v : arr(pick(o, 'items', 'matches', 'shades'))).map((s) => toShade(s, null)).filter((s): s is ShadeMatch => s !== null);
  const grouped = new Map<string, ShadeMatch[]>();
  flat.forEach((s) => grouped.set(s.brand ?? '', [...(grouped.get(s.brand ?? '') ?? []), s]));
  return { monkTone: num(o.monkTone), brands: [...grouped].map(([brand, shades]) => ({ brand, shades })) };
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
    searchByColor: build.query<ColorSearchHit[], ColorSearchArgs>({
      query: (args) => ({ url: '/products/search/by-color', params: productParams({ limit: 24, ...args } as ProductFilters) }),
      transformResponse: toColorHits,
    }),
    matchShades: build.query<ShadeMatchResult, { hex: string; brand?: string; perBrand?: number }>({
      query: (args) => ({ url: '/shades/match', params: productParams(args as ProductFilters) }),
      transformResponse: toShadeMatches,
    }),
  }),
});

export const { useListProductsInfiniteQuery, useGetProductQuery, useSearchByColorQuery, useMatchShadesQuery } = catalogApi;

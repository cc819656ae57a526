import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { productParams, toColorSearch, toProductPage, toShadeMatches } from './catalogApi';
import { COLOR_SEARCH, PRODUCT_PAGE, RECOMMENDATIONS, SHADE_MATCH, SIMILAR } from '../../test/fixtures';
import { ColorSearchPage } from './ColorSearchPage';
import { ProductDetailPage } from './ProductDetailPage';
import { ShadeFinderPage } from './ShadeFinderPage';
import { ShopPage } from './ShopPage';

/** A captured catalogue product (ProductResponse), renamed for the test. */
const product = (id: string, name: string) => ({ ...PRODUCT_PAGE.items[1].product, id, name });
const listed = (p: ReturnType<typeof product>) => ({ product: p, colorDistance: null });
/** A captured recommendation entry (a product summary with reasons), renamed for the test. */
const recommended = (id: string, name: string, reasons: ReadonlyArray<{ signal: string; text: string }> = RECOMMENDATIONS.items[0].reasons) => ({
  ...RECOMMENDATIONS.items[0],
  product: { ...RECOMMENDATIONS.items[0].product, id, name },
  reasons,
});
const list = (...items: ReturnType<typeof recommended>[]) => ({ ...RECOMMENDATIONS, items });

describe('catalogue mappers', () => {
  it('drop empty filters from the query', () => {
    expect(productParams({ q: '', category: 'Tops', minPrice: undefined, maxPrice: 80, sort: 'relevance', cursor: null })).toEqual({ category: 'Tops', maxPrice: 80 });
  });

  it('read a listing page: each item is {product, colorDistance}, with the next cursor', () => {
    const page = toProductPage(PRODUCT_PAGE);
    expect(page.nextCursor).toBe(PRODUCT_PAGE.nextCursor);
    expect(page.items.map((p) => p.name)).toEqual(['Oak & Ivy Women Sheer Tomato Red Lipstick', 'Riva Boys Merino Sienna Sweater']);
    expect(page.items[0]).toEqual({
      id: '01a21345-ce46-7ffe-a7be-8023b15c85ae',
      sku: 'DEMO-0005545',
      name: 'Oak & Ivy Women Sheer Tomato Red Lipstick',
      brand: 'Oak & Ivy',
      category: 'Lipstick',
      categoryPath: ['Personal Care', 'Lips', 'Lipstick'],
      gender: 'women',
      price: { amount: 28.49, currency: 'EUR' },
      colors: [{ hex: '#f1011a', name: 'Tomato Red', family: 'red', lab: { L: 50.46, a: 76.91, b: 56.36 } }],
      imageUrl: null,
      inStock: true,
      availability: 'in_stock',
      sizes: [],
      seasons: ['Summer'],
      usages: ['Casual'],
      year: 2020,
      shade: null,
    });
  });

  it('read a colour search and name the colour that matched by its Lab', () => {
    const r = toColorSearch(COLOR_SEARCH, '#556b2f');
    expect(r).toMatchObject({ hex: '#556b2f', maxDeltaE: 10, candidatesExamined: 21 });
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0].deltaE).toBe(3.1464);
    // The primary colour is Chartreuse Green; the secondary Dark Olive Green is the one that matched.
    expect(r.hits[0].matched).toMatchObject({ name: 'Dark Olive Green', hex: '#4b6530', family: 'green' });
    expect(r.hits[0].product.colors.map((c) => c.name)).toEqual(['Chartreuse Green', 'Gunmetal', 'Dark Olive Green']);
  });

  it('read shade matches grouped by brand', () => {
    const r = toShadeMatches(SHADE_MATCH);
    expect(r.monkTone).toBe(5);
    expect(r.brands.map((b) => b.brand)).toEqual(SHADE_MATCH.brands.map((b) => b.brand));
    expect(r.brands[0].shades[0]).toEqual({
      productId: '01a21345-ce46-7f4b-8332-d9d0cb318553',
      sku: 'DEMO-F-00143',
      brand: 'Dermatique',
      name: '337 Warm Golden',
      productName: 'Dermatique Skin Tint Foundation 337 Warm Golden',
      hex: '#c7a67a',
      deltaE: 6.2,
      grade: 'poor',
      monkTone: 5,
      price: { amount: 22, currency: 'EUR' },
      inStock: true,
    });
  });
});

describe('ShopPage', () => {
  it('shows popular products to visitors and pages through the catalogue with filters in the URL', async () => {
    const calls = mockFetch([
      { path: '/api/v1/trending', body: { ...list(recommended('t1', 'Trending tee', [{ signal: 'trending', text: 'Trending: 3 shoppers this week', shoppers: 3 } as { signal: string; text: string }])), algorithm: 'popularity' } },
      {
        path: '/api/v1/products',
        reply: (_req, url) => {
          const cursor = url.searchParams.get('cursor');
          return new Response(JSON.stringify(cursor ? { items: [listed(product('p3', 'Wool coat'))], nextCursor: null, limit: 24 } : { items: [listed(product('p1', 'Linen shirt')), listed(product('p2', 'Silk scarf'))], nextCursor: 'c2', limit: 24 }), { headers: { 'Content-Type': 'application/json' } });
        },
      },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ShopPage />, { route: '/shop?colorFamily=red', path: '/shop' });
    expect(await screen.findByRole('heading', { name: 'Popular now' })).toBeInTheDocument();
    expect(await screen.findByText('Trending: 3 shoppers this week')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Linen shirt' })).toHaveAttribute('href', '/products/p1');
    const first = calls.find((c) => c.url.pathname === '/api/v1/products')!;
    expect(first.url.searchParams.get('colorFamily')).toBe('red');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'Wool coat' })).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/v1/products').at(-1)!.url.searchParams.get('cursor')).toBe('c2');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('shows personal picks with reasons when signed in', async () => {
    mockFetch([
      { path: '/api/v1/recommendations', body: { ...list(recommended('r1', 'Rust knit')), experiment: { id: 'e-1', variant: 'ials-arm' } } },
      { path: '/api/v1/products', body: { items: [], nextCursor: null, limit: 24 } },
    ]);
    renderWithProviders(<ShopPage />, { route: '/shop', path: '/shop', preloadedState: signedInState() });
    expect(await screen.findByRole('heading', { name: 'Picked for you' })).toBeInTheDocument();
    // The first (most important) reason is the one on the card.
    expect(await screen.findByText('From Lipstick, a category you like')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Picked for you' })).toHaveAttribute('data-variant', 'ials-arm');
    expect(await screen.findByRole('heading', { name: 'No products match' })).toBeInTheDocument();
  });

  it('rejects a price range that is upside down', async () => {
    mockFetch([
      { path: '/api/v1/trending', body: list() },
      { path: '/api/v1/products', body: { items: [], nextCursor: null, limit: 24 } },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ShopPage />, { route: '/shop', path: '/shop' });
    await user.type(screen.getByLabelText('Min price'), '100');
    await user.type(screen.getByLabelText('Max price'), '20');
    expect(screen.getByText('The lowest price is above the highest.')).toBeInTheDocument();
  });
});

describe('ProductDetailPage', () => {
  it('shows the product, records a view and similar products, and records a like', async () => {
    const calls = mockFetch([
      { path: '/api/v1/products/p1', body: product('p1', 'Linen shirt') },
      { path: '/api/v1/products/p1/similar', body: { ...SIMILAR, items: [{ ...SIMILAR.items[0], product: { ...SIMILAR.items[0].product, id: 'p9', name: 'Cotton shirt' } }] } },
      { method: 'POST', path: '/api/v1/interactions', status: 201, reply: async (req) => { const b = await req.json(); return new Response(JSON.stringify({ interactions: [{ id: b.id, productId: b.productId, kind: b.kind, occurredAt: '2026-11-25T15:27:03.037802194Z', status: 'recorded' }] }), { status: 201, headers: { 'Content-Type': 'application/json' } }); } },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ProductDetailPage />, { route: '/products/p1', path: '/products/:id', preloadedState: signedInState() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Linen shirt' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Cotton shirt' })).toBeInTheDocument();
    expect(screen.getByText('Also Lipstick, in a similar colour (ΔE 8.8)')).toBeInTheDocument();
    expect(screen.getByText('Sports · Winter · Spring · 2022')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && JSON.parse(c.body!).kind === 'view')).toBe(true));
    await user.click(screen.getByRole('button', { name: /Like/ }));
    expect(await screen.findByText('Liked. We will show you more like this.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Like/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Add to bag' }));
    expect(await screen.findByText('Added to your bag.')).toBeInTheDocument();
    const kinds = calls.filter((c) => c.method === 'POST').map((c) => JSON.parse(c.body!));
    expect(kinds.map((k) => k.kind)).toEqual(['view', 'like', 'add-to-cart']);
    // Exactly the fields the recommendation service accepts (it rejects unknown ones with 400):
    // a fresh client id per interaction makes a retried request count once.
    expect(Object.keys(kinds[1]).sort()).toEqual(['id', 'kind', 'productId']);
    expect(kinds[1]).toMatchObject({ productId: 'p1', kind: 'like' });
    expect(kinds[1].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(kinds.map((k) => k.id)).size).toBe(3);
  });

  it('asks visitors to sign in before liking', async () => {
    const calls = mockFetch([
      { path: '/api/v1/products/p1', body: product('p1', 'Linen shirt') },
      { path: '/api/v1/products/p1/similar', body: { ...SIMILAR, items: [] } },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ProductDetailPage />, { route: '/products/p1', path: '/products/:id' });
    await user.click(await screen.findByRole('button', { name: /Like/ }));
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=%2Fproducts%2Fp1');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says plainly when the product is gone', async () => {
    mockFetch([]);
    renderWithProviders(<ProductDetailPage />, { route: '/products/nope', path: '/products/:id' });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find that');
  });
});

describe('ColorSearchPage', () => {
  it('searches products near a colour and explains the distance', async () => {
    const calls = mockFetch([{ path: '/api/v1/products/search/by-color', body: COLOR_SEARCH }]);
    renderWithProviders(<ColorSearchPage />, { route: '/shop/colour?hex=%23556b2f', path: '/shop/colour' });
    expect(await screen.findByText('Very close (ΔE 3.1): Dark Olive Green')).toBeInTheDocument();
    expect(calls[0].url.searchParams.get('hex')).toBe('#556b2f');
    expect(calls[0].url.searchParams.get('maxDeltaE')).toBe('12');
  });
});

describe('ShadeFinderPage', () => {
  it('matches shades for the chosen skin colour', async () => {
    const glow = { brand: 'Glow', shades: [
      { ...SHADE_MATCH.brands[0].shades[0], shade: { ...SHADE_MATCH.brands[0].shades[0].shade, productId: 'f1', brand: 'Glow', shadeName: '320 Warm Honey' }, deltaE: 0.8, grade: 'excellent' },
      { ...SHADE_MATCH.brands[0].shades[0], shade: { ...SHADE_MATCH.brands[0].shades[0].shade, productId: 'f2', brand: 'Glow', shadeName: '330 Toffee', price: null }, deltaE: 3.9, grade: 'fair' },
    ] };
    const calls = mockFetch([{ path: '/api/v1/shades/match', body: { ...SHADE_MATCH, brands: [glow] } }]);
    const user = userEvent.setup();
    renderWithProviders(<ShadeFinderPage />, { route: '/shades', path: '/shades' });
    await user.type(screen.getByLabelText('Brand (optional)'), 'Glow');
    await user.click(screen.getByRole('button', { name: 'Find my shade' }));
    expect(await screen.findByRole('heading', { name: 'Glow' })).toBeInTheDocument();
    expect(screen.getByText(/An excellent match/)).toBeInTheDocument();
    expect(screen.getByText(/A fair match/)).toBeInTheDocument();
    expect(screen.getByText(/closest to Monk tone 5/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View 320 Warm Honey' })).toHaveAttribute('href', '/products/f1');
    expect(calls[0].url.searchParams.get('brand')).toBe('Glow');
  });
});

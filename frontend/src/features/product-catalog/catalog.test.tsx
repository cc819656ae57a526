import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { productParams, toProduct } from './catalogApi';
import { ColorSearchPage } from './ColorSearchPage';
import { ProductDetailPage } from './ProductDetailPage';
import { ShadeFinderPage } from './ShadeFinderPage';
import { ShopPage } from './ShopPage';

/** A product as product-service answers it (ProductResponse). */
const product = (id: string, name: string, hex = '#b7410e') => ({
  id,
  sku: `DEMO-${id}`,
  name,
  brand: 'Atelier',
  gender: 'women',
  masterCategory: 'Apparel',
  subCategory: 'Topwear',
  articleType: 'Tops',
  price: { amount: 49.9, currency: 'EUR' },
  sizes: ['S', 'M'],
  imageUrl: null,
  availability: 'in-stock',
  inStock: true,
  primaryColor: { name: 'Rust', hex, lab: { l: 40, a: 30, b: 35 }, family: 'orange' },
  secondaryColors: [],
  shade: null,
});
const listed = (p: ReturnType<typeof product>) => ({ product: p, colorDistance: null });

describe('catalogue slice', () => {
  it('drops empty filters from the query', () => {
    expect(productParams({ q: '', category: 'Tops', minPrice: undefined, maxPrice: 80, sort: 'relevance', cursor: null })).toEqual({ category: 'Tops', maxPrice: 80 });
  });
  it('reads the service product, its colours and categories', () => {
    expect(toProduct({ product: product('p1', 'Linen shirt'), colorDistance: null })).toMatchObject({
      id: 'p1',
      name: 'Linen shirt',
      category: 'Tops',
      categoryPath: ['Apparel', 'Topwear', 'Tops'],
      price: { amount: 49.9, currency: 'EUR' },
      colors: [{ hex: '#b7410e', name: 'Rust', family: 'orange' }],
      inStock: true,
    });
  });
  it('reads flat prices and single colours', () => {
    expect(toProduct({ id: 7, title: 'Scarf', price: 20, currency: 'GBP', colorHex: 'ABCDEF' })).toMatchObject({ id: '7', name: 'Scarf', price: { amount: 20, currency: 'GBP' }, colors: [{ hex: '#abcdef' }] });
  });
});

describe('ShopPage', () => {
  it('shows popular products to visitors and pages through the catalogue with filters in the URL', async () => {
    const calls = mockFetch([
      { path: '/api/v1/trending', body: { items: [{ product: product('t1', 'Trending tee'), reasons: [{ signal: 'trending', text: 'Popular this week' }] }] } },
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
    expect(await screen.findByText('Popular this week')).toBeInTheDocument();
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
      { path: '/api/v1/recommendations', body: { items: [{ product: product('r1', 'Rust knit'), reasons: [{ signal: 'palette', text: 'Rust is in your True Autumn palette', season: 'True Autumn', deltaE: 2.1 }] }] } },
      { path: '/api/v1/products', body: { items: [], nextCursor: null, limit: 24 } },
    ]);
    renderWithProviders(<ShopPage />, { route: '/shop', path: '/shop', preloadedState: signedInState() });
    expect(await screen.findByRole('heading', { name: 'Picked for you' })).toBeInTheDocument();
    expect(await screen.findByText('Rust is in your True Autumn palette')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No products match' })).toBeInTheDocument();
  });

  it('rejects a price range that is upside down', async () => {
    mockFetch([
      { path: '/api/v1/trending', body: [] },
      { path: '/api/v1/products', body: { items: [], nextCursor: null } },
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
      { path: '/api/v1/products/p1/similar', body: { items: [{ product: product('p9', 'Cotton shirt'), reasons: [{ signal: 'similar', text: 'Same colour family' }] }] } },
      { method: 'POST', path: '/api/v1/interactions', status: 202, body: {} },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ProductDetailPage />, { route: '/products/p1', path: '/products/:id', preloadedState: signedInState() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Linen shirt' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Cotton shirt' })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && JSON.parse(c.body!).kind === 'view')).toBe(true));
    await user.click(screen.getByRole('button', { name: /Like/ }));
    expect(await screen.findByText('Liked. We will show you more like this.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Like/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Add to bag' }));
    expect(await screen.findByText('Added to your bag.')).toBeInTheDocument();
    const kinds = calls.filter((c) => c.method === 'POST').map((c) => JSON.parse(c.body!));
    expect(kinds.map((k) => k.kind)).toEqual(['view', 'like', 'add-to-cart']);
    // Exactly the fields the recommendation service accepts: it rejects unknown ones with 400.
    expect(Object.keys(kinds[1]).sort()).toEqual(['kind', 'occurredAt', 'productId']);
    expect(kinds[1]).toMatchObject({ productId: 'p1', kind: 'like' });
  });

  it('asks visitors to sign in before liking', async () => {
    const calls = mockFetch([
      { path: '/api/v1/products/p1', body: product('p1', 'Linen shirt') },
      { path: '/api/v1/products/p1/similar', body: [] },
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
    const calls = mockFetch([{ path: '/api/v1/products/search/by-color', body: { hex: '#b7410e', lab: { l: 40, a: 30, b: 35 }, maxDeltaE: 12, items: [{ product: product('p1', 'Rust knit'), deltaE: 3.2, matchedLab: { l: 41, a: 30, b: 34 } }], candidatesExamined: 40 } }]);
    renderWithProviders(<ColorSearchPage />, { route: '/shop/colour?hex=%23b7410e', path: '/shop/colour' });
    expect(await screen.findByText('Very close (ΔE 3.2)')).toBeInTheDocument();
    expect(calls[0].url.searchParams.get('hex')).toBe('#b7410e');
    expect(calls[0].url.searchParams.get('maxDeltaE')).toBe('12');
  });
});

describe('ShadeFinderPage', () => {
  it('matches shades for the chosen skin colour', async () => {
    const calls = mockFetch([
      {
        path: '/api/v1/shades/match',
        body: {
          hex: '#c68863',
          lab: { l: 62, a: 14, b: 25 },
          monkTone: 5,
          brands: [
            {
              brand: 'Glow',
              shades: [
                { shade: { productId: 'f1', sku: 'G-320', name: 'Skin Tint', brand: 'Glow', shadeName: '320 Warm Honey', hex: '#c68863', monkTone: 5, price: { amount: 29, currency: 'EUR' }, inStock: true }, deltaE: 0.8, grade: 'excellent' },
                { shade: { productId: 'f2', sku: 'G-330', name: 'Skin Tint', brand: 'Glow', shadeName: '330 Toffee', hex: '#b57a55', monkTone: 6, price: null, inStock: true }, deltaE: 3.9, grade: 'fair' },
              ],
            },
          ],
        },
      },
    ]);
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

import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { RecommendedProducts } from '../recommendations/RecommendedProducts';
import { useListProductsInfiniteQuery } from './catalogApi';
import { ProductCard, ProductGridSkeleton } from './ProductCard';
import type { ProductFilters } from './types';

/** The catalogue's colour families (product-service ColourFamily). */
export const COLOR_FAMILIES = ['black', 'white', 'grey', 'beige', 'brown', 'red', 'pink', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple'];
/** Category names the catalogue uses at its three levels; any other text is sent as typed. */
export const CATEGORY_SUGGESTIONS = ['Topwear', 'Bottomwear', 'Dresses', 'Shoes', 'Bags', 'Tshirts', 'Shirts', 'Tops', 'Sweaters', 'Jackets', 'Jeans', 'Trousers', 'Skirts', 'Shorts', 'Heels', 'Sandals', 'Handbags', 'Scarves', 'Watches', 'Earrings'];

function num(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The filters live in the URL, so a filtered view can be shared and survives reload. */
export function filtersFromParams(p: URLSearchParams): ProductFilters {
  return {
    q: p.get('q') ?? undefined,
    category: p.get('category') ?? undefined,
    gender: p.get('gender') ?? undefined,
    minPrice: num(p.get('minPrice')),
    maxPrice: num(p.get('maxPrice')),
    colorFamily: p.get('colorFamily') ?? undefined,
    inStock: p.get('inStock') === 'true' ? true : undefined,
    sort: p.get('sort') ?? undefined,
  };
}

function ProductFiltersForm({ initial, onApply }: { initial: ProductFilters; onApply: (f: Record<string, string>) => void }) {
  const [form, setForm] = useState<Record<string, string>>({
    q: initial.q ?? '',
    category: initial.category ?? '',
    gender: initial.gender ?? '',
    minPrice: initial.minPrice?.toString() ?? '',
    maxPrice: initial.maxPrice?.toString() ?? '',
    colorFamily: initial.colorFamily ?? '',
    sort: initial.sort ?? '',
    inStock: initial.inStock ? 'true' : '',
  });
  const set = (k: string, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const priceError = form.minPrice && form.maxPrice && Number(form.minPrice) > Number(form.maxPrice) ? 'The lowest price is above the highest.' : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!priceError) onApply(form);
  };
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label="Filter products">
      <div className="field filters__wide">
        <label htmlFor="f-q">Search</label>
        <input id="f-q" type="search" value={form.q} onChange={(e) => set('q', e.target.value)} placeholder="e.g. linen shirt" />
      </div>
      <div className="field">
        <label htmlFor="f-category">Category</label>
        <input id="f-category" type="text" list="f-category-list" value={form.category} onChange={(e) => set('category', e.target.value)} />
        <datalist id="f-category-list">
          {CATEGORY_SUGGESTIONS.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="f-colour">Colour</label>
        <select id="f-colour" value={form.colorFamily} onChange={(e) => set('colorFamily', e.target.value)}>
          <option value="">Any colour</option>
          {COLOR_FAMILIES.map((c) => (
            <option key={c} value={c}>
              {c.charAt(0).toUpperCase() + c.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-min">Min price</label>
        <input id="f-min" type="number" min={0} inputMode="decimal" value={form.minPrice} onChange={(e) => set('minPrice', e.target.value)} aria-invalid={priceError ? true : undefined} aria-describedby={priceError ? 'f-price-error' : undefined} />
      </div>
      <div className="field">
        <label htmlFor="f-max">Max price</label>
        <input id="f-max" type="number" min={0} inputMode="decimal" value={form.maxPrice} onChange={(e) => set('maxPrice', e.target.value)} aria-invalid={priceError ? true : undefined} aria-describedby={priceError ? 'f-price-error' : undefined} />
      </div>
      <div className="field">
        <label htmlFor="f-sort">Sort</label>
        <select id="f-sort" value={form.sort} onChange={(e) => set('sort', e.target.value)}>
          <option value="">{form.q ? 'Best match' : 'Recommended order'}</option>
          <option value="price">Price, low to high</option>
          <option value="-price">Price, high to low</option>
          <option value="newest">Newest</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-gender">For</label>
        <select id="f-gender" value={form.gender} onChange={(e) => set('gender', e.target.value)}>
          <option value="">Everyone</option>
          <option value="women">Women</option>
          <option value="men">Men</option>
          <option value="girls">Girls</option>
          <option value="boys">Boys</option>
          <option value="unisex">Unisex</option>
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.inStock === 'true'} onChange={(e) => set('inStock', e.target.checked ? 'true' : '')} />
        <span>In stock only</span>
      </label>
      {priceError && (
        <p id="f-price-error" className="error-text filters__wide" role="alert" style={{ color: 'var(--danger)', margin: 0 }}>
          {priceError}
        </p>
      )}
      <div className="row filters__wide">
        <button type="submit" className="btn btn--primary">
          Show products
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => onApply({})}>
          Clear
        </button>
      </div>
    </form>
  );
}

function Browse({ filters }: { filters: ProductFilters }) {
  const { data, error, isLoading, isFetchingNextPage, hasNextPage, fetchNextPage, refetch } = useListProductsInfiniteQuery(filters);
  const products = useMemo(() => data?.pages.flatMap((p) => p.items) ?? [], [data]);
  if (isLoading) return <ProductGridSkeleton />;
  if (error && !products.length) return <ErrorMessage error={error} onRetry={refetch} context="We could not load products" />;
  if (!products.length)
    return (
      <div className="empty">
        <h3>No products match</h3>
        <p>Try fewer filters, or a different colour.</p>
      </div>
    );
  return (
    <div className="stack">
      <p className="small muted" role="status">
        Showing {products.length} product{products.length === 1 ? '' : 's'}
        {hasNextPage ? ' so far' : ''}.
      </p>
      <ul className="product-grid" aria-label="Products">
        {products.map((p) => (
          <li key={p.id}>
            <ProductCard product={p} />
          </li>
        ))}
      </ul>
      {error && <ErrorMessage error={error} onRetry={() => fetchNextPage()} context="We could not load more products" />}
      {hasNextPage && (
        <div className="row" style={{ justifyContent: 'center' }}>
          <button type="button" className="btn" onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? 'Loading…' : 'Show more'}
          </button>
        </div>
      )}
    </div>
  );
}

export function ShopPage() {
  useDocumentTitle('Shop');
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const key = params.toString();
  const apply = (f: Record<string, string>) => {
    const next = new URLSearchParams();
    Object.entries(f).forEach(([k, v]) => v && next.set(k, v));
    setParams(next);
  };
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Shop your colours</p>
        <h1>Shop</h1>
        <p className="lede">Pieces chosen for your palette, with the reason for each. Or browse everything and filter by colour.</p>
        <div className="row">
          <Link className="btn" to="/shop/colour">
            Search by colour
          </Link>
          <Link className="btn" to="/shades">
            Foundation shade finder
          </Link>
        </div>
      </header>
      <RecommendedProducts category={filters.category} />
      <section className="section" aria-labelledby="browse-title">
        <h2 id="browse-title">All products</h2>
        <ProductFiltersForm key={key} initial={filters} onApply={apply} />
        <Browse filters={filters} />
      </section>
    </div>
  );
}

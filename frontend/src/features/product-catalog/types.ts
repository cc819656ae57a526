/** Shapes of the product service's API (docs/api.md "Product catalogue"), as the app uses them. */

import type { Lab } from '../../shared/lib/json';

export interface ProductColor {
  hex: string;
  name: string | null;
  /** The colour family the catalogue filters by (`blue`, `beige`, ...). */
  family: string | null;
  lab: Lab | null;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Product {
  id: string;
  /** Null in recommendation lists, which carry a product summary only. */
  sku: string | null;
  name: string;
  brand: string | null;
  /** The most specific category (article type, e.g. "Tshirts"). */
  category: string | null;
  /** Every category level, most general first ("Apparel / Topwear / Tshirts"). */
  categoryPath: string[];
  gender: string | null;
  price: Money | null;
  /** The primary colour first, then the secondary ones that have a hex. */
  colors: ProductColor[];
  imageUrl: string | null;
  inStock: boolean | null;
  /** `in_stock`, `out_of_stock` or `preorder`. */
  availability: string | null;
  sizes: string[];
  /** Seasons of the year it is meant for ("Summer") and uses ("Casual"). */
  seasons: string[];
  usages: string[];
  year: number | null;
  /** The foundation shade of a complexion product. */
  shade: { name: string | null; hex: string; monkTone: number | null } | null;
}

export interface ProductPage {
  items: Product[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The service's orders: `price` (cheapest first), `-price`, `newest`, `relevance` (needs `q`), `color` (needs `hex`). */
export type ProductSort = 'relevance' | 'price' | '-price' | 'newest' | 'color' | string;

export interface ProductFilters {
  q?: string;
  gender?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  colorFamily?: string;
  inStock?: boolean;
  sort?: ProductSort;
  limit?: number;
}

export interface ColorSearchArgs {
  hex: string;
  maxDeltaE?: number;
  limit?: number;
  category?: string;
}

export interface ColorSearchHit {
  product: Product;
  /** CIEDE2000 distance from the searched colour to the product's nearest colour. */
  deltaE: number | null;
  /** The product colour (primary or secondary) that matched, found by its `matchedLab`. */
  matched: ProductColor | null;
}

export interface ColorSearchResult {
  hex: string;
  maxDeltaE: number | null;
  hits: ColorSearchHit[];
  /** How many candidate colours the search compared. */
  candidatesExamined: number | null;
}

export interface ShadeMatch {
  productId: string | null;
  sku: string | null;
  brand: string | null;
  /** The shade's name ("320 Warm Honey"). */
  name: string;
  /** The product it belongs to ("Skin Tint Foundation"). */
  productName: string | null;
  hex: string;
  deltaE: number | null;
  /** `excellent` (ΔE00 ≤ 1), `good` (≤ 2.5), `fair` (≤ 5) or `poor`. */
  grade: string | null;
  monkTone: number | null;
  price: Money | null;
  inStock: boolean | null;
}

export interface ShadeMatchResult {
  /** Monk tone of the skin colour searched for. */
  monkTone: number | null;
  brands: Array<{ brand: string; shades: ShadeMatch[] }>;
}

/** Shapes of the product service's API (docs/api.md "Product catalogue"), as the app uses them. */

export interface ProductColor {
  hex: string;
  name: string | null;
  family: string | null;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Product {
  id: string;
  name: string;
  brand: string | null;
  /** The most specific category (article type, e.g. "Tshirts"). */
  category: string | null;
  /** Every category level, most general first ("Apparel / Topwear / Tshirts"). */
  categoryPath: string[];
  gender: string | null;
  price: Money | null;
  colors: ProductColor[];
  imageUrl: string | null;
  inStock: boolean | null;
  description: string | null;
  sizes: string[];
}

export interface ProductPage {
  items: Product[];
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
  matchedHex: string | null;
}

export interface ShadeMatch {
  productId: string | null;
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
}

export interface ShadeMatchResult {
  /** Monk tone of the skin colour searched for. */
  monkTone: number | null;
  brands: Array<{ brand: string; shades: ShadeMatch[] }>;
}

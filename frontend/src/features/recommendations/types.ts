import type { Product } from '../product-catalog/types';

/** Shapes of the recommendation service's API (docs/api.md "Recommendations"), as the app uses them. */

/** Why a product is in a list: `{signal, text, ...}` (the extra members depend on the signal). */
export interface RecommendationReason {
  /** `palette`, `collaborative`, `trending`, `preference`, `similar` or `catalogue`. */
  signal: string;
  text: string;
  /** Palette reasons: the palette colour the product is close to, and CIEDE2000 to it. */
  color: { name: string | null; hex: string } | null;
  deltaE: number | null;
  /** Collaborative reasons: the products behind "people who liked … also liked this". */
  relatedProducts: Array<{ id: string; name: string }>;
}

export interface Recommendation {
  /** The list's product summary: id, name, brand, price, image and primary colour only. */
  product: Product;
  score: number | null;
  /** The most important reason's text, shown on the card. */
  reason: string | null;
  /** Every reason, most important first (at most three). */
  reasons: RecommendationReason[];
}

export interface RecommendationList {
  items: Recommendation[];
  /** The A/B experiment arm that produced the list; null outside experiments. */
  variant: string | null;
  experimentId: string | null;
  /** The collaborative model the list was ranked with, and its algorithm. */
  modelVersion: string | null;
  algorithm: string | null;
  generatedAt: string | null;
}

export type InteractionKind = 'view' | 'click' | 'like' | 'dislike' | 'add-to-cart' | 'purchase';

/** What the app records; the request adds a client `id` so a retried request is not counted twice. */
export interface Interaction {
  productId: string;
  kind: InteractionKind;
}

/** One entry of the 201 answer. */
export interface InteractionReceipt {
  id: string;
  productId: string;
  kind: string;
  occurredAt: string | null;
  /** `recorded`, or `duplicate` when this id was already recorded. */
  status: string;
  experiment: { id: string; variant: string } | null;
}

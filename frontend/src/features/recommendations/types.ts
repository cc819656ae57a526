import type { Product } from '../product-catalog/types';

/** Shapes of the recommendation service's API (docs/api.md "Recommendations"), as the app uses them. */

export interface Recommendation {
  product: Product;
  score: number | null;
  /** Why this product, in words ("Deep teal is in your True Winter palette"). */
  reason: string | null;
  /** Short machine tags behind the reason (palette-match, similar-to-liked, trending...). */
  reasonCodes: string[];
}

export interface RecommendationList {
  items: Recommendation[];
  /** The ranking variant (A/B experiment arm) that produced the list, when the service says. */
  variant: string | null;
}

export type InteractionKind = 'view' | 'click' | 'like' | 'dislike' | 'add-to-cart' | 'purchase';

export interface Interaction {
  productId: string;
  kind: InteractionKind;
}

import { api } from '../../app/api';
import { arr, hex, num, obj, objOrNull, str } from '../../shared/lib/json';
import { uuidV4 } from '../../shared/lib/uuid';
import type { Product } from '../product-catalog/types';
import type { Interaction, InteractionReceipt, Recommendation, RecommendationList, RecommendationReason } from './types';

/*
 * Readers for docs/api.md "Recommendations" (RecommendationViews in the recommendation service).
 * Lists carry a product *summary*, not the catalogue's product: `price` is a number with
 * `currency` beside it, and `primaryColor` is `{hex, family}`.
 */

export function toProductSummary(v: unknown): Product {
  const o = obj(v);
  const amount = num(o.price);
  const currency = str(o.currency);
  const color = obj(o.primaryColor);
  const h = hex(color.hex);
  return {
    id: str(o.id) ?? '',
    sku: null,
    name: str(o.name) ?? 'Untitled product',
    brand: str(o.brand),
    category: null,
    categoryPath: [],
    gender: null,
    price: amount !== null && currency ? { amount, currency } : null,
    colors: h ? [{ hex: h, name: null, family: str(color.family), lab: null }] : [],
    imageUrl: str(o.imageUrl),
    inStock: null,
    availability: null,
    sizes: [],
    seasons: [],
    usages: [],
    year: null,
    shade: null,
  };
}

function toReason(v: unknown): RecommendationReason | null {
  const o = obj(v);
  const signal = str(o.signal);
  const text = str(o.text);
  if (!signal || !text) return null;
  const color = obj(o.color);
  const colorHex = hex(color.hex);
  return {
    signal,
    text,
    color: colorHex ? { name: str(color.name), hex: colorHex } : null,
    deltaE: num(o.deltaE),
    relatedProducts: arr(o.relatedProducts)
      .map(obj)
      .map((r) => ({ id: str(r.id) ?? '', name: str(r.name) ?? '' }))
      .filter((r) => r.id !== ''),
  };
}

/** One `{product, score, reasons}`: the first reason's text is the one shown on the card. */
function toRecommendation(v: unknown): Recommendation {
  const o = obj(v);
  const reasons = arr(o.reasons).map(toReason).filter((r): r is RecommendationReason => r !== null);
  return { product: toProductSummary(o.product), score: num(o.score), reason: reasons[0]?.text ?? null, reasons };
}

/** `{items, modelVersion, algorithm, experiment: {id, variant} | null, generatedAt}`. */
export function toRecommendationList(v: unknown): RecommendationList {
  const o = obj(v);
  const experiment = objOrNull(o.experiment);
  return {
    items: arr(o.items).map(toRecommendation),
    variant: experiment ? str(experiment.variant) : null,
    experimentId: experiment ? str(experiment.id) : null,
    modelVersion: str(o.modelVersion),
    algorithm: str(o.algorithm),
    generatedAt: str(o.generatedAt),
  };
}

/** `POST /interactions` → 201 `{interactions: [{id, productId, kind, occurredAt, status, experiment?}]}`. */
export function toInteractionReceipt(v: unknown): InteractionReceipt | null {
  const o = obj(arr(obj(v).interactions)[0]);
  const id = str(o.id);
  if (!id) return null;
  const experiment = objOrNull(o.experiment);
  return {
    id,
    productId: str(o.productId) ?? '',
    kind: str(o.kind) ?? '',
    occurredAt: str(o.occurredAt),
    status: str(o.status) ?? '',
    experiment: experiment && str(experiment.id) && str(experiment.variant) ? { id: str(experiment.id) as string, variant: str(experiment.variant) as string } : null,
  };
}

/**
 * The body of `POST /interactions`: exactly `{productId, kind, id}` (the service rejects unknown
 * fields). `occurredAt` is left to the server ("now"), so a skewed device clock cannot make it
 * fall outside the accepted window; the client `id` makes a retried request count once.
 */
export function interactionBody(interaction: Interaction, id: string = uuidV4()): { productId: string; kind: string; id: string } {
  return { productId: interaction.productId, kind: interaction.kind, id };
}

export const recommendationsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getRecommendations: build.query<RecommendationList, { limit?: number; category?: string } | void>({
      query: (arg) => ({ url: '/recommendations', params: { limit: arg?.limit ?? 12, ...(arg?.category ? { category: arg.category } : {}) } }),
      transformResponse: toRecommendationList,
      providesTags: ['Recommendation'],
    }),
    getSimilar: build.query<RecommendationList, { productId: string; limit?: number }>({
      query: ({ productId, limit }) => ({ url: `/products/${encodeURIComponent(productId)}/similar`, params: { limit: limit ?? 8 } }),
      transformResponse: toRecommendationList,
    }),
    getTrending: build.query<RecommendationList, { limit?: number; category?: string } | void>({
      query: (arg) => ({ url: '/trending', params: { limit: arg?.limit ?? 12, ...(arg?.category ? { category: arg.category } : {}) } }),
      transformResponse: toRecommendationList,
    }),
    recordInteraction: build.mutation<InteractionReceipt | null, Interaction>({
      query: (interaction) => ({ url: '/interactions', method: 'POST', body: interactionBody(interaction) }),
      transformResponse: toInteractionReceipt,
      // No invalidation here: the service re-ranks asynchronously and announces it with a
      // "recommendations refreshed" notification, which invalidates the list (notifications feature).
    }),
  }),
});

export const { useGetRecommendationsQuery, useGetSimilarQuery, useGetTrendingQuery, useRecordInteractionMutation } = recommendationsApi;

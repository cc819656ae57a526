import { api } from '../../app/api';
import { arr, num, obj, pick, str } from '../../shared/lib/json';
import { toProduct } from '../product-catalog/catalogApi';
import type { Interaction, Recommendation, RecommendationList } from './types';

/**
 * One entry of a list as docs/api.md ("Recommendations") defines it: `reasons` come most important
 * first, each `{signal, text, ...}`; the first one's text is the reason shown on the card.
 */
function toRecommendation(v: unknown): Recommendation {
  const o = obj(v);
  const reasons = arr(pick(o, 'reasons')).map(obj);
  return {
    product: toProduct(pick(o, 'product')),
    score: num(pick(o, 'score')),
    reason: reasons.length > 0 ? str(pick(reasons[0], 'text')) : null,
    reasonCodes: reasons.map((r) => str(pick(r, 'signal')) ?? '').filter(Boolean),
  };
}

/** `{items, experiment: {id, variant} | null, ...}`: the variant says which ranking arm produced the list. */
export function toRecommendationList(v: unknown): RecommendationList {
  const o = obj(v);
  return {
    items: arr(pick(o, 'items')).map(toRecommendation),
    variant: str(pick(obj(pick(o, 'experiment')), 'variant')),
  };
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
    recordInteraction: build.mutation<void, Interaction>({
      query: (body) => ({ url: '/interactions', method: 'POST', body: { ...body, occurredAt: new Date().toISOString() } }),
      // No invalidation here: the service re-ranks asynchronously and announces it with a
      // "recommendations refreshed" notification, which invalidates the list (notifications feature).
    }),
  }),
});

export const { useGetRecommendationsQuery, useGetSimilarQuery, useGetTrendingQuery, useRecordInteractionMutation } = recommendationsApi;

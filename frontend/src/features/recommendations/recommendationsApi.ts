import { api } from '../../app/api';
import { arr, num, obj, pick, str } from '../../shared/lib/json';
import { toProduct } from '../product-catalog/catalogApi';
import type { Interaction, Recommendation, RecommendationList } from './types';

function toRecommendation(v: unknown): Recommendation {
  const o = obj(v);
  const inner = pick(o, 'product', 'item');
  const explanation = pick(o, 'explanation', 'reason', 'why');
  const eo = obj(explanation);
  const codes = arr(pick(o, 'reasons', 'reasonCodes') ?? pick(eo, 'codes', 'reasons')).map((c) => str(typeof c === 'object' ? pick(obj(c), 'code', 'kind') : c) ?? '').filter(Boolean);
  return {
    product: toProduct(inner ?? o),
    score: num(pick(o, 'score')),
    reason: typeof explanation === 'string' ? explanation : str(pick(eo, 'text', 'message', 'summary')),
    reasonCodes: codes,
  };
}

export function toRecommendationList(v: unknown): RecommendationList {
  if (Array.isArray(v)) return { items: v.map(toRecommendation), variant: null };
  const o = obj(v);
  return {
    items: arr(pick(o, 'items', 'recommendations', 'products', 'content')).map(toRecommendation),
    variant: str(pick(o, 'variant', 'experimentVariant', 'arm')),
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

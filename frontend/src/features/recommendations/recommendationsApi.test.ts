import { describe, expect, it } from 'vitest';
import { INTERACTION_RECORDED, RECOMMENDATIONS, SIMILAR } from '../../test/fixtures';
import { interactionBody, toInteractionReceipt, toProductSummary, toRecommendationList } from './recommendationsApi';

describe('recommendation mappers', () => {
  it('read a list: product summaries, every reason, and the model that ranked it', () => {
    const list = toRecommendationList(RECOMMENDATIONS);
    expect(list).toMatchObject({ variant: null, experimentId: null, modelVersion: 'itemknn-20261125152555-d2a25e89', algorithm: 'item-knn', generatedAt: '2026-11-25T15:27:03.145624591Z' });
    expect(list.items).toHaveLength(2);
    const first = list.items[0];
    expect(first.score).toBe(2.8185);
    expect(first.reason).toBe('From Lipstick, a category you like');
    expect(first.reasons.map((r) => r.signal)).toEqual(['preference', 'palette', 'preference']);
    expect(first.reasons[1]).toEqual({ signal: 'palette', text: 'Matches your Soft Autumn palette: Fern Green, ΔE 4.1', color: { name: 'Fern Green', hex: '#5e7b4f' }, deltaE: 4.1, relatedProducts: [] });
    expect(first.product).toMatchObject({
      id: '01a21345-c42f-721e-b499-32e649e45e41',
      name: 'Sora Women Cream Olive Lipstick',
      brand: 'Sora',
      price: { amount: 15.99, currency: 'EUR' },
      imageUrl: null,
      colors: [{ hex: '#667a43', name: null, family: 'green', lab: null }],
    });
  });

  it('read the experiment arm when the list came from one', () => {
    const list = toRecommendationList({ ...RECOMMENDATIONS, experiment: { id: 'e-1', variant: 'treatment' } });
    expect(list).toMatchObject({ variant: 'treatment', experimentId: 'e-1' });
  });

  it('read a similar-products reason and collaborative related products', () => {
    expect(toRecommendationList(SIMILAR).items[0].reasons[0]).toMatchObject({ signal: 'similar', deltaE: 8.8 });
    const collab = { ...RECOMMENDATIONS.items[0], reasons: [{ signal: 'collaborative', text: 'People who liked Linen Camel Blazer also liked this', basis: 'people-also-liked', relatedProducts: [{ id: 'p-7', name: 'Linen Camel Blazer' }] }] };
    expect(toRecommendationList({ ...RECOMMENDATIONS, items: [collab] }).items[0].reasons[0].relatedProducts).toEqual([{ id: 'p-7', name: 'Linen Camel Blazer' }]);
  });

  it('read an unpriced summary as no price', () => {
    expect(toProductSummary({ ...RECOMMENDATIONS.items[0].product, price: null, currency: null }).price).toBeNull();
  });

  it('send exactly productId, kind and a client id, and read the receipt', () => {
    expect(interactionBody({ productId: 'p-1', kind: 'like' }, 'c1b0c8f4-0000-4000-8000-000000000001')).toEqual({ productId: 'p-1', kind: 'like', id: 'c1b0c8f4-0000-4000-8000-000000000001' });
    expect(toInteractionReceipt(INTERACTION_RECORDED)).toEqual({
      id: '0e62c2cd-0b36-4f20-8306-db4a97b5a7a5',
      productId: '01a21345-ce46-7ffe-a7be-8023b15c85ae',
      kind: 'like',
      occurredAt: '2026-11-25T15:27:03.037802194Z',
      status: 'recorded',
      experiment: null,
    });
  });
});

import { useAppSelector } from '../../app/hooks';
import { selectIsSignedIn } from '../auth/authSlice';
import { ProductCard } from '../product-catalog/ProductCard';
import { useRecordInteractionMutation } from './recommendationsApi';
import type { Recommendation, RecommendationList } from './types';

/**
 * A grid of recommended products with the reason for each; opening one records a `click`. The
 * experiment variant and model that ranked the list are kept on the list (data attributes) so a
 * screenshot or bug report says which arm of an A/B test it showed.
 */
export function RecommendationGrid({ items, label, list }: { items: Recommendation[]; label: string; list?: Pick<RecommendationList, 'variant' | 'modelVersion'> }) {
  const signedIn = useAppSelector(selectIsSignedIn);
  const [record] = useRecordInteractionMutation();
  return (
    <ul className="product-grid" aria-label={label} data-variant={list?.variant ?? undefined} data-model={list?.modelVersion ?? undefined}>
      {items.map((r) => (
        <li key={r.product.id}>
          <ProductCard
            product={r.product}
            reason={r.reason}
            onOpen={() => {
              if (signedIn) void record({ productId: r.product.id, kind: 'click' });
            }}
          />
        </li>
      ))}
    </ul>
  );
}

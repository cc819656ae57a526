import { useAppSelector } from '../../app/hooks';
import { selectIsSignedIn } from '../auth/authSlice';
import { ProductCard } from '../product-catalog/ProductCard';
import { useRecordInteractionMutation } from './recommendationsApi';
import type { Recommendation } from './types';

/** A grid of recommended products with the reason for each; opening one records a `click`. */
export function RecommendationGrid({ items, label }: { items: Recommendation[]; label: string }) {
  const signedIn = useAppSelector(selectIsSignedIn);
  const [record] = useRecordInteractionMutation();
  return (
    <ul className="product-grid" aria-label={label}>
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

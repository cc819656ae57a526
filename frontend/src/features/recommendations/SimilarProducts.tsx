import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { ProductGridSkeleton } from '../product-catalog/ProductCard';
import { useGetSimilarQuery } from './recommendationsApi';
import { RecommendationGrid } from './ProductList';

export function SimilarProducts({ productId }: { productId: string }) {
  const { data, error, isLoading, refetch } = useGetSimilarQuery({ productId, limit: 8 });
  return (
    <section className="section" aria-labelledby="similar-title">
      <h2 id="similar-title">Similar</h2>
      {isLoading ? (
        <ProductGridSkeleton count={4} />
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} context="We could not load similar products" compact />
      ) : data && data.items.length ? (
        <RecommendationGrid items={data.items} label="Similar products" list={data} />
      ) : (
        <p className="muted">Nothing similar yet.</p>
      )}
    </section>
  );
}

import { Link } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { ProductGridSkeleton } from '../product-catalog/ProductCard';
import { selectIsSignedIn } from '../auth/authSlice';
import { useGetRecommendationsQuery, useGetTrendingQuery } from './recommendationsApi';
import { RecommendationGrid } from './ProductList';

/** "Picked for you" when signed in (palette + taste), "Popular now" otherwise. */
export function RecommendedProducts({ category }: { category?: string }) {
  const signedIn = useAppSelector(selectIsSignedIn);
  const personal = useGetRecommendationsQuery({ limit: 8, category }, { skip: !signedIn });
  const trending = useGetTrendingQuery({ limit: 8, category }, { skip: signedIn });
  const q = signedIn ? personal : trending;
  const title = signedIn ? 'Picked for you' : 'Popular now';
  return (
    <section className="section" aria-labelledby="recs-title">
      <div className="section-title">
        <h2 id="recs-title">{title}</h2>
        {!signedIn && (
          <p className="small muted">
            <Link to="/signin?next=/shop">Sign in</Link> for picks in your palette that learn what you like.
          </p>
        )}
      </div>
      {q.isLoading ? (
        <ProductGridSkeleton count={4} />
      ) : q.error ? (
        <ErrorMessage error={q.error} onRetry={q.refetch} context={signedIn ? 'We could not load your recommendations' : 'We could not load popular products'} />
      ) : q.data && q.data.items.length > 0 ? (
        <RecommendationGrid items={q.data.items} label={title} list={q.data} />
      ) : (
        <div className="empty">
          <p>{signedIn ? 'No picks yet. Find your colours and like a few products, and your picks will appear here.' : 'Nothing popular yet.'}</p>
          {signedIn && (
            <Link className="btn" to="/analyze">
              Find my colours
            </Link>
          )}
        </div>
      )}
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Skeleton } from '../../shared/ui/Loading';
import { formatMoney } from '../../shared/ui/format';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { InteractionButtons } from '../recommendations/InteractionButtons';
import { SimilarProducts } from '../recommendations/SimilarProducts';
import { useRecordView } from '../recommendations/useRecordView';
import { useGetProductQuery } from './catalogApi';
import { ProductImage } from './ProductImage';

export function ProductDetailPage() {
  const { id = '' } = useParams();
  const { data: product, error, isLoading, refetch } = useGetProductQuery(id, { skip: !id });
  useDocumentTitle(product?.name ?? 'Product');
  useRecordView(id, !!product);

  return (
    <div className="page">
      <p className="small">
        <Link to="/shop">← Back to the shop</Link>
      </p>
      {isLoading ? (
        <div className="product-detail" aria-busy="true">
          <div className="product-detail__media skeleton" />
          <div className="stack">
            <Skeleton height="1rem" width="30%" />
            <Skeleton height="2.5rem" width="80%" />
            <Skeleton height="1.5rem" width="25%" />
          </div>
        </div>
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} context="We could not load this product" />
      ) : product ? (
        <>
          <article className="product-detail" data-product-id={product.id}>
            <div className="product-detail__media">
              <ProductImage product={product} eager />
            </div>
            <div className="stack">
              {product.brand && <p className="eyebrow">{product.brand}</p>}
              <h1>{product.name}</h1>
              <p className="price-large">{formatMoney(product.price)}</p>
              {product.inStock !== null && (
                <p className={product.inStock ? 'small' : 'small muted'}>{product.availability === 'preorder' ? 'Available to pre-order' : product.inStock ? 'In stock' : 'Out of stock'}</p>
              )}
              {product.colors.length > 0 && (
                <div>
                  <h2 className="h3">Colours</h2>
                  <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {product.colors.map((c) => (
                      <li key={c.hex} className="row" style={{ gap: '0.6rem' }}>
                        <span className="swatch-dot" style={{ background: c.hex, width: '1.6rem', height: '1.6rem' }} aria-hidden="true" />
                        <span>{c.name ?? c.family ?? 'Colour'}</span>
                        <span className="mono muted">{c.hex}</span>
                        <Link className="small" to={`/shop/colour?hex=${encodeURIComponent(c.hex)}`}>
                          More in this colour
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {product.sizes.length > 0 && <p className="small">Sizes: {product.sizes.join(', ')}</p>}
              {product.shade && (
                <p className="small">
                  Shade: <span className="swatch-dot" style={{ background: product.shade.hex }} aria-hidden="true" /> {product.shade.name ?? product.shade.hex}
                  {product.shade.monkTone !== null && <span className="muted"> (Monk tone {product.shade.monkTone})</span>}
                </p>
              )}
              {(product.usages.length > 0 || product.seasons.length > 0 || product.year !== null) && (
                <p className="small muted">{[...product.usages, ...product.seasons, ...(product.year !== null ? [String(product.year)] : [])].join(' · ')}</p>
              )}
              <InteractionButtons productId={product.id} />
            </div>
          </article>
          <SimilarProducts productId={product.id} />
        </>
      ) : null}
    </div>
  );
}

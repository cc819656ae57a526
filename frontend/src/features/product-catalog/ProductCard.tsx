import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../shared/ui/format';
import { ProductImage } from './ProductImage';
import type { Product } from './types';

interface Props {
  product: Product;
  reason?: string | null;
  extra?: ReactNode;
  onOpen?: () => void;
  headingLevel?: 'h2' | 'h3';
}

export function ProductCard({ product, reason, extra, onOpen, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel;
  return (
    <article className="product-card" data-product-id={product.id}>
      <div className="product-card__media">
        <ProductImage product={product} />
      </div>
      <div className="product-card__body">
        {product.brand && <span className="product-card__brand">{product.brand}</span>}
        <Heading className="product-card__name">
          <Link to={`/products/${encodeURIComponent(product.id)}`} onClick={onOpen}>
            {product.name}
          </Link>
        </Heading>
        <div className="row" style={{ gap: '0.5rem', justifyContent: 'space-between' }}>
          <span className="product-card__price">{formatMoney(product.price)}</span>
          <span className="row" style={{ gap: '0.25rem' }} aria-label={`Colours: ${product.colors.map((c) => c.name ?? c.hex).join(', ') || 'not given'}`} role="img">
            {product.colors.slice(0, 4).map((c) => (
              <span key={c.hex} className="swatch-dot" style={{ background: c.hex }} />
            ))}
          </span>
        </div>
        {product.inStock === false && <span className="small muted">Out of stock</span>}
        {reason && <p className="product-card__reason">{reason}</p>}
        {extra}
      </div>
    </article>
  );
}

export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul className="product-grid" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <div className="product-card">
            <div className="product-card__media skeleton" />
            <div className="product-card__body">
              <div className="skeleton" style={{ height: '0.8rem', width: '40%' }} />
              <div className="skeleton" style={{ height: '1rem', width: '90%' }} />
              <div className="skeleton" style={{ height: '1rem', width: '30%' }} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

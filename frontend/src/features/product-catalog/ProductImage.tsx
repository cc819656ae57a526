import { useState } from 'react';
import type { Product } from './types';

const SHAPES: Array<{ match: RegExp; path: string }> = [
  { match: /dress|gown|jumpsuit/i, path: 'M38 12 L62 12 L66 30 L60 40 L80 112 L20 112 L40 40 L34 30 Z' },
  { match: /trouser|jean|pant|legging|shorts|skirt|bottomwear/i, path: 'M30 12 L70 12 L76 112 L56 112 L50 44 L44 112 L24 112 Z' },
  { match: /shoe|boot|sneaker|sandal|heel|flats|loafer|flip flop|footwear/i, path: 'M14 78 L42 74 L52 60 L64 62 L68 78 L88 84 Q92 96 84 98 L16 98 Q10 92 14 78 Z' },
  { match: /bag|backpack|clutch|wallet|tote|handbag/i, path: 'M22 44 L78 44 L84 108 L16 108 Z M36 44 Q36 22 50 22 Q64 22 64 44 L58 44 Q58 28 50 28 Q42 28 42 44 Z' },
  { match: /scarf|stole|muffler|shawl/i, path: 'M28 22 Q50 8 72 22 L66 40 Q50 30 34 40 Z M40 36 L54 36 L66 106 L52 110 Z M36 38 L46 40 L40 104 L28 100 Z' },
  { match: /coat|jacket|blazer|parka|trench/i, path: 'M34 10 L44 8 L50 30 L56 8 L66 10 L88 30 L82 90 L74 88 L74 116 L26 116 L26 88 L18 90 L12 30 Z' },
  { match: /lip|foundation|makeup|nail|blush|concealer|kajal|eyeshadow|powder/i, path: 'M42 50 L58 50 L58 112 L42 112 Z M44 18 L56 24 L56 50 L44 50 Z' },
  { match: /watch|jewel|earring|necklace|bracelet|pendant|\bring/i, path: 'M50 30 A30 30 0 1 1 49.9 30 Z M50 42 A18 18 0 1 0 50.1 42 Z' },
];
const TOP = 'M34 14 L44 12 Q50 20 56 12 L66 14 L88 32 L80 46 L70 40 L70 112 L30 112 L30 40 L20 46 L12 32 Z';

/** A product's photo, or (when it has none or it fails to load) a silhouette in the product's colour. */
export function ProductImage({ product, eager }: { product: Product; eager?: boolean }) {
  const [failed, setFailed] = useState(false);
  const color = product.colors[0]?.hex ?? '#b8b2a7';
  if (product.imageUrl && !failed) {
    return (
      <img
        src={product.imageUrl}
        alt=""
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        width={400}
        height={500}
        onError={() => setFailed(true)}
      />
    );
  }
  const shape = SHAPES.find((s) => s.match.test(`${product.categoryPath.join(' ')} ${product.category ?? ''} ${product.name}`))?.path ?? TOP;
  return (
    <svg viewBox="0 0 100 125" aria-hidden="true" data-testid="product-silhouette">
      <rect width="100" height="125" fill="#f3eee6" />
      <path d={shape} fill={color} stroke="rgba(28,25,23,0.25)" strokeWidth="0.8" fillRule="evenodd" />
    </svg>
  );
}

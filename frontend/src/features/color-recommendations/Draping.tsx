import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Box, LocalPhoto } from '../skin-analysis/types';
import type { NamedSwatch } from './types';

const FRAME_W = 400;
const FRAME_H = 500;

/** Where to draw the photo so the face sits in the upper middle of a 4:5 frame, about 38% wide. */
export function faceTransform(photo: { width: number; height: number }, box: Box | null) {
  const b = box && box.width > 0 && box.height > 0 ? box : { x: photo.width * 0.25, y: photo.height * 0.15, width: photo.width * 0.5, height: photo.height * 0.55 };
  const k = (FRAME_W * 0.38) / b.width;
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  return { x: FRAME_W / 2 - cx * k, y: FRAME_H * 0.4 - cy * k, width: photo.width * k, height: photo.height * k };
}

interface DrapeProps {
  photo: LocalPhoto;
  box: Box | null;
  color: NamedSwatch;
  verdict: 'best' | 'avoid' | 'try';
}

/** One drape: the person's face framed by a colour, with the fabric over the shoulders. */
export function Drape({ photo, box, color, verdict }: DrapeProps) {
  const clip = useId();
  const t = faceTransform(photo, box);
  const label = `${color.name ?? color.hex}${verdict === 'best' ? ', a colour to wear' : verdict === 'avoid' ? ', a colour to avoid' : ''}`;
  return (
    <figure className="drape" data-verdict={verdict} data-hex={color.hex}>
      <div className="drape__frame">
        <svg viewBox={`0 0 ${FRAME_W} ${FRAME_H}`} role="img" aria-label={`Your face draped in ${label}`}>
          <defs>
            <clipPath id={clip}>
              <rect x="18" y="18" width={FRAME_W - 36} height={FRAME_H - 36} rx="14" />
            </clipPath>
          </defs>
          <rect width={FRAME_W} height={FRAME_H} fill={color.hex} />
          <g clipPath={`url(#${clip})`}>
            <rect width={FRAME_W} height={FRAME_H} fill="#d6d3ce" />
            <image href={photo.dataUrl} x={t.x} y={t.y} width={t.width} height={t.height} preserveAspectRatio="none" />
            <path d={`M0 ${FRAME_H} L0 392 Q70 338 150 332 Q200 392 250 332 Q330 338 ${FRAME_W} 392 L${FRAME_W} ${FRAME_H} Z`} fill={color.hex} />
          </g>
        </svg>
      </div>
      <figcaption>
        {verdict !== 'try' && <span className={`verdict verdict--${verdict}`}>{verdict === 'best' ? 'Wear' : 'Avoid'}</span>}{' '}
        <strong>{color.name ?? 'Colour'}</strong> <span className="mono muted">{color.hex}</span>
      </figcaption>
    </figure>
  );
}

interface DrapingProps {
  photo: LocalPhoto | null;
  box: Box | null;
  best: NamedSwatch[];
  avoid: NamedSwatch[];
}

/** Digital draping: best colours beside colours to avoid, on the person's own face, as an analyst drapes fabric. */
export function Draping({ photo, box, best, avoid }: DrapingProps) {
  const [custom, setCustom] = useState('#1f4e79');
  if (!photo) {
    return (
      <div className="empty">
        <h3>See the colours on your own face</h3>
        <p>Digital draping uses the photo from your analysis, which is kept only in the browser tab where you took it.</p>
        <Link className="btn btn--primary" to="/analyze">
          Take a photo
        </Link>
      </div>
    );
  }
  const pairs = Math.min(4, Math.max(best.length, avoid.length));
  const items: Array<{ color: NamedSwatch; verdict: 'best' | 'avoid' }> = [];
  for (let i = 0; i < pairs; i++) {
    if (best[i]) items.push({ color: best[i], verdict: 'best' });
    if (avoid[i]) items.push({ color: avoid[i], verdict: 'avoid' });
  }
  return (
    <div className="stack">
      <p className="muted">
        Look at your skin, not the colour: a good colour makes skin look even and eyes bright; a poor one casts shadows or makes
        skin look tired. Each pair puts a colour to wear beside a colour to avoid.
      </p>
      <ul className="drape-grid" aria-label="Draping: colours to wear beside colours to avoid">
        {items.map((it) => (
          <li key={`${it.verdict}-${it.color.hex}`}>
            <Drape photo={photo} box={box} color={it.color} verdict={it.verdict} />
          </li>
        ))}
      </ul>
      <div className="card">
        <h3>Try any colour</h3>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="drape-custom">Pick a colour to drape</label>
            <div className="row">
              <input id="drape-custom" type="color" value={custom} onChange={(e) => setCustom(e.target.value)} />
              <span className="mono">{custom}</span>
              <Link to={`/shop/colour?hex=${encodeURIComponent(custom)}`}>Shop this colour</Link>
            </div>
          </div>
          <div style={{ maxWidth: '14rem' }}>
            <Drape photo={photo} box={box} color={{ hex: custom, name: 'Your pick' }} verdict="try" />
          </div>
        </div>
      </div>
    </div>
  );
}

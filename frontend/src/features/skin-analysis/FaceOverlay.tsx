import type { Face } from './types';

interface Props {
  /** The photo to draw on (local data URL or an object URL of the report). */
  src: string | null;
  /** The pixel size the face boxes refer to. */
  width: number;
  height: number;
  faces: Face[];
  selected: number;
  /** Whether `src` already has the overlay drawn in (the server's report image). */
  prerendered?: boolean;
  statusText?: string;
}

/**
 * The photo with the face boxes, at a reserved size (no layout shift). The skin mask only exists in
 * the server's report image (`prerendered`); the analysis JSON carries no mask.
 */
export function FaceOverlay({ src, width, height, faces, selected, prerendered, statusText }: Props) {
  const stroke = Math.max(3, Math.round(Math.max(width, height) / 160));
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <div className="photo-frame" style={{ aspectRatio: `${width} / ${height}` }} data-testid="result-photo">
        {src ? (
          <img
            src={src}
            alt={prerendered ? 'Skin map: your face and the skin we measured' : faces.length ? 'Your photo, with the face we measured outlined' : 'Your photo'}
            width={width}
            height={height}
          />
        ) : (
          <div className="camera__placeholder" style={{ color: 'var(--ink-2)' }}>
            <p>{statusText ?? 'The photo is not available on this device.'}</p>
          </div>
        )}
        {src && !prerendered && (
          <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
            {faces.map((f, i) => (
              <g key={i}>
                <rect
                  x={f.box.x}
                  y={f.box.y}
                  width={f.box.width}
                  height={f.box.height}
                  fill="none"
                  stroke={i === selected ? '#ffffff' : 'rgba(255,255,255,0.55)'}
                  strokeWidth={stroke}
                  rx={stroke * 3}
                  data-testid="face-box"
                />
                <rect
                  x={f.box.x}
                  y={f.box.y}
                  width={f.box.width}
                  height={f.box.height}
                  fill="none"
                  stroke={i === selected ? '#6b2f4f' : 'transparent'}
                  strokeWidth={stroke / 2}
                  rx={stroke * 3}
                />
                {faces.length > 1 && (
                  <text x={f.box.x + stroke * 3} y={f.box.y + stroke * 10} fill="#ffffff" fontSize={stroke * 8} fontWeight={700}>
                    {i + 1}
                  </text>
                )}
              </g>
            ))}
          </svg>
        )}
      </div>
      {src && !prerendered && (
        <figcaption className="legend">
          <span>
            <span className="legend__box" aria-hidden="true" /> The face we measured
          </span>
        </figcaption>
      )}
    </figure>
  );
}

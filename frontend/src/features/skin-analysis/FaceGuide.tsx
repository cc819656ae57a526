import { useId } from 'react';
import { GUIDE } from './lightMeter';

/** The face-framing oval over the live camera (darkens what is outside it). */
export function FaceGuide({ good }: { good: boolean | null }) {
  const id = useId();
  const stroke = good === null ? '#ffffff' : good ? '#4ade80' : '#fbbf24';
  return (
    <svg className="camera__guide" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      <defs>
        <mask id={`${id}-m`}>
          <rect width="100" height="100" fill="white" />
          <ellipse cx={GUIDE.cx * 100} cy={GUIDE.cy * 100} rx={GUIDE.rx * 100} ry={GUIDE.ry * 100} fill="black" />
        </mask>
      </defs>
      <rect width="100" height="100" fill="rgba(28,25,23,0.45)" mask={`url(#${id}-m)`} />
      <ellipse
        cx={GUIDE.cx * 100}
        cy={GUIDE.cy * 100}
        rx={GUIDE.rx * 100}
        ry={GUIDE.ry * 100}
        fill="none"
        stroke={stroke}
        strokeWidth="3"
        strokeDasharray={good ? undefined : '6 5'}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

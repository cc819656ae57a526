import { useEffect, useRef, useState } from 'react';
import { copyText } from '../lib/color';

interface Props {
  hex: string;
  name?: string | null;
  /** Why the colour is there ("best metal", why to avoid it): the button's description and tooltip. */
  note?: string | null;
}

/** A colour chip with its name and hex; activating it copies the hex (announced to screen readers). */
export function Swatch({ hex, name, note }: Props) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    const ok = await copyText(hex);
    setCopied(ok ? 'yes' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), 2000);
  };

  // The button's name is its own visible text (name, hex) plus a hidden hint, so what people see is
  // what speech-input users say (WCAG 2.2 SC 2.5.3). The live region sits beside the button: inside,
  // its announcement would become part of the name.
  return (
    <>
      <button type="button" className="swatch" onClick={copy} data-hex={hex} title={note ?? undefined}>
        <span className="swatch__chip" style={{ background: hex }} aria-hidden="true" />
        {name && <span className="swatch__name">{name}</span>}
        {name && <span className="visually-hidden">, </span>}
        <span className="swatch__hex">{copied === 'yes' ? 'Copied!' : copied === 'failed' ? 'Copy failed' : hex}</span>
        <span className="visually-hidden">. Copy hex code</span>
      </button>
      <span className="visually-hidden" role="status">
        {copied === 'yes' ? `Copied ${hex}` : copied === 'failed' ? 'Your browser did not allow copying' : ''}
      </span>
    </>
  );
}

export function SwatchGrid({ colors, label }: { colors: Array<{ hex: string; name?: string | null; note?: string | null }>; label: string }) {
  return (
    <ul className="swatch-grid" aria-label={label}>
      {colors.map((c) => (
        <li key={`${c.hex}-${c.name ?? ''}`}>
          <Swatch hex={c.hex} name={c.name} note={c.note} />
        </li>
      ))}
    </ul>
  );
}

import { useRef, useState } from 'react';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useUpdateMeMutation } from './profileApi';
import type { Consent, Me } from './types';

const ITEMS: Array<{ key: keyof Consent; title: string; text: string }> = [
  { key: 'storePhotos', title: 'Keep my photos', text: 'Store the photos you analyse so you can see them in your history. Off: photos are analysed and then discarded; only the measured colours are kept.' },
  { key: 'emails', title: 'E-mails', text: 'New recommendations and occasional news by e-mail.' },
  { key: 'push', title: 'Notifications', text: 'Notifications in this app when an analysis finishes or new picks arrive.' },
];

type SaveState =
  | { key: keyof Consent; on: boolean; status: 'saving' | 'saved' }
  | { key: keyof Consent; on: boolean; status: 'failed'; error: unknown };

/**
 * Consent switches; each change shows at once and is saved straight away (optimistic update in
 * `updateMe`). When the save fails the switch goes back to what it was and says why.
 */
export function ConsentForm({ me }: { me: Me }) {
  const [update] = useUpdateMeMutation();
  const [state, setState] = useState<SaveState | null>(null);
  const latest = useRef(0);

  const change = async (key: keyof Consent, on: boolean) => {
    const n = ++latest.current;
    setState({ key, on, status: 'saving' });
    try {
      await update({ consent: { [key]: on } }).unwrap();
      if (n === latest.current) setState({ key, on, status: 'saved' });
    } catch (error) {
      // A failure is always shown, even when another switch changed meanwhile: it was switched back.
      setState({ key, on, status: 'failed', error });
    }
  };

  const title = (key: keyof Consent) => ITEMS.find((it) => it.key === key)?.title ?? key;
  return (
    <section className="card" aria-labelledby="consent-title">
      <h2 id="consent-title">Consent</h2>
      <p className="muted">You decide what we keep. Changes are saved straight away.</p>
      {ITEMS.map((it) => (
        <label key={it.key} className="check">
          <input
            type="checkbox"
            checked={me.consent[it.key]}
            onChange={(e) => void change(it.key, e.target.checked)}
            aria-describedby={`consent-${it.key}-text`}
          />
          <span>
            <strong>{it.title}</strong>
            <br />
            <span id={`consent-${it.key}-text`} className="small muted">
              {it.text}
            </span>
          </span>
        </label>
      ))}
      <p role="status" className="small" style={{ color: 'var(--success)', minHeight: '1.3em', margin: 0 }}>
        {state?.status === 'saved' ? 'Saved.' : ''}
      </p>
      {state?.status === 'failed' && (
        <ErrorMessage
          error={state.error as Parameters<typeof ErrorMessage>[0]['error']}
          context={`We could not save “${title(state.key)}”, so it is ${state.on ? 'off' : 'on'} again`}
          onRetry={() => void change(state.key, state.on)}
          compact
        />
      )}
    </section>
  );
}

import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useUpdateMeMutation } from './profileApi';
import type { Consent, Me } from './types';

const ITEMS: Array<{ key: keyof Consent; title: string; text: string }> = [
  { key: 'storePhotos', title: 'Keep my photos', text: 'Store the photos you analyse so you can see them in your history. Off: photos are analysed and then discarded; only the measured colours are kept.' },
  { key: 'emails', title: 'E-mails', text: 'New recommendations and occasional news by e-mail.' },
  { key: 'push', title: 'Notifications', text: 'Notifications in this app when an analysis finishes or new picks arrive.' },
];

/** Consent switches; each change is saved at once. */
export function ConsentForm({ me }: { me: Me }) {
  const [update, { isLoading, error, originalArgs, isSuccess }] = useUpdateMeMutation();
  const changed = originalArgs?.consent ? (Object.keys(originalArgs.consent)[0] as keyof Consent) : null;
  return (
    <section className="card" aria-labelledby="consent-title">
      <h2 id="consent-title">Consent</h2>
      <p className="muted">You decide what we keep. Changes are saved straight away.</p>
      {ITEMS.map((it) => (
        <label key={it.key} className="check">
          <input
            type="checkbox"
            checked={me.consent[it.key]}
            disabled={isLoading}
            onChange={(e) => void update({ consent: { [it.key]: e.target.checked } })}
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
        {isSuccess && changed ? 'Saved.' : ''}
      </p>
      {error && <ErrorMessage error={error} compact />}
    </section>
  );
}

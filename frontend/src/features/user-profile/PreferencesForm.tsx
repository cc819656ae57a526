import { useState, type FormEvent } from 'react';
import { fieldMessage, friendlyError } from '../../shared/api/problem';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useUpdateMeMutation } from './profileApi';
import type { Me, Preferences } from './types';

const LETTER_SIZES = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL', '5XL'];
const CLOTHING_SYSTEMS = ['EU', 'UK', 'US'];
const SHOE_SYSTEMS = ['EU-SHOE', 'UK-SHOE', 'US-SHOE'];
const STYLE_SUGGESTIONS = ['classic', 'minimalist', 'romantic', 'sporty', 'boho', 'edgy', 'smart casual', 'streetwear'];
const CURRENCIES = ['EUR', 'GBP', 'USD'];

interface SizeSlots {
  letter: string;
  clothingSystem: string;
  clothing: string;
  shoeSystem: string;
  shoe: string;
  /** Sizes in other systems or beyond the first of each kind: kept as they are. */
  others: string[];
}

/** `["INT:M", "EU:38", "EU-SHOE:39"]` → one slot per kind (the first of each), the rest kept aside. */
export function sizeSlots(sizes: string[]): SizeSlots {
  const slots: SizeSlots = { letter: '', clothingSystem: 'EU', clothing: '', shoeSystem: 'EU-SHOE', shoe: '', others: [] };
  for (const s of sizes) {
    const [system, value = ''] = s.split(':');
    const sys = system.toUpperCase();
    if (sys === 'INT' && !slots.letter) slots.letter = value;
    else if (CLOTHING_SYSTEMS.includes(sys) && !slots.clothing) {
      slots.clothingSystem = sys;
      slots.clothing = value;
    } else if (SHOE_SYSTEMS.includes(sys) && !slots.shoe) {
      slots.shoeSystem = sys;
      slots.shoe = value;
    } else slots.others.push(s);
  }
  return slots;
}

export function slotsToSizes(s: SizeSlots): string[] {
  const out: string[] = [];
  if (s.letter) out.push(`INT:${s.letter}`);
  if (s.clothing.trim()) out.push(`${s.clothingSystem}:${s.clothing.trim()}`);
  if (s.shoe.trim()) out.push(`${s.shoeSystem}:${s.shoe.trim()}`);
  return [...out, ...s.others];
}

function ColorListEditor({ id, label, colors, onChange, error }: { id: string; label: string; colors: string[]; onChange: (c: string[]) => void; error?: string }) {
  const [pick, setPick] = useState('#6b2f4f');
  return (
    <fieldset>
      <legend className="label">{label}</legend>
      <ul className="chips" aria-label={label}>
        {colors.length === 0 && <li className="small muted">None yet.</li>}
        {colors.map((c) => (
          <li key={c} className="chip">
            {c.startsWith('#') && <span className="swatch-dot" style={{ background: c }} aria-hidden="true" />}
            <span className={c.startsWith('#') ? 'mono' : undefined}>{c}</span>
            <button type="button" onClick={() => onChange(colors.filter((x) => x !== c))} aria-label={`Remove ${c} from ${label.toLowerCase()}`}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label className="visually-hidden" htmlFor={id}>
          Colour to add to {label.toLowerCase()}
        </label>
        <input id={id} type="color" value={pick} onChange={(e) => setPick(e.target.value)} />
        <button type="button" className="btn btn--small" onClick={() => !colors.includes(pick) && onChange([...colors, pick])}>
          Add {pick}
        </button>
      </div>
      {error && <span className="error-text">{error}</span>}
    </fieldset>
  );
}

export function PreferencesForm({ me }: { me: Me }) {
  const [prefs, setPrefs] = useState<Preferences>(me.preferences);
  const [sizes, setSizes] = useState<SizeSlots>(() => sizeSlots(me.preferences.sizes));
  const [displayName, setDisplayName] = useState(me.displayName);
  const [tag, setTag] = useState('');
  const [update, { isLoading, error, isSuccess, reset }] = useUpdateMeMutation();
  const f = error ? friendlyError(error) : null;
  const budget = prefs.budget ?? { min: null, max: null, currency: 'EUR' };
  const budgetError = budget.min !== null && budget.max !== null && budget.min > budget.max ? 'The lowest budget is above the highest.' : null;
  const sizeError = fieldMessage(f, 'sizes') ?? f?.fields.find((e) => e.field.startsWith('preferences.sizes'))?.message;

  const set = <K extends keyof Preferences>(k: K, v: Preferences[K]) => {
    reset();
    setPrefs((p) => ({ ...p, [k]: v }));
  };
  const setSize = (k: keyof Omit<SizeSlots, 'others'>, v: string) => {
    reset();
    setSizes((s) => ({ ...s, [k]: v }));
  };
  const setBudget = (k: 'min' | 'max' | 'currency', v: string) => {
    const next = { ...budget, [k]: k === 'currency' ? v : v.trim() === '' ? null : Math.max(0, Number(v)) };
    set('budget', next.min === null && next.max === null ? null : next);
  };
  const addTag = (t: string) => {
    const clean = t.trim().toLowerCase().replace(/\s+/g, ' ');
    if (clean && !prefs.styleTags.includes(clean)) set('styleTags', [...prefs.styleTags, clean]);
    setTag('');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (budgetError) return;
    void update({ displayName: displayName.trim(), preferences: { ...prefs, sizes: slotsToSizes(sizes) } });
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="prefs-title" noValidate>
      <h2 id="prefs-title">Preferences</h2>
      <p className="muted">These shape your recommendations. Everything is optional.</p>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="p-name">Name</label>
          <input id="p-name" type="text" autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} aria-invalid={fieldMessage(f, 'displayName') ? true : undefined} />
          {fieldMessage(f, 'displayName') && <span className="error-text">{fieldMessage(f, 'displayName')}</span>}
        </div>
        <div className="field">
          <label htmlFor="p-gender">Show me cuts for</label>
          <select id="p-gender" value={prefs.gender ?? ''} onChange={(e) => set('gender', (e.target.value || null) as Preferences['gender'])}>
            <option value="">Everyone</option>
            <option value="female">Women</option>
            <option value="male">Men</option>
            <option value="non-binary">Non-binary (all cuts)</option>
          </select>
        </div>
      </div>
      <fieldset>
        <legend className="label">Sizes</legend>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="p-size-letter">Letter size</label>
            <select id="p-size-letter" value={sizes.letter} onChange={(e) => setSize('letter', e.target.value)}>
              <option value="">Not set</option>
              {LETTER_SIZES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="p-size-clothing">Clothing size</label>
            <div className="row" style={{ flexWrap: 'nowrap' }}>
              <select aria-label="Clothing size system" value={sizes.clothingSystem} onChange={(e) => setSize('clothingSystem', e.target.value)} style={{ width: '6rem' }}>
                {CLOTHING_SYSTEMS.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
              <input id="p-size-clothing" type="text" inputMode="numeric" value={sizes.clothing} onChange={(e) => setSize('clothing', e.target.value)} placeholder="e.g. 38" />
            </div>
          </div>
          <div className="field">
            <label htmlFor="p-size-shoe">Shoe size</label>
            <div className="row" style={{ flexWrap: 'nowrap' }}>
              <select aria-label="Shoe size system" value={sizes.shoeSystem} onChange={(e) => setSize('shoeSystem', e.target.value)} style={{ width: '6rem' }}>
                {SHOE_SYSTEMS.map((s) => (
                  <option key={s} value={s}>
                    {s.replace('-SHOE', '')}
                  </option>
                ))}
              </select>
              <input id="p-size-shoe" type="text" inputMode="decimal" value={sizes.shoe} onChange={(e) => setSize('shoe', e.target.value)} placeholder="e.g. 39.5" />
            </div>
          </div>
        </div>
        {sizeError && <span className="error-text">{sizeError}</span>}
      </fieldset>
      <fieldset>
        <legend className="label">Budget per item</legend>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="p-bmin">From</label>
            <input id="p-bmin" type="number" min={0} inputMode="decimal" value={budget.min ?? ''} onChange={(e) => setBudget('min', e.target.value)} aria-invalid={budgetError ? true : undefined} aria-describedby={budgetError ? 'p-budget-error' : undefined} />
          </div>
          <div className="field">
            <label htmlFor="p-bmax">Up to</label>
            <input id="p-bmax" type="number" min={0} inputMode="decimal" value={budget.max ?? ''} onChange={(e) => setBudget('max', e.target.value)} aria-invalid={budgetError ? true : undefined} aria-describedby={budgetError ? 'p-budget-error' : undefined} />
          </div>
          <div className="field">
            <label htmlFor="p-bcur">Currency</label>
            <select id="p-bcur" value={budget.currency ?? 'EUR'} onChange={(e) => setBudget('currency', e.target.value)}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </div>
        {(budgetError ?? fieldMessage(f, 'budget')) && (
          <p id="p-budget-error" className="error-text" role="alert" style={{ color: 'var(--danger)' }}>
            {budgetError ?? fieldMessage(f, 'budget')}
          </p>
        )}
      </fieldset>
      <ColorListEditor id="p-fav" label="Favourite colours" colors={prefs.favouriteColors} onChange={(c) => set('favouriteColors', c)} error={fieldMessage(f, 'favouriteColors')} />
      <ColorListEditor id="p-dis" label="Colours you dislike" colors={prefs.dislikedColors} onChange={(c) => set('dislikedColors', c)} error={fieldMessage(f, 'dislikedColors')} />
      <fieldset>
        <legend className="label">Your style</legend>
        <ul className="chips" aria-label="Your style tags">
          {prefs.styleTags.map((t) => (
            <li key={t} className="chip">
              {t}
              <button type="button" onClick={() => set('styleTags', prefs.styleTags.filter((x) => x !== t))} aria-label={`Remove style ${t}`}>
                ✕
              </button>
            </li>
          ))}
        </ul>
        <div className="row">
          <label className="visually-hidden" htmlFor="p-tag">
            Add a style
          </label>
          <input
            id="p-tag"
            type="text"
            list="p-tag-list"
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            placeholder="e.g. minimalist"
            style={{ maxWidth: '14rem' }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTag(tag);
              }
            }}
          />
          <datalist id="p-tag-list">
            {STYLE_SUGGESTIONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <button type="button" className="btn btn--small" onClick={() => addTag(tag)} disabled={!tag.trim()}>
            Add style
          </button>
        </div>
        {fieldMessage(f, 'styleTags') && <span className="error-text">{fieldMessage(f, 'styleTags')}</span>}
      </fieldset>
      {error && <ErrorMessage error={error} compact />}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={isLoading}>
          {isLoading ? 'Saving…' : 'Save preferences'}
        </button>
        <span role="status" className="small" style={{ color: 'var(--success)' }}>
          {isSuccess ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}

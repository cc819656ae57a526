import { useState } from 'react';
import { Link } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Skeleton } from '../../shared/ui/Loading';
import { SwatchGrid } from '../../shared/ui/Swatch';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { selectIsSignedIn } from '../auth/authSlice';
import { selectCurrentAnalysis } from '../skin-analysis/analysisSlice';
import { useGetMyPaletteQuery, useGetSeasonPaletteQuery, useGetSeasonsQuery } from './colorApi';
import { ColorCheck } from './ColorCheck';
import { Draping } from './Draping';
import type { NamedSwatch, Palette } from './types';

function Group({ id, title, note, colors, shop }: { id: string; title: string; note: string; colors: NamedSwatch[]; shop?: boolean }) {
  if (!colors.length) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{note}</p>
      <SwatchGrid colors={colors} label={title} />
      {shop && (
        <p className="small" style={{ marginTop: '1rem' }}>
          Shop by colour:{' '}
          {colors.slice(0, 6).map((c, i) => (
            <span key={c.hex}>
              {i > 0 && ' · '}
              <Link to={`/shop/colour?hex=${encodeURIComponent(c.hex)}`}>{c.name ?? c.hex}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

export function PaletteView({ palette }: { palette: Palette }) {
  return (
    <div>
      <p className="small muted">Select any colour to copy its hex code.</p>
      <Group id="p-wear" title="Colours to wear" note="Your core colours: wear them near your face, in tops, scarves and dresses." colors={palette.wear} shop />
      <Group id="p-neutrals" title="Neutrals" note="The base of a wardrobe: coats, trousers, shoes and bags." colors={palette.neutrals} />
      <Group id="p-accents" title="Accents" note="Small doses of energy: a lip colour, a tie, a bag, a print." colors={palette.accents} />
      <Group id="p-metals" title="Metals" note="Jewellery, buttons, watch and glasses frames." colors={palette.metals} />
      <Group id="p-avoid" title="Colours to avoid near your face" note="These tend to drain or overpower your colouring. If you love one, wear it away from your face (trousers, shoes)." colors={palette.avoid} />
    </div>
  );
}

export function PalettePage() {
  useDocumentTitle('Your palette');
  const signedIn = useAppSelector(selectIsSignedIn);
  const current = useAppSelector(selectCurrentAnalysis);
  const face = current?.analysis.faces[0] ?? null;
  const localSeason = face?.season?.id ?? null;
  const [explore, setExplore] = useState<string | null>(null);

  // Signed in without a fresh local analysis: the saved palette. Otherwise: the season's palette.
  const mine = useGetMyPaletteQuery(undefined, { skip: !signedIn || !!localSeason || !!explore });
  const season = explore ?? localSeason;
  const seasonal = useGetSeasonPaletteQuery(season ?? '', { skip: !season });
  const seasons = useGetSeasonsQuery();
  const q = season ? seasonal : mine;
  const palette = q.data;
  const noPalette = !season && (!signedIn || (mine.error && 'status' in mine.error && mine.error.status === 404));

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Step 3 of 3</p>
        <h1>{palette?.seasonName ? `Your palette: ${palette.seasonName}` : 'Your palette'}</h1>
        <p className="lede">{palette?.description ?? 'The colours that harmonise with your skin, hair and eyes, and the ones to keep away from your face.'}</p>
        {explore && (
          <p className="small">
            You are exploring {palette?.seasonName ?? 'another season'}.{' '}
            <button type="button" className="btn btn--small btn--ghost" onClick={() => setExplore(null)}>
              {localSeason || signedIn ? 'Back to my palette' : 'Clear'}
            </button>
          </p>
        )}
      </header>

      {noPalette ? (
        <div className="empty">
          <h2>Find your season first</h2>
          <p>Your palette comes from your skin, hair and eye colours. It takes a selfie and a few seconds.</p>
          <Link className="btn btn--primary" to="/analyze">
            Find my colours
          </Link>
        </div>
      ) : q.isLoading || q.isFetching ? (
        <div aria-busy="true">
          <Skeleton height="2rem" width="40%" />
          <div style={{ height: '1rem' }} />
          <Skeleton height="14rem" />
        </div>
      ) : q.error ? (
        <ErrorMessage error={q.error} onRetry={q.refetch} context="We could not load your palette" />
      ) : palette ? (
        <>
          <PaletteView palette={palette} />
          <section className="section" aria-labelledby="draping-title">
            <h2 id="draping-title">Digital draping</h2>
            <Draping photo={current?.photo ?? null} box={face?.box ?? null} best={[...palette.wear, ...palette.accents]} avoid={palette.avoid} />
          </section>
          <section className="section" aria-labelledby="check-title">
            <h2 id="check-title">Does this colour suit me?</h2>
            <ColorCheck season={palette.seasonId} />
          </section>
        </>
      ) : null}

      {seasons.data && seasons.data.length > 0 && (
        <section className="section card" aria-labelledby="explore-title">
          <h2 id="explore-title" className="h3">
            Explore the twelve seasons
          </h2>
          <div className="field">
            <label htmlFor="explore-season">Show the palette of</label>
            <select id="explore-season" value={explore ?? ''} onChange={(e) => setExplore(e.target.value || null)}>
              <option value="">{localSeason || signedIn ? 'My season' : 'Choose a season'}</option>
              {seasons.data.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </section>
      )}
    </div>
  );
}

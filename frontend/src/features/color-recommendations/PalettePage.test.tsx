import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { toAnalysis } from '../skin-analysis/analysisApi';
import { COLOR_MATCH, MONK_SCALE, MY_PALETTE, SAMPLE_ANALYSIS, SEASON_ANALYSIS, SEASONS, SEASON_PALETTE } from '../../test/fixtures';
import { toColorMatch, toMonkTones, toMyPalette, toPalette, toSeasonAnalysis, toSeasons } from './colorApi';
import { PalettePage } from './PalettePage';

const localAnalysis = {
  analysis: { current: { analysis: toAnalysis(SAMPLE_ANALYSIS), photo: { dataUrl: 'data:image/jpeg;base64,AAAA', width: 450, height: 550 } }, upload: { phase: 'done' as const, loaded: 0, total: 0 } },
};

describe('PalettePage', () => {
  it('shows the season palette for an anonymous visitor with a result, and drapes it', async () => {
    const calls = mockFetch([
      { path: '/api/v1/seasons/soft-autumn/palette', body: SEASON_PALETTE },
      { path: '/api/v1/seasons', body: SEASONS },
    ]);
    renderWithProviders(<PalettePage />, { preloadedState: localAnalysis });
    expect(await screen.findByRole('heading', { name: 'Your palette: Soft Autumn' })).toBeInTheDocument();
    const wear = screen.getByRole('list', { name: 'Colours to wear' });
    expect(within(wear).getByRole('button', { name: /^Clay\W+#9b6358\W+Copy hex code$/ })).toHaveAttribute('title', 'core colour');
    const metals = screen.getByRole('list', { name: 'Metals' });
    expect(within(metals).getByRole('button', { name: /^Gold\W+#d4af37/ })).toHaveAttribute('title', 'best metal');
    expect(metals).toHaveTextContent('Rose Gold');
    expect(screen.getByRole('list', { name: 'Colours to avoid near your face' })).toHaveTextContent('#c4005a');
    const drapes = screen.getByRole('list', { name: /Draping/ });
    expect(within(drapes).getByRole('img', { name: 'Your face draped in Clay, a colour to wear' })).toBeInTheDocument();
    expect(within(drapes).getByRole('img', { name: 'Your face draped in Magenta, a colour to avoid' })).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/v1/palettes/me')).toBe(false);
  });

  it('uses the saved palette when signed in without a local result', async () => {
    mockFetch([
      { path: '/api/v1/palettes/me', body: MY_PALETTE },
      { path: '/api/v1/seasons', body: [] },
    ]);
    renderWithProviders(<PalettePage />, { preloadedState: signedInState() });
    expect(await screen.findByRole('heading', { name: 'Your palette: Soft Autumn' })).toBeInTheDocument();
    expect(screen.getByText('Soft Autumn: your colouring reads slightly soft and slightly warm. …')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take a photo' })).toBeInTheDocument();
  });

  it('copies a hex code and says so', async () => {
    mockFetch([
      { path: '/api/v1/seasons/soft-autumn/palette', body: SEASON_PALETTE },
      { path: '/api/v1/seasons', body: [] },
    ]);
    // user-event provides the clipboard (as a browser would).
    const user = userEvent.setup();
    renderWithProviders(<PalettePage />, { preloadedState: localAnalysis });
    await user.click(await screen.findByRole('button', { name: /^Rosy Brown\W+#bf8f85\W+Copy hex code$/ }));
    expect(await navigator.clipboard.readText()).toBe('#bf8f85');
    expect(await screen.findByText('Copied #bf8f85')).toBeInTheDocument();
  });

  it('asks for an analysis first when there is nothing to show', async () => {
    mockFetch([{ path: '/api/v1/seasons', body: [] }]);
    renderWithProviders(<PalettePage />);
    expect(await screen.findByRole('heading', { name: 'Find your season first' })).toBeInTheDocument();
  });

  it('explains a failed load', async () => {
    mockFetch([
      { path: '/api/v1/seasons/soft-autumn/palette', status: 503, body: { type: 'https://aifashion.io/problems/service-unavailable', title: 'x', status: 503 } },
      { path: '/api/v1/seasons', body: [] },
    ]);
    renderWithProviders(<PalettePage />, { preloadedState: localAnalysis });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your palette');
  });
});

describe('colour-matching mappers', () => {
  it('read a season palette, metals and notes included', () => {
    const p = toPalette(SEASON_PALETTE);
    expect(p).toMatchObject({ seasonId: 'soft-autumn', seasonName: 'Soft Autumn', personalised: false, description: null, confidence: null, analysisId: null });
    expect(p.wear).toEqual([
      { hex: '#9b6358', name: 'Clay', note: 'core colour' },
      { hex: '#bf8f85', name: 'Rosy Brown', note: 'core colour' },
    ]);
    expect(p.metals.map((m) => m.name)).toEqual(['Gold', 'Rose Gold']);
    expect(p.neutrals).toHaveLength(2);
    expect(p.accents[0]).toEqual({ hex: '#ba7265', name: 'Dusty Rose', note: 'accent: use in small doses' });
    expect(p.avoid[0].note).toMatch(/^Bright and cool/);
  });

  it('read the personal palette with its analysis, confidence and explanation', () => {
    const p = toMyPalette(MY_PALETTE);
    expect(p).toMatchObject({ seasonId: 'soft-autumn', seasonName: 'Soft Autumn', personalised: true, confidence: 0.31, analysisId: '15610ba3-9b3b-4359-8571-c8a0abfd52c8' });
    expect(p.description).toMatch(/^Soft Autumn: your colouring/);
    expect(p.wear).toHaveLength(2);
  });

  it('read the Monk scale and the seasons', () => {
    expect(toMonkTones(MONK_SCALE)[0]).toEqual({ index: 1, hex: '#f6ede4', lab: { L: 94.21, a: 1.5, b: 5.43 } });
    expect(toSeasons(SEASONS)[0]).toEqual({
      id: 'light-spring',
      name: 'Light Spring',
      family: 'spring',
      primary: 'light',
      secondary: 'warm',
      description: 'Light Spring is light first, then warm: delicate, clear, warm colours.',
      neighbours: ['light-summer', 'true-spring'],
    });
  });

  it('read a season analysis with runner-up, scores and palette', () => {
    const r = toSeasonAnalysis(SEASON_ANALYSIS);
    expect(r).toMatchObject({ seasonId: 'true-autumn', seasonName: 'True Autumn', confidence: 0.14, runnerUp: 'true-spring', scores: { 'true-autumn': 0.46, 'true-spring': 0.35, 'light-spring': 0.16 } });
    expect(r.palette?.wear[0].name).toBe('Clay');
  });

  it('read a colour match, with the colour to avoid it is closer to', () => {
    expect(toColorMatch(COLOR_MATCH, '#556b2f')).toEqual({
      hex: '#556b2f',
      verdict: 'wear',
      score: 81.59,
      deltaE: 7.65,
      nearest: { hex: '#5d7950', name: 'Fern Green', note: 'core colour' },
      penalised: false,
      nearestAvoid: { hex: '#a09900', name: 'Dark Khaki', note: "Bright and cool, like Bright Winter's colours, fight Soft Autumn's soft and warm colouring" },
      avoidDeltaE: 24.02,
      explanation: 'Close to Fern Green in your palette (ΔE00 7.7)',
    });
    const second = { ...COLOR_MATCH, results: [{ ...COLOR_MATCH.results[1], index: 0 }] };
    expect(toColorMatch(second, '#ff00ff')).toMatchObject({ verdict: 'avoid', penalised: true, nearestAvoid: { name: 'Orchid' }, avoidDeltaE: 8.15 });
  });
});

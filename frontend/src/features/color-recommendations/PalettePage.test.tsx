import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { toAnalysis } from '../skin-analysis/analysisApi';
import { SAMPLE_ANALYSIS } from '../../test/fixtures';
import { PalettePage } from './PalettePage';

const PALETTE = {
  season: 'true-autumn',
  seasonName: 'True Autumn',
  personalised: false,
  description: 'Warm, rich and earthy.',
  wearable: [
    { name: 'Rust', hex: '#b7410e' },
    { name: 'Olive', hex: '#708238' },
  ],
  neutrals: [{ name: 'Camel', hex: '#c19a6b' }],
  accents: [{ name: 'Teal', hex: '#008080' }],
  metals: [{ name: 'Gold', hex: '#d4af37' }, { name: 'Copper', hex: '#b87333' }],
  avoid: [{ name: 'Icy pink', hex: '#f8d7e3' }],
};

const localAnalysis = {
  analysis: { current: { analysis: toAnalysis(SAMPLE_ANALYSIS), photo: { dataUrl: 'data:image/jpeg;base64,AAAA', width: 450, height: 550 } }, upload: { phase: 'done' as const, loaded: 0, total: 0 } },
};

describe('PalettePage', () => {
  it('shows the season palette for an anonymous visitor with a result, and drapes it', async () => {
    const calls = mockFetch([
      { path: '/api/v1/seasons/true-autumn/palette', body: PALETTE },
      { path: '/api/v1/seasons', body: [{ id: 'true-autumn', name: 'True Autumn', family: 'autumn' }] },
    ]);
    renderWithProviders(<PalettePage />, { preloadedState: localAnalysis });
    expect(await screen.findByRole('heading', { name: 'Your palette: True Autumn' })).toBeInTheDocument();
    const wear = screen.getByRole('list', { name: 'Colours to wear' });
    expect(within(wear).getByRole('button', { name: /^Rust\W+#b7410e\W+Copy hex code$/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Metals' })).toHaveTextContent('Gold');
    expect(screen.getByRole('list', { name: 'Colours to avoid near your face' })).toHaveTextContent('#f8d7e3');
    const drapes = screen.getByRole('list', { name: /Draping/ });
    expect(within(drapes).getByRole('img', { name: 'Your face draped in Rust, a colour to wear' })).toBeInTheDocument();
    expect(within(drapes).getByRole('img', { name: 'Your face draped in Icy pink, a colour to avoid' })).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/v1/palettes/me')).toBe(false);
  });

  it('uses the saved palette when signed in without a local result', async () => {
    mockFetch([
      { path: '/api/v1/palettes/me', body: { id: 'p-1', analysisId: 'a-1', season: 'true-autumn', seasonName: 'True Autumn', confidence: 0.7, explanation: 'Warm and muted.', createdAt: '2025-11-25T10:00:00Z', palette: PALETTE } },
      { path: '/api/v1/seasons', body: [] },
    ]);
    renderWithProviders(<PalettePage />, { preloadedState: signedInState() });
    expect(await screen.findByRole('heading', { name: 'Your palette: True Autumn' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take a photo' })).toBeInTheDocument();
  });

  it('copies a hex code and says so', async () => {
    mockFetch([
      { path: '/api/v1/seasons/true-autumn/palette', body: PALETTE },
      { path: '/api/v1/seasons', body: [] },
    ]);
    // user-event provides the clipboard (as a browser would).
    const user = userEvent.setup();
    renderWithProviders(<PalettePage />, { preloadedState: localAnalysis });
    await user.click(await screen.findByRole('button', { name: /^Olive\W+#708238\W+Copy hex code$/ }));
    expect(await navigator.clipboard.readText()).toBe('#708238');
    expect(await screen.findByText('Copied #708238')).toBeInTheDocument();
  });

  it('asks for an analysis first when there is nothing to show', async () => {
    mockFetch([{ path: '/api/v1/seasons', body: [] }]);
    renderWithProviders(<PalettePage />);
    expect(await screen.findByRole('heading', { name: 'Find your season first' })).toBeInTheDocument();
  });

  it('explains a failed load', async () => {
    mockFetch([
      { path: '/api/v1/seasons/true-autumn/palette', status: 503, body: { type: 'https://aifashion.io/problems/service-unavailable', title: 'x', status: 503 } },
      { path: '/api/v1/seasons', body: [] },
    ]);
    renderWithProviders(<PalettePage />, { preloadedState: localAnalysis });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your palette');
  });
});

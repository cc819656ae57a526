import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders } from '../../test/utils';
import { toAnalysis } from './analysisApi';
import { SAMPLE_ANALYSIS } from '../../test/fixtures';
import { FaceDetails, ResultPage } from './ResultPage';

// The ten tones of `GET /monk-scale` (the shared fixture keeps only three).
const MONK = ['#f6ede4', '#f3e7db', '#f7ead0', '#eadaba', '#d7bd96', '#a07e56', '#825c43', '#604134', '#3a312a', '#292420'].map((hex, i) => ({ tone: i + 1, hex, lab: { l: 50, a: 0, b: 0 } }));

function setup(route = `/results/${SAMPLE_ANALYSIS.id}`) {
  mockFetch([{ path: '/api/v1/monk-scale', body: { name: 'Monk Skin Tone Scale', tones: MONK } }]);
  return renderWithProviders(<ResultPage />, {
    route,
    path: '/results/:id',
    preloadedState: {
      analysis: {
        current: { analysis: toAnalysis(SAMPLE_ANALYSIS), photo: { dataUrl: 'data:image/jpeg;base64,AAAA', width: 450, height: 550 } },
        upload: { phase: 'done', loaded: 0, total: 0 },
      },
    },
  });
}

describe('ResultPage', () => {
  it('shows the season with its explanation and confidence', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Soft Autumn' })).toBeInTheDocument();
    expect(screen.getByText(/your colouring reads slightly soft and slightly warm/)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Season confidence' })).toHaveAttribute('aria-valuenow', '30');
    expect(screen.getByText(/Also close: True Autumn/)).toBeInTheDocument();
  });

  it('marks the person on the ten Monk swatches', async () => {
    setup();
    const scale = await screen.findByRole('list', { name: /Monk Skin Tone scale/ });
    const items = within(scale).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[4]).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Your skin is closest to tone 5 of 10.')).toBeInTheDocument();
  });

  it('lists undertone, ITA, Fitzpatrick type, hair, eyes, contrast, the light and the timing', () => {
    setup();
    expect(screen.getByText('Warm')).toBeInTheDocument();
    expect(screen.getByText('40.1°', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('III')).toBeInTheDocument();
    expect(screen.getByText('10000 K', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('#766141')).toBeInTheDocument();
    expect(screen.getByText('#837863')).toBeInTheDocument();
    expect(screen.getByText('Medium')).toBeInTheDocument();
    expect(screen.getByTestId('analysis-meta')).toHaveTextContent('Colours corrected for the light by ΔE00 2.4. Analysed in 307 ms.');
  });

  it('leaves out a colour correction too small to mention', () => {
    const a = toAnalysis({ ...SAMPLE_ANALYSIS, illuminant: { ...SAMPLE_ANALYSIS.illuminant, correctionDeltaE: 0.0 } });
    renderWithProviders(<FaceDetails face={a.faces[0]} illuminant={a.illuminant} timings={a.timings} />);
    expect(screen.getByTestId('analysis-meta')).toHaveTextContent(/^Analysed in 307 ms\.$/);
  });

  it('draws the face box over a photo frame with a reserved size', () => {
    setup();
    const frame = screen.getByTestId('result-photo');
    expect(frame.style.aspectRatio).toBe('450 / 550');
    const box = screen.getAllByTestId('face-box')[0];
    expect(box).toHaveAttribute('x', '64');
    expect(box).toHaveAttribute('width', '271');
  });

  it('invites a first analysis when there is none', () => {
    renderWithProviders(<ResultPage />, { route: '/results/latest', path: '/results/:id' });
    expect(screen.getByRole('link', { name: 'Find my colours' })).toHaveAttribute('href', '/analyze');
  });
});

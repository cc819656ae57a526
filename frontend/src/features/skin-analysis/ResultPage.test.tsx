import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders } from '../../test/utils';
import { toAnalysis } from './analysisApi';
import { SAMPLE_ANALYSIS } from '../../test/fixtures';
import { ResultPage } from './ResultPage';

const MONK = ['#f6ede4', '#f3e7db', '#f7ead0', '#eadaba', '#d7bd96', '#a07e56', '#825c43', '#604134', '#3a312a', '#292420'].map((hex, i) => ({ index: i + 1, hex }));

function setup(route = '/results/a-1') {
  mockFetch([{ path: '/api/v1/monk-scale', body: { name: 'Monk Skin Tone', tones: MONK.map((t) => ({ tone: t.index, hex: t.hex })) } }]);
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
    expect(screen.getByRole('heading', { name: 'True Autumn' })).toBeInTheDocument();
    expect(screen.getByText('Warm, muted and medium-deep.')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Season confidence' })).toHaveAttribute('aria-valuenow', '72');
  });

  it('marks the person on the ten Monk swatches', async () => {
    setup();
    const scale = await screen.findByRole('list', { name: /Monk Skin Tone scale/ });
    const items = within(scale).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[4]).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Your skin is closest to tone 5 of 10.')).toBeInTheDocument();
  });

  it('lists undertone, ITA, hair, eyes and contrast', () => {
    setup();
    expect(screen.getByText('Warm')).toBeInTheDocument();
    expect(screen.getByText('25.8°', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('5400 K', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('#2b1d16')).toBeInTheDocument();
    expect(screen.getByText('#4a3426')).toBeInTheDocument();
    expect(screen.getByText('Medium')).toBeInTheDocument();
  });

  it('draws the face box over a photo frame with a reserved size', () => {
    setup();
    const frame = screen.getByTestId('result-photo');
    expect(frame.style.aspectRatio).toBe('450 / 550');
    const box = screen.getAllByTestId('face-box')[0];
    expect(box).toHaveAttribute('x', '120');
    expect(box).toHaveAttribute('width', '210');
  });

  it('invites a first analysis when there is none', () => {
    renderWithProviders(<ResultPage />, { route: '/results/latest', path: '/results/:id' });
    expect(screen.getByRole('link', { name: 'Find my colours' })).toHaveAttribute('href', '/analyze');
  });
});

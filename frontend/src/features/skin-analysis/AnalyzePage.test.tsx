import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { installFakeXhr } from '../../test/fakeXhr';
import { renderWithProviders } from '../../test/utils';
import { AnalyzePage } from './AnalyzePage';
import { RETAKE_ANALYSIS, SAMPLE_ANALYSIS } from '../../test/fixtures';

function setup() {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:photo'), revokeObjectURL: vi.fn() }));
  return renderWithProviders(<AnalyzePage />, {
    route: '/analyze',
    path: '/analyze',
    routes: [{ path: '/results/:id', element: <p>Result page</p> }],
  });
}

async function choosePhoto(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Upload a photo' }));
  await user.upload(screen.getByTestId('photo-input'), new File(['jpeg'], 'me.jpg', { type: 'image/jpeg' }));
}

describe('AnalyzePage', () => {
  it('offers camera and upload, with the camera first', () => {
    setup();
    expect(screen.getByRole('tab', { name: 'Use the camera' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Start camera' })).toBeInTheDocument();
  });

  it('uploads a photo, shows progress, and opens the result', async () => {
    installFakeXhr(() => ({ status: 201, body: SAMPLE_ANALYSIS }));
    const user = userEvent.setup();
    const { store } = setup();
    await choosePhoto(user);
    expect(screen.getByRole('img', { name: 'Your chosen photo' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Analyse my colours' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(await screen.findByText('Result page')).toBeInTheDocument();
    expect(store.getState().analysis.current?.analysis.id).toBe(SAMPLE_ANALYSIS.id);
  });

  it('explains a retake answer with what to change', async () => {
    installFakeXhr(() => ({ status: 201, body: { ...RETAKE_ANALYSIS, retake: { reason: 'too-dark', message: 'The photo is too dark to measure skin colour.' } } }));
    const user = userEvent.setup();
    setup();
    await choosePhoto(user);
    await user.click(screen.getByRole('button', { name: 'Analyse my colours' }));
    expect(await screen.findByRole('heading', { name: 'The photo is too dark' })).toBeInTheDocument();
    expect(screen.getByText(/Face a window with daylight/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Take or choose another photo' }));
    expect(screen.getByRole('tablist')).toBeInTheDocument();
  });

  it('shows a problem in plain words with a retry', async () => {
    installFakeXhr(() => ({ status: 503, body: { type: 'https://aifashion.io/problems/service-unavailable', title: 'Service unavailable', status: 503 } }));
    const user = userEvent.setup();
    setup();
    await choosePhoto(user);
    await user.click(screen.getByRole('button', { name: 'Analyse my colours' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not analyse your photo');
    expect(alert).toHaveTextContent('not available right now');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument());
  });

  it('shows a 422 unprocessable image as a problem, not as a retake', async () => {
    installFakeXhr(() => ({ status: 422, body: { type: 'https://aifashion.io/problems/unprocessable-image', title: 'Image not processable', status: 422, detail: 'The image has more than 40 megapixels.', reason: 'too-many-pixels' } }));
    const user = userEvent.setup();
    setup();
    await choosePhoto(user);
    await user.click(screen.getByRole('button', { name: 'Analyse my colours' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not analyse that photo');
    expect(screen.queryByRole('heading', { name: 'We could not find a face' })).not.toBeInTheDocument();
  });
});

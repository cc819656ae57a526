import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { ProfilePage } from './ProfilePage';

const ME = {
  id: 'u-1',
  email: 'ada@example.com',
  displayName: 'Ada',
  createdAt: '2025-01-02T10:00:00Z',
  emailVerified: true,
  roles: ['USER'],
  preferences: { gender: 'female', sizes: ['INT:M', 'EU-SHOE:39'], budget: { min: 20, max: 120, currency: 'EUR' }, favouriteColors: ['#b7410e', 'Navy Blue'], dislikedColors: [], styleTags: ['minimalist'] },
  consent: { storePhotos: false, emails: true, push: true },
};

function routes(extra: Parameters<typeof mockFetch>[0] = []) {
  return mockFetch([
    { path: '/api/v1/users/me', body: ME },
    {
      path: '/api/v1/analyses',
      body: { items: [{ id: 'a-1', createdAt: '2025-11-25T10:00:00Z', result: { width: 450, height: 550, faces: [{ box: { x: 1, y: 2, width: 3, height: 4 }, skin: { monkTone: 5, skinHex: '#c68863', season: { id: 'deep-autumn', name: 'Deep Autumn', confidence: 0.6 } } }], warnings: [], retake: null } }], nextCursor: null },
    },
    ...extra,
  ]);
}

describe('ProfilePage', () => {
  it('edits preferences and sends them as a PATCH', async () => {
    const calls = routes([{ method: 'PATCH', path: '/api/v1/users/me', reply: async (req) => new Response(JSON.stringify({ ...ME, ...(await req.json()) }), { headers: { 'Content-Type': 'application/json' } }) }]);
    const user = userEvent.setup();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    const budget = await screen.findByLabelText('Up to');
    expect(screen.getByLabelText('Letter size')).toHaveValue('M');
    expect(screen.getByLabelText('Shoe size')).toHaveValue('39');
    await user.clear(budget);
    await user.type(budget, '90');
    await user.selectOptions(screen.getByLabelText('Clothing size system'), 'UK');
    await user.type(screen.getByLabelText('Clothing size'), '12');
    await user.type(screen.getByLabelText('Add a style'), 'Smart  Casual');
    await user.click(screen.getByRole('button', { name: 'Add style' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('Content-Type')).toBe('application/merge-patch+json');
    const body = JSON.parse(patch.body!);
    expect(body.preferences).toEqual({
      gender: 'female',
      sizes: ['INT:M', 'UK:12', 'EU-SHOE:39'],
      budget: { min: 20, max: 90, currency: 'EUR' },
      favouriteColors: ['#b7410e', 'Navy Blue'],
      dislikedColors: [],
      styleTags: ['minimalist', 'smart casual'],
    });
  });

  it('lists the analysis history', async () => {
    routes();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    const history = await screen.findByRole('heading', { name: 'Analysis history' });
    const link = await within(history.closest('section')!).findByRole('link', { name: /Deep Autumn · Monk 5/ });
    expect(link).toHaveAttribute('href', '/results/a-1');
  });

  it('saves a consent change at once', async () => {
    const calls = routes([{ method: 'PATCH', path: '/api/v1/users/me', reply: () => new Response(JSON.stringify({ ...ME, consent: { ...ME.consent, storePhotos: true } }), { headers: { 'Content-Type': 'application/json' } }) }]);
    const user = userEvent.setup();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    const box = await screen.findByRole('checkbox', { name: /Keep my photos/ });
    expect(box).not.toBeChecked();
    await user.click(box);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Keep my photos/ })).toBeChecked());
    expect(JSON.parse(calls.find((c) => c.method === 'PATCH')!.body!)).toEqual({ consent: { storePhotos: true } });
  });

  it('shows a consent change at once and switches it back, saying why, when the save fails', async () => {
    let answer!: (r: Response) => void;
    routes([{ method: 'PATCH', path: '/api/v1/users/me', reply: () => new Promise<Response>((resolve) => (answer = resolve)) }]);
    const user = userEvent.setup();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    const box = await screen.findByRole('checkbox', { name: /Keep my photos/ });
    await user.click(box);
    // Checked while the server has not answered yet.
    await waitFor(() => expect(answer).toBeDefined());
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Keep my photos/ })).toBeChecked());
    answer(new Response(JSON.stringify({ type: 'https://aifashion.io/problems/service-unavailable', title: 'Service Unavailable', status: 503 }), { status: 503, headers: { 'Content-Type': 'application/problem+json' } }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Keep my photos/ })).not.toBeChecked());
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not save “Keep my photos”, so it is off again');
  });

  it('exports my data as a download', async () => {
    routes([{ path: '/api/v1/users/me/export', reply: () => new Response('{"profile":{}}', { headers: { 'Content-Type': 'application/json' } }) }]);
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    await user.click(await screen.findByRole('button', { name: 'Export my data' }));
    expect(await screen.findByText('Your download has started.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
  });

  it('deletes the account only after typing the confirmation word', async () => {
    const calls = routes([{ method: 'DELETE', path: '/api/v1/users/me', status: 204, body: undefined }]);
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
    const user = userEvent.setup();
    const { store } = renderWithProviders(<ProfilePage />, { preloadedState: signedInState(), routes: [{ path: '/signin', element: <p>Sign-in page</p> }] });
    await user.click(await screen.findByRole('button', { name: 'Delete my account…' }));
    const confirm = screen.getByRole('button', { name: 'Delete everything', hidden: true });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText('Type DELETE to confirm', { selector: 'input' }), 'DELETE');
    await user.click(confirm);
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
    expect(store.getState().auth.accessToken).toBeNull();
  });
});

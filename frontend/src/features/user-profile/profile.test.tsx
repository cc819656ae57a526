import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { ProfilePage } from './ProfilePage';
import { ANALYSIS_HISTORY, ME as CAPTURED_ME, PROFILE_PROBLEM } from '../../test/fixtures';
import { toMe } from './profileApi';

/** The captured profile, with the preferences these tests edit. */
const ME = {
  ...CAPTURED_ME,
  preferences: { gender: 'female', sizes: ['INT:M', 'EU-SHOE:39'], budget: { min: 20, max: 120, currency: 'EUR' }, favouriteColors: ['#b7410e', 'Navy Blue'], dislikedColors: [], styleTags: ['minimalist'] },
  consent: { storePhotos: false, emails: true, push: true },
};

function routes(extra: Parameters<typeof mockFetch>[0] = []) {
  return mockFetch([
    { path: '/api/v1/users/me', body: ME },
    { path: '/api/v1/analyses', body: ANALYSIS_HISTORY },
    ...extra,
  ]);
}

describe('toMe', () => {
  it('reads the profile exactly as the auth service sends it', () => {
    expect(toMe(CAPTURED_ME)).toEqual({
      id: '7739e86b-db20-438c-a67b-ccfa36b0d317',
      email: 'fe-1795620392@example.com',
      displayName: 'Fe Tester',
      emailVerified: false,
      roles: ['USER'],
      createdAt: '2026-11-25T15:26:32.634348Z',
      updatedAt: '2026-11-25T15:26:36.851556Z',
      preferences: { gender: 'female', sizes: ['INT:M', 'EU:38'], budget: { min: 10, max: 200, currency: 'EUR' }, favouriteColors: ['#556b2f', 'Navy Blue'], dislikedColors: [], styleTags: ['casual'] },
      consent: { storePhotos: true, emails: false, push: false },
    });
  });
});

describe('ProfilePage', () => {
  // Types into five fields: over the default 5 s on a loaded machine (load average 25), hence 20 s.
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
  }, 20_000);

  it('lists the analysis history', async () => {
    routes();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    const history = await screen.findByRole('heading', { name: 'Analysis history' });
    const link = await within(history.closest('section')!).findByRole('link', { name: /Soft Autumn · Monk 5/ });
    expect(link).toHaveAttribute('href', `/results/${ANALYSIS_HISTORY.items[0].id}`);
    expect(screen.getByRole('button', { name: /Older|More|Next/ })).toBeInTheDocument();
  });

  it('shows each field the service rejected next to its field', async () => {
    routes([{ method: 'PATCH', path: '/api/v1/users/me', status: 400, body: PROFILE_PROBLEM }]);
    const user = userEvent.setup();
    renderWithProviders(<ProfilePage />, { preloadedState: signedInState() });
    await screen.findByLabelText('Up to');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText("may contain only letters, digits, spaces and . ' -", { selector: '.error-text' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText(/has an unknown size system/).some((e) => e.classList.contains('error-text'))).toBe(true);
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

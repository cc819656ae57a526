import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeJwt, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { LOGIN_PROBLEM, REGISTERED, REGISTER_PROBLEM, TOKENS } from '../../test/fixtures';
import { SignInPage, safeNext } from './SignInPage';
import { SignUpPage } from './SignUpPage';

describe('SignInPage', () => {
  it('signs in, keeps the session and goes where it was asked to', async () => {
    const token = fakeJwt({ sub: 'u-1', roles: ['USER'] });
    const calls = mockFetch([{ method: 'POST', path: '/api/v1/auth/login', body: { ...TOKENS, accessToken: token } }]);
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SignInPage />, { route: '/signin?next=/profile', path: '/signin', routes: [{ path: '/profile', element: <p>Profile page</p> }] });
    await user.type(screen.getByLabelText('E-mail'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Profile page')).toBeInTheDocument();
    expect(JSON.parse(calls[0].body!)).toEqual({ email: 'ada@example.com', password: 'correct horse' });
    expect(store.getState().auth.accessToken).toBe(token);
    expect(sessionStorage.getItem('aifashion.refreshToken')).toBe(TOKENS.refreshToken);
    expect(store.getState().auth.user).toEqual({ id: 'u-1', roles: ['USER'] });
  });

  it('explains wrong credentials in plain words', async () => {
    mockFetch([{ method: 'POST', path: '/api/v1/auth/login', status: 401, body: LOGIN_PROBLEM }]);
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, { route: '/signin', path: '/signin' });
    await user.type(screen.getByLabelText('E-mail'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not right');
  });

  it('offers to continue without an account', () => {
    renderWithProviders(<SignInPage />, { route: '/signin', path: '/signin' });
    expect(screen.getByRole('link', { name: 'Continue without an account' })).toHaveAttribute('href', '/analyze');
  });

  it('only follows same-app next links', () => {
    expect(safeNext('/shop')).toBe('/shop');
    expect(safeNext('//evil.example')).toBe('/analyze');
    expect(safeNext('https://evil.example')).toBe('/analyze');
  });
});

describe('SignUpPage', () => {
  it('registers, then signs in', async () => {
    const calls = mockFetch([
      { method: 'POST', path: '/api/v1/auth/register', status: 202, body: REGISTERED },
      { method: 'POST', path: '/api/v1/auth/login', body: { ...TOKENS, accessToken: fakeJwt({ sub: 'u-2', roles: ['USER'] }) } },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<SignUpPage />, { route: '/signup', path: '/signup', routes: [{ path: '/analyze', element: <p>Analyse page</p> }] });
    await user.type(screen.getByLabelText('Your name'), 'Bo');
    await user.type(screen.getByLabelText('E-mail'), 'bo@example.com');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Analyse page')).toBeInTheDocument();
    expect(JSON.parse(calls[0].body!)).toEqual({ email: 'bo@example.com', password: 'a long passphrase', displayName: 'Bo' });
  });

  it('asks to confirm the e-mail when sign-in needs it', async () => {
    mockFetch([
      { method: 'POST', path: '/api/v1/auth/register', status: 202, body: REGISTERED },
      { method: 'POST', path: '/api/v1/auth/login', status: 403, body: problem(403, 'email-not-verified') },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<SignUpPage />, { route: '/signup', path: '/signup' });
    await user.type(screen.getByLabelText('Your name'), 'Bo');
    await user.type(screen.getByLabelText('E-mail'), 'bo@example.com');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Check your e-mail' })).toBeInTheDocument();
  });

  it('shows field errors from the service next to the field', async () => {
    mockFetch([
      { method: 'POST', path: '/api/v1/auth/register', status: 400, body: REGISTER_PROBLEM },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<SignUpPage />, { route: '/signup', path: '/signup' });
    await user.type(screen.getByLabelText('Your name'), 'Bo');
    await user.type(screen.getByLabelText('E-mail'), 'bo@x');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    // The field is there from the start; wait for the service's answer to mark it.
    await waitFor(() => expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('must be an e-mail address such as name@example.com', { selector: '.error-text' })).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('is required', { selector: '.error-text' })).toBeInTheDocument();
  });
});

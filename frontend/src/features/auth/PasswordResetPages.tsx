import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldMessage, friendlyError } from '../../shared/api/problem';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { useConfirmPasswordResetMutation, useRequestPasswordResetMutation } from './authApi';
import { MIN_PASSWORD } from './SignUpPage';

/** Asks for a reset link (the answer never says whether the address has an account). */
export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [request, { isLoading, isSuccess, error }] = useRequestPasswordResetMutation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (email.trim()) void request({ email: email.trim() });
  };
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Reset your password</h1>
        <p className="lede">We will e-mail you a link to choose a new password.</p>
      </header>
      {isSuccess ? (
        <div className="card" role="status">
          <p>If an account uses {email}, a link is on its way to it. It works for 30 minutes.</p>
          <Link to="/signin">Back to sign in</Link>
        </div>
      ) : (
        <form className="card" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="forgot-email">E-mail</label>
            <input id="forgot-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          {error && <ErrorMessage error={error} compact />}
          <div className="form-actions">
            <button type="submit" className="btn btn--primary" disabled={isLoading || !email.trim()}>
              {isLoading ? 'Sending…' : 'Send the link'}
            </button>
            <Link to="/signin">Back to sign in</Link>
          </div>
        </form>
      )}
    </div>
  );
}

/** The page the reset e-mail links to: `/reset-password?token=…`. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, { isLoading, error }] = useConfirmPasswordResetMutation();
  const f = error ? friendlyError(error) : null;
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (tooShort || !token) return;
    const result = await confirm({ token, newPassword: password });
    if ('data' in result) navigate('/signin?notice=password-reset', { replace: true });
  };
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Choose a new password</h1>
      </header>
      {!token ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">This link is incomplete</p>
          <p>
            Open the link from the e-mail again, or <Link to="/forgot-password">ask for a new one</Link>.
          </p>
        </div>
      ) : (
        <form className="card" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="reset-password">New password</label>
            <input
              id="reset-password"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-describedby="reset-password-hint"
              aria-invalid={tooShort || fieldMessage(f, 'newPassword') ? true : undefined}
            />
            <span id="reset-password-hint" className={tooShort ? 'error-text' : 'hint'}>
              At least {MIN_PASSWORD} characters.
            </span>
            {fieldMessage(f, 'newPassword') && <span className="error-text">{fieldMessage(f, 'newPassword')}</span>}
          </div>
          {error && <ErrorMessage error={error} compact />}
          {f?.slug === 'invalid-reset-token' && <Link to="/forgot-password">Ask for a new link</Link>}
          <div className="form-actions">
            <button type="submit" className="btn btn--primary" disabled={isLoading || !password || tooShort}>
              {isLoading ? 'Saving…' : 'Save new password'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

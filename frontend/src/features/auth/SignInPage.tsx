import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldMessage, friendlyError } from '../../shared/api/problem';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { useLoginMutation } from './authApi';
import { ResendLink } from './ResendLink';

/** Only same-app paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null, fallback = '/analyze'): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [login, { isLoading, error }] = useLoginMutation();
  const f = error ? friendlyError(error) : null;
  const notice = params.get('notice');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await login({ email: email.trim(), password });
    if ('data' in result) navigate(safeNext(params.get('next')), { replace: true });
  };

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <p className="eyebrow">Welcome back</p>
        <h1>Sign in</h1>
        <p className="lede">Your palette, history and recommendations, wherever you left them.</p>
      </header>
      {notice === 'verified' && (
        <div className="alert alert--success" role="status">
          <p className="alert__title">E-mail confirmed</p>
          <p>Thank you. You can sign in now.</p>
        </div>
      )}
      {notice === 'password-reset' && (
        <div className="alert alert--success" role="status">
          <p className="alert__title">Password changed</p>
          <p>Sign in with your new password.</p>
        </div>
      )}
      {notice === 'deleted' && (
        <div className="alert alert--success" role="status">
          <p className="alert__title">Your account has been deleted</p>
          <p>Your profile, photos and history are gone. Thank you for trying AI-Fashion.</p>
        </div>
      )}
      <form className="card" onSubmit={submit} noValidate aria-describedby={f ? 'signin-error' : undefined}>
        <div className="field">
          <label htmlFor="signin-email">E-mail</label>
          <input
            id="signin-email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={fieldMessage(f, 'email') ? true : undefined}
          />
          {fieldMessage(f, 'email') && <span className="error-text">{fieldMessage(f, 'email')}</span>}
        </div>
        <div className="field">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <label htmlFor="signin-password">Password</label>
            <Link className="small" to={`/forgot-password${email ? `?email=${encodeURIComponent(email)}` : ''}`}>
              Forgot your password?
            </Link>
          </div>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={fieldMessage(f, 'password') ? true : undefined}
          />
        </div>
        {error && (
          <div id="signin-error">
            <ErrorMessage error={error} compact />
            {f?.slug === 'email-not-verified' && (
              <div className="form-actions">
                <ResendLink email={email.trim()} />
                <Link className="small" to={`/verify?email=${encodeURIComponent(email)}`}>
                  Enter your confirmation code
                </Link>
              </div>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={isLoading || !email || !password}>
            {isLoading ? 'Signing in…' : 'Sign in'}
          </button>
          <Link to={`/signup${params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : ''}`}>Create an account</Link>
        </div>
      </form>
      <div className="card section">
        <h2 className="h3">No account needed to start</h2>
        <p className="muted">Find your colours without signing up. Nothing is saved to an account; your photo stays in this browser tab.</p>
        <Link className="btn" to="/analyze">
          Continue without an account
        </Link>
      </div>
    </div>
  );
}

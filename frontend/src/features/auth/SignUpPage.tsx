import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldMessage, friendlyError } from '../../shared/api/problem';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { useLoginMutation, useRegisterMutation } from './authApi';
import { ResendLink } from './ResendLink';
import { safeNext } from './SignInPage';

export const MIN_PASSWORD = 12;

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [register, reg] = useRegisterMutation();
  const [login, log] = useLoginMutation();
  const [needsVerification, setNeedsVerification] = useState(false);
  const error = reg.error ?? (log.error && friendlyError(log.error).slug !== 'email-not-verified' ? log.error : undefined);
  const f = error ? friendlyError(error) : null;
  const busy = reg.isLoading || log.isLoading;
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (tooShort) return;
    const created = await register({ email: email.trim(), password, displayName: displayName.trim() });
    if (!('data' in created)) return;
    // 202 pending-verification, the same for a new and a taken address: signing in tells them apart
    // (403 email-not-verified until the e-mailed link is opened, unless verification is switched off).
    const signedIn = await login({ email: email.trim(), password });
    if ('data' in signedIn) {
      navigate(safeNext(params.get('next')), { replace: true });
    } else if (friendlyError(signedIn.error).slug === 'email-not-verified' || friendlyError(signedIn.error).status === 403) {
      setNeedsVerification(true);
    }
  };

  if (needsVerification) {
    return (
      <div className="page page--narrow">
        <header className="page-header">
          <p className="eyebrow">Almost there</p>
          <h1>Check your e-mail</h1>
        </header>
        <div className="card" role="status">
          <p>
            We sent a confirmation link to <strong>{email}</strong>. Open it to finish creating your account, or paste the code
            from the e-mail on the confirmation page.
          </p>
          <p className="small muted">The link works for 24 hours. Nothing arrived? Check your spam folder, or send a new link.</p>
          <div className="form-actions">
            <ResendLink email={email} />
            <Link to={`/verify?email=${encodeURIComponent(email)}`}>I have a code</Link>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <p className="eyebrow">Join AI-Fashion</p>
        <h1>Create an account</h1>
        <p className="lede">Keep your palette and analysis history, and get recommendations that learn what you like.</p>
      </header>
      <form className="card" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="signup-name">Your name</label>
          <input id="signup-name" type="text" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} aria-invalid={fieldMessage(f, 'displayName') ? true : undefined} />
          {fieldMessage(f, 'displayName') && <span className="error-text">{fieldMessage(f, 'displayName')}</span>}
        </div>
        <div className="field">
          <label htmlFor="signup-email">E-mail</label>
          <input id="signup-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={fieldMessage(f, 'email') ? true : undefined} />
          {fieldMessage(f, 'email') && <span className="error-text">{fieldMessage(f, 'email')}</span>}
        </div>
        <div className="field">
          <label htmlFor="signup-password">Password</label>
          <input
            id="signup-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby="signup-password-hint"
            aria-invalid={tooShort || fieldMessage(f, 'password') ? true : undefined}
          />
          <span id="signup-password-hint" className={tooShort ? 'error-text' : 'hint'}>
            At least {MIN_PASSWORD} characters. A short sentence is easy to remember and hard to guess.
          </span>
          {fieldMessage(f, 'password') && <span className="error-text">{fieldMessage(f, 'password')}</span>}
        </div>
        {error && <ErrorMessage error={error} compact />}
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy || !email || !password || !displayName || tooShort}>
            {busy ? 'Creating your account…' : 'Create account'}
          </button>
          <Link to="/signin">I already have an account</Link>
        </div>
        <p className="small muted section">
          By creating an account you agree that we store your e-mail, name and preferences. Photos are kept only if you allow it
          in your profile. You can export or delete everything at any time.
        </p>
      </form>
      <p className="section">
        <Link to="/analyze">Continue without an account</Link>
      </p>
    </div>
  );
}

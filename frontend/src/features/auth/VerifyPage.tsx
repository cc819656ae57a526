import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { useVerifyEmailMutation } from './authApi';
import { ResendLink } from './ResendLink';

/** The page the confirmation e-mail links to (`/verify?token=…`); also accepts a pasted code. */
export function VerifyPage() {
  useDocumentTitle('Confirm your e-mail');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [token, setToken] = useState(params.get('token') ?? '');
  const [verify, { isLoading, error }] = useVerifyEmailMutation();
  const email = params.get('email') ?? '';
  const autoSubmitted = useRef(false);

  const run = async (value: string) => {
    const result = await verify({ token: value.trim() });
    if ('data' in result) navigate(`/signin?notice=verified${email ? `&email=${encodeURIComponent(email)}` : ''}`, { replace: true });
  };

  useEffect(() => {
    const fromLink = params.get('token');
    if (fromLink && !autoSubmitted.current) {
      autoSubmitted.current = true;
      void run(fromLink);
    }
    // Runs once: the link's token is submitted on arrival.
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (token.trim()) void run(token);
  };

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Confirm your e-mail</h1>
        <p className="lede">Paste the code from the e-mail we sent{email ? ` to ${email}` : ''}.</p>
      </header>
      <form className="card" onSubmit={submit}>
        <div className="field">
          <label htmlFor="verify-token">Confirmation code</label>
          <input id="verify-token" type="text" autoComplete="one-time-code" required value={token} onChange={(e) => setToken(e.target.value)} />
        </div>
        {isLoading && <Loading label="Confirming…" />}
        {error && <ErrorMessage error={error} />}
        {error && email && (
          <div className="form-actions">
            <ResendLink email={email} />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={isLoading || !token.trim()}>
            Confirm
          </button>
          <Link to="/signin">Back to sign in</Link>
        </div>
      </form>
    </div>
  );
}

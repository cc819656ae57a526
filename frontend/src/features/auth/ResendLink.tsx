import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useResendVerificationMutation } from './authApi';

/** "Send a new link" for an unconfirmed e-mail address (the answer is the same whether or not it is registered). */
export function ResendLink({ email }: { email: string }) {
  const [resend, { isLoading, isSuccess, error }] = useResendVerificationMutation();
  return (
    <>
      <button type="button" className="btn" onClick={() => void resend({ email })} disabled={isLoading || !email}>
        {isLoading ? 'Sending…' : 'Send a new link'}
      </button>
      <span role="status" className="small" style={{ color: 'var(--success)' }}>
        {isSuccess ? `If ${email} has an account waiting, a new link is on its way.` : ''}
      </span>
      {error && <ErrorMessage error={error} compact />}
    </>
  );
}

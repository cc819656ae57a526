import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { formatDate } from '../../shared/ui/format';
import { useLogoutMutation } from '../auth/authApi';
import { useNavigate } from 'react-router';
import { AnalysisHistory } from './AnalysisHistory';
import { ConsentForm } from './ConsentForm';
import { DataControls } from './DataControls';
import { PreferencesForm } from './PreferencesForm';
import { useGetMeQuery } from './profileApi';

export function ProfilePage() {
  useDocumentTitle('Your profile');
  const { data: me, error, isLoading, refetch } = useGetMeQuery();
  const [logout, { isLoading: signingOut }] = useLogoutMutation();
  const navigate = useNavigate();
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Your account</p>
        <h1>{me ? `Hello, ${me.displayName || me.email}` : 'Your profile'}</h1>
        {me && (
          <p className="muted">
            {me.email}
            {me.createdAt ? ` · member since ${formatDate(me.createdAt).split(',')[0]}` : ''}
          </p>
        )}
        <button
          type="button"
          className="btn btn--small"
          disabled={signingOut}
          onClick={async () => {
            await logout();
            navigate('/', { replace: true });
          }}
        >
          Sign out
        </button>
      </header>
      {isLoading ? (
        <Loading label="Loading your profile…" />
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} context="We could not load your profile" />
      ) : me ? (
        <div className="stack-lg">
          <PreferencesForm key={me.id} me={me} />
          <ConsentForm me={me} />
          <AnalysisHistory />
          <DataControls />
        </div>
      ) : null}
    </div>
  );
}

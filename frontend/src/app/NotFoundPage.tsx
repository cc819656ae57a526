import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/ui/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page--narrow">
      <h1>Page not found</h1>
      <p className="lede">This page does not exist, or the link is out of date.</p>
      <Link className="btn btn--primary" to="/">
        Go to the start
      </Link>
    </div>
  );
}

import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a page fails to load (e.g. a new version was deployed while the tab was open). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="page page--narrow">
      <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p className="lede">{notFound ? 'This page does not exist.' : 'This page could not be shown. Reloading usually fixes it.'}</p>
      <div className="row">
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link className="btn" to="/">
          Go to the start
        </Link>
      </div>
    </main>
  );
}

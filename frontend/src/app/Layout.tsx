import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAppSelector } from './hooks';
import { selectIsSignedIn } from '../features/auth/authSlice';
import { useListNotificationsInfiniteQuery } from '../features/notifications/notificationsApi';
import { Toasts } from '../features/notifications/Toasts';
import { useNotificationSocket } from '../features/notifications/useNotificationSocket';

const MARK = ['#c98f6b', '#6b2f4f', '#2f5d62', '#d9b44a'];

function UnreadBadge() {
  const { data: pages } = useListNotificationsInfiniteQuery();
  const data = pages?.pages[0];
  if (!data?.unread) return null;
  return (
    <span className="badge" aria-label={`${data.unread} unread`}>
      {data.unread > 99 ? '99+' : data.unread}
    </span>
  );
}

export function Layout() {
  const signedIn = useAppSelector(selectIsSignedIn);
  const location = useLocation();
  // The phone menu belongs to the page it was opened on: it closes by itself when the page changes.
  // The page is read from the address bar when the menu is opened, not from the rendered location:
  // the router pushes the new address first and renders the new page in a transition, and a tap on
  // "Menu" in between must open the menu on the new page rather than be undone when it renders.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useNotificationSocket();

  // After client-side navigation, move focus to the new page (screen readers announce it).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo?.(0, 0);
  }, [location.pathname]);

  const close = () => setOpenOn(null);

  const links: Array<{ to: string; label: string; end?: boolean }> = [
    { to: '/analyze', label: 'Analyse' },
    { to: '/palette', label: 'Palette' },
    { to: '/shop', label: 'Shop', end: false },
    { to: '/shades', label: 'Shades' },
  ];

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label="AI-Fashion home">
            <span className="brand__mark" aria-hidden="true">
              {MARK.map((c) => (
                <span key={c} style={{ background: c }} />
              ))}
            </span>
            AI-Fashion
          </Link>
          <button type="button" className="btn btn--ghost btn--icon nav-toggle" aria-expanded={open} aria-controls="site-nav" onClick={() => setOpenOn(open ? null : window.location.pathname)}>
            <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
              {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
            </svg>
            <span className="visually-hidden">Menu</span>
          </button>
          <nav id="site-nav" className="site-nav" data-open={open} aria-label="Main">
            <ul>
              {links.map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} end={l.end} onClick={close}>
                    {l.label}
                  </NavLink>
                </li>
              ))}
              {signedIn ? (
                <>
                  <li>
                    <NavLink to="/inbox" onClick={close}>
                      Inbox <UnreadBadge />
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/profile" onClick={close}>Profile</NavLink>
                  </li>
                </>
              ) : (
                <li>
                  <NavLink to="/signin" onClick={close}>Sign in</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>AI-Fashion · colour analysis for everyone, on the Monk Skin Tone scale.</p>
          <p>Your photo is used only for your analysis. You control what is kept in your profile.</p>
        </div>
      </footer>
      <Toasts />
    </>
  );
}

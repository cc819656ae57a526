import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { RouteError } from './RouteError';

/** Pages load on demand: the first screen downloads only what it shows. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'signin', lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      { path: 'signup', lazy: () => import('../features/auth/SignUpPage').then((m) => ({ Component: m.SignUpPage })) },
      { path: 'forgot-password', lazy: () => import('../features/auth/PasswordResetPages').then((m) => ({ Component: m.ForgotPasswordPage })) },
      { path: 'reset-password', lazy: () => import('../features/auth/PasswordResetPages').then((m) => ({ Component: m.ResetPasswordPage })) },
      { path: 'verify', lazy: () => import('../features/auth/VerifyPage').then((m) => ({ Component: m.VerifyPage })) },
      { path: 'analyze', lazy: () => import('../features/skin-analysis/AnalyzePage').then((m) => ({ Component: m.AnalyzePage })) },
      { path: 'results/:id', lazy: () => import('../features/skin-analysis/ResultPage').then((m) => ({ Component: m.ResultPage })) },
      { path: 'palette', lazy: () => import('../features/color-recommendations/PalettePage').then((m) => ({ Component: m.PalettePage })) },
      { path: 'shop', lazy: () => import('../features/product-catalog/ShopPage').then((m) => ({ Component: m.ShopPage })) },
      { path: 'shop/colour', lazy: () => import('../features/product-catalog/ColorSearchPage').then((m) => ({ Component: m.ColorSearchPage })) },
      { path: 'products/:id', lazy: () => import('../features/product-catalog/ProductDetailPage').then((m) => ({ Component: m.ProductDetailPage })) },
      { path: 'shades', lazy: () => import('../features/product-catalog/ShadeFinderPage').then((m) => ({ Component: m.ShadeFinderPage })) },
      {
        path: 'profile',
        lazy: () =>
          import('../features/user-profile/ProfilePage').then((m) => ({
            Component: () => (
              <RequireAuth>
                <m.ProfilePage />
              </RequireAuth>
            ),
          })),
      },
      {
        path: 'inbox',
        lazy: () =>
          import('../features/notifications/InboxPage').then((m) => ({
            Component: () => (
              <RequireAuth>
                <m.InboxPage />
              </RequireAuth>
            ),
          })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function makeRouter() {
  return createBrowserRouter(routes);
}

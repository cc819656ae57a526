import { useEffect, useState } from 'react';
import { Provider } from 'react-redux';
import { RouterProvider } from 'react-router';
import { makeRouter } from './router';
import { makeStore, type AppStore } from './store';
import { restoreSession } from '../features/auth/restoreSession';

export function App({ store }: { store?: AppStore }) {
  const [theStore] = useState(() => store ?? makeStore());
  const [router] = useState(makeRouter);
  useEffect(() => {
    void theStore.dispatch(restoreSession());
  }, [theStore]);
  return (
    <Provider store={theStore}>
      <RouterProvider router={router} />
    </Provider>
  );
}

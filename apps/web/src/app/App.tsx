import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthProvider } from '../auth/auth';
import { RuntimeConfig, RuntimeConfigContext } from '../config/runtime-config';
import { routes } from './routes';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } } });
}

/** Everything every page relies on: run-time config, translations, server data cache, sign-in, routing. */
export function App({ config, i18n }: { config: RuntimeConfig; i18n: I18n }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <RuntimeConfigContext.Provider value={config}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider config={config.oidc}>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </RuntimeConfigContext.Provider>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadRuntimeConfig } from './config/runtime-config';
import { startI18n } from './i18n/i18n';
import './theme/tokens.css';
import './theme/layout.css';

/**
 * A page opened straight at the desk or the console (a bookmark, a reload, a sign-in's return) starts loading
 * its area's chunk and texts beside the config, instead of after the first render asked for them; the routes'
 * lazy imports then find the chunk loaded. Answers the area's translation namespaces.
 */
function preloadArea(path: string): string[] {
  if (path.startsWith('/werkbank')) {
    void import('./werkbank/WerkbankRoutes');
    return ['werkbank'];
  }
  if (path.startsWith('/beheer')) {
    void import('./werkbank/BeheerRoutes');
    return ['werkbank', 'beheer'];
  }
  return [];
}

async function start(): Promise<void> {
  const namespaces = preloadArea(window.location.pathname);
  const [config, i18n] = await Promise.all([loadRuntimeConfig(), startI18n(undefined, namespaces)]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App config={config} i18n={i18n} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = 'Loket kan nu niet starten. Probeer het later opnieuw. / Loket cannot start right now. Please try again later.';
  console.error(error);
});

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadArea } from './app/routes';
import { loadRuntimeConfig } from './config/runtime-config';
import { startI18n } from './i18n/i18n';
import './theme/tokens.css';
import './theme/layout.css';

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

import { createContext, useContext } from 'react';

/** What the gateway tells the browser at run time (GET /config.json): never a secret. */
export interface RuntimeConfig {
  oidc: { authority: string; clientId: string };
  /** `tileUrl` empty: a plain background (no internet needed); otherwise e.g. the PDOK BRT-achtergrondkaart. */
  map: { tileUrl: string; attribution: string; center: [number, number]; zoom: number };
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as RuntimeConfig;
}

export const RuntimeConfigContext = createContext<RuntimeConfig | null>(null);

export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (!config) throw new Error('useRuntimeConfig outside RuntimeConfigContext');
  return config;
}

/**
 * Which operational endpoints a service shows, and where. Outside production everything is on the service port
 * (handy for `npm run up`); with `NODE_ENV=production` nothing is shown unless configured:
 * - `LOKET_API_DOCS=on|off`: the OpenAPI page and document at /api/docs;
 * - `LOKET_METRICS=on|off|port:<n>`: Prometheus metrics on the service port, nowhere, or only on a port of their
 *   own (bind it to an internal network; `LOKET_METRICS_HOST`, default 127.0.0.1);
 * - `LOKET_TRUST_PROXY_HOPS=<n>` (default 0): how many proxies stand in front of the service (the gateway is one),
 *   so the client address (rate limits, logs) is read from X-Forwarded-For exactly that many hops back — never
 *   more, or a caller could name any address it likes.
 */
export abstract class HttpExposure {
  apiDocs!: boolean;
  trustProxyHops!: number;
  metrics!: { where: 'service-port' } | { where: 'nowhere' } | { where: 'own-port'; port: number; host: string };
}

export function httpExposureFromEnv(env: NodeJS.ProcessEnv = process.env): HttpExposure {
  const production = env['NODE_ENV'] === 'production';
  const apiDocs = onOff('LOKET_API_DOCS', env['LOKET_API_DOCS'] ?? (production ? 'off' : 'on'));
  const metricsSetting = env['LOKET_METRICS'] ?? (production ? 'off' : 'on');
  const hops = env['LOKET_TRUST_PROXY_HOPS'] ?? '0';
  if (!/^[0-5]$/.test(hops)) throw new Error(`LOKET_TRUST_PROXY_HOPS must be a number of proxies from 0 to 5, got "${hops}"`);
  const trustProxyHops = Number(hops);
  const ownPort = /^port:(\d{1,5})$/.exec(metricsSetting);
  if (ownPort) {
    const port = Number(ownPort[1]);
    if (port < 1 || port > 65535) throw new Error(`LOKET_METRICS names no port: "${metricsSetting}"`);
    return { apiDocs, trustProxyHops, metrics: { where: 'own-port', port, host: env['LOKET_METRICS_HOST'] ?? '127.0.0.1' } };
  }
  return { apiDocs, trustProxyHops, metrics: onOff('LOKET_METRICS', metricsSetting) ? { where: 'service-port' } : { where: 'nowhere' } };
}

function onOff(name: string, value: string): boolean {
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} must be on or off${name === 'LOKET_METRICS' ? ' or port:<number>' : ''}, got "${value}"`);
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a webhook target URL is refused, or null when it is fine: https only, with no credentials in it; plain
 * http only to this machine and only where `allowHttpToLocalhost` (development and tests).
 */
export function targetUrlProblem(raw: string, options: { allowHttpToLocalhost: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'must not hold a user name or password';
  if (url.hash) return 'must not hold a fragment';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && options.allowHttpToLocalhost && LOCAL_HOSTS.has(url.hostname)) return null;
  return options.allowHttpToLocalhost ? 'must be https (http only to localhost)' : 'must be https';
}

export interface SecurityHeaderOptions {
  /** The request arrived over https (directly or as told by a trusted proxy). */
  secure: boolean;
  connectOrigins: readonly string[];
  tileOrigins: readonly string[];
}

/**
 * The headers every answer carries. Scripts only from this origin (no inline scripts, no eval); styles may be
 * set by script (the map positions its tiles that way); the page can never be framed.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${options.tileOrigins.join(' ')}`.trim(),
    `connect-src 'self' ${options.connectOrigins.join(' ')}`.trim(),
    "font-src 'self' data:",
    `frame-src ${options.connectOrigins.join(' ') || "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${options.connectOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(self)',
    ...(options.secure ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

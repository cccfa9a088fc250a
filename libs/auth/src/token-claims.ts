/**
 * The claims a verified token must also carry before Loket trusts it, beyond what the signature check covers:
 * an expiry (a token without `exp` would be valid for ever) and an authorised party (`azp`) that is one of
 * Loket's own clients, so a token another client of the realm obtained is not accepted here.
 */
export class UnacceptableClaimsError extends Error {}

export interface ClaimsPolicy {
  allowedClients: readonly string[];
  nowSeconds: number;
}

export function checkTokenClaims(claims: Record<string, unknown>, policy: ClaimsPolicy): void {
  const exp = claims['exp'];
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new UnacceptableClaimsError('token has no expiry (exp)');
  if (exp <= policy.nowSeconds) throw new UnacceptableClaimsError('token has expired');
  const azp = claims['azp'];
  if (typeof azp !== 'string' || !azp) throw new UnacceptableClaimsError('token names no authorised party (azp)');
  if (!policy.allowedClients.includes(azp)) throw new UnacceptableClaimsError(`tokens of client "${azp}" are not accepted here`);
}

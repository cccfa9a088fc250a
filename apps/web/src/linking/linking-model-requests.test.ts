import { describe, expect, it } from 'vitest';
import {
  linkingModelPath,
  LINKING_MODELS_PATH,
  reasonBody,
  reasonIssue,
  ROLLBACK_PATH,
} from './linking-model-requests';
import { linkPrecisionPath } from './link-precision';

describe('requests about linking', () => {
  it('reach routing’s linking-model administration through the gateway', () => {
    expect(LINKING_MODELS_PATH).toBe('/api/routing/v1/admin/linking-models');
    expect(linkingModelPath(3, 'evaluate')).toBe('/api/routing/v1/admin/linking-models/3/evaluate');
    expect(linkingModelPath(12, 'activate')).toBe('/api/routing/v1/admin/linking-models/12/activate');
    expect(ROLLBACK_PATH).toBe('/api/routing/v1/admin/linking-models/rollback');
  });

  it('ask routing for the measured precision over a number of days', () => {
    expect(linkPrecisionPath(30)).toBe('/api/routing/v1/linking/precision?days=30');
  });

  it('send a reason without the spaces around it', () => {
    expect(reasonBody('  De valse koppelingen halveren op het corpus.\n')).toEqual({
      reason: 'De valse koppelingen halveren op het corpus.',
    });
  });

  it('refuse an empty reason, or one longer than routing takes, before sending it', () => {
    expect(reasonIssue('   ')).toBe('empty');
    expect(reasonIssue('x'.repeat(2001))).toBe('too-long');
    expect(reasonIssue(` ${'x'.repeat(2000)} `)).toBeNull();
    expect(reasonIssue('Beter dan de standaard')).toBeNull();
  });
});

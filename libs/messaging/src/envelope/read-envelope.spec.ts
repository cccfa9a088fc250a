import { ReportSubmitted } from '@loket/contracts';
import { buildEnvelope } from './build-envelope';
import { readEnvelope } from './read-envelope';

const payload = {
  reportId: '0b7f4a36-2f4e-4d4e-9d7a-5a8f7f1c2b3d',
  reporterRef: 'rr_abcdefghijklmnopqrstuv',
  description: 'Grofvuil',
  category: null,
  location: { lat: 52.37, lon: 4.89 },
  submittedAt: '2026-11-28T10:00:00.000Z',
  reporterTier: 'anonymous' as const,
  channel: 'web' as const,
};

describe('readEnvelope', () => {
  it('accepts what buildEnvelope wrote, as JSON text or parsed', () => {
    const envelope = buildEnvelope(ReportSubmitted, payload, 'intake');
    expect(readEnvelope(ReportSubmitted, JSON.stringify(envelope))).toMatchObject({ ok: true });
    expect(readEnvelope(ReportSubmitted, JSON.parse(JSON.stringify(envelope)))).toMatchObject({ ok: true });
  });

  it('rejects text that is no envelope', () => {
    expect(readEnvelope(ReportSubmitted, 'not json')).toEqual({ ok: false, reason: expect.stringMatching(/invalid envelope/) });
  });

  it('rejects an event of another type on the topic', () => {
    const envelope = { ...buildEnvelope(ReportSubmitted, payload, 'intake'), type: 'case.opened' };
    expect(readEnvelope(ReportSubmitted, envelope)).toEqual({ ok: false, reason: expect.stringMatching(/unexpected event case.opened/) });
  });

  it('rejects a payload that breaks the schema, naming the field', () => {
    const envelope = buildEnvelope(ReportSubmitted, payload, 'intake');
    const broken = { ...envelope, payload: { ...envelope.payload, location: { lat: 200, lon: 4 } } };
    expect(readEnvelope(ReportSubmitted, broken)).toEqual({ ok: false, reason: expect.stringMatching(/location\.lat/) });
  });
});

import { originOf, provenanceOf } from './case-report.entity';
import type { RoutableReport } from './routable-report';

describe('what a case report keeps of its report', () => {
  const report: RoutableReport = {
    reportId: '00000000-0000-4000-8000-000000000001',
    reporterRef: 'rr_0123456789abcdefgh',
    description: '[21:03] groepslid 1: gevecht bij de speeltuin',
    category: { main: 'overlast' },
    location: { lat: 52.09, lon: 5.12 },
    submittedAt: '2026-12-05T21:30:00.000Z',
    observedAt: '2026-12-05T20:03:00.000Z',
    reporterTier: 'volunteer',
    channel: 'chat',
  };

  it('keeps how it came in and when it was seen, so they go with the report when it moves or is routed again', () => {
    expect(originOf(report)).toMatchObject({ channel: 'chat', observedAt: '2026-12-05T20:03:00.000Z', reporterTier: 'volunteer' });
  });

  it('passes on only what is known (older rows know neither)', () => {
    expect(provenanceOf({ ...report, observedAt: undefined })).toEqual({ channel: 'chat' });
    expect(provenanceOf(null)).toEqual({});
  });
});

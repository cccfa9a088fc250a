import { aCase } from '../../../testing/workbench-fakes';
import { toCaseSummary } from '../case-summary.response';
import type { CaseNoteRecord } from '../persistence/case-note.entity';
import type { CaseReportRecord } from '../persistence/case-report.entity';
import type { CaseTimelineEntryRecord } from '../persistence/case-timeline-entry.entity';
import { toCaseFile } from './case-file.response';

const REPORTER_REF = 'rr_AbCdEfGhIjKlMnOpQrStUv';

describe('case responses', () => {
  const record = aCase({ status: 'in_progress', version: 3, assignee: 'subject-1' });
  // Rows as a careless query could return them: with fields that must never reach a response.
  const report = {
    reportId: '6d1c7c1e-2f0a-4b8e-9c55-1f2e3d4c5b6a',
    caseId: record.id,
    description: 'Grofvuil naast de container',
    categoryMain: 'afval',
    categorySub: 'grofvuil',
    lat: 52.09,
    lon: 5.12,
    areaIds: ['BU03440100'],
    reporterTier: 'volunteer',
    submittedAt: new Date('2026-05-01T07:59:00.000Z'),
    channel: 'chat',
    observedAt: new Date('2026-05-01T07:40:00.000Z'),
    linkedAt: new Date('2026-05-01T08:00:00.000Z'),
    answers: [{ questionId: 'size', kind: 'choice', label: { nl: 'Hoe groot is het?', en: 'How big is it?' }, value: 'large', valueLabel: { nl: 'Groot', en: 'Large' } }],
    photos: [{ photoId: '8f3e9e3a-4b2c-4d0a-9e77-3b4c5d6e7f80', contentType: 'image/jpeg', bytes: 51_234, width: 1024, height: 768 }],
    reporterRef: REPORTER_REF,
    contact: { email: 'buurvrouw@example.nl' },
  } as CaseReportRecord;
  const note = {
    id: '7e2d8d2f-3a1b-4c9f-8d66-2a3b4c5d6e7f',
    caseId: record.id,
    organisation: 'municipality',
    authorSubject: 'subject-1',
    authorUsername: 'gemeente.stadsbeheer',
    visibility: 'reporter',
    text: 'Opgehaald.',
    createdAt: new Date('2026-05-02T10:00:00.000Z'),
  } as CaseNoteRecord;
  const entry = {
    sequence: '1',
    caseId: record.id,
    kind: 'case-opened',
    details: { organisation: 'municipality', team: 'stadsbeheer' },
    actorSubject: null,
    actorUsername: null,
    actorOrganisation: null,
    visibleToOrganisation: null,
    caseVersion: 1,
    occurredAt: new Date('2026-05-01T08:00:00.000Z'),
  } as CaseTimelineEntryRecord;

  it('maps a case to its queue summary with ISO times, its SLA and the transitions offered now', () => {
    expect(toCaseSummary(record)).toEqual({
      id: record.id,
      organisation: 'municipality',
      team: 'stadsbeheer',
      status: 'in_progress',
      version: 3,
      assignee: 'subject-1',
      priority: 'normal',
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
      sla: {
        amount: 5,
        unit: 'days',
        calendar: 'working',
        dueAt: record.dueAt.toISOString(),
        pausedAt: null,
        warnedAt: null,
        escalatedAt: null,
      },
      resolutionCode: null,
      openedAt: record.openedAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
      closedAt: null,
      allowedTransitions: ['wait', 'refer', 'resolve'],
    });
  });

  it('maps the case file: reports, routing explanation, timeline and notes', () => {
    const file = toCaseFile({ record, reports: [report], notes: [note], timeline: [entry] });
    expect(file.routing).toEqual({
      policyId: 'default',
      policyVersion: 1,
      ruleId: 'afval-gemeente',
      explanation: record.routingExplanation,
    });
    expect(file.reports).toEqual([
      {
        reportId: report.reportId,
        description: 'Grofvuil naast de container',
        category: { main: 'afval', sub: 'grofvuil' },
        location: { lat: 52.09, lon: 5.12 },
        areaIds: ['BU03440100'],
        reporterTier: 'volunteer',
        submittedAt: '2026-05-01T07:59:00.000Z',
        channel: 'chat',
        observedAt: '2026-05-01T07:40:00.000Z',
        linkedAt: '2026-05-01T08:00:00.000Z',
        answers: [{ questionId: 'size', kind: 'choice', label: { nl: 'Hoe groot is het?', en: 'How big is it?' }, value: 'large', valueLabel: { nl: 'Groot', en: 'Large' }, urgent: false }],
        photos: [{ photoId: '8f3e9e3a-4b2c-4d0a-9e77-3b4c5d6e7f80', contentType: 'image/jpeg', bytes: 51_234, width: 1024, height: 768 }],
      },
    ]);
    expect(file.timeline).toEqual([
      {
        kind: 'case-opened',
        at: '2026-05-01T08:00:00.000Z',
        actor: null,
        caseVersion: 1,
        details: entry.details,
      },
    ]);
    expect(file.notes).toEqual([
      {
        id: note.id,
        caseId: record.id,
        visibility: 'reporter',
        text: 'Opgehaald.',
        author: { subject: 'subject-1', username: 'gemeente.stadsbeheer', organisation: 'municipality' },
        createdAt: '2026-05-02T10:00:00.000Z',
      },
    ]);
  });

  it('never lets a reporter reference or contact detail through, whatever the rows carry', () => {
    const json = JSON.stringify(toCaseFile({ record, reports: [report], notes: [note], timeline: [entry] }));
    expect(json).not.toContain(REPORTER_REF);
    expect(json).not.toContain('reporterRef');
    expect(json).not.toContain('buurvrouw@example.nl');
  });

  it('returns fresh objects, not the entities themselves', () => {
    const file = toCaseFile({ record, reports: [report], notes: [note], timeline: [entry] });
    expect(file.reports[0]?.areaIds).not.toBe(report.areaIds);
    expect(file.timeline[0]?.details).not.toBe(entry.details);
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
  });
});

import type { AuditedAction, AuditTrail } from '../../audit/audit-trail';
import { aCase, InMemoryCaseRepository, SANNE, WIJKAGENT } from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import { IntakePhotos, PhotoContent } from './intake-photos';
import { ShowPhoto } from './show-photo.use-case';

class RecordingIntake extends IntakePhotos {
  readonly asked: string[] = [];
  constructor(private readonly kept: boolean) {
    super();
  }
  async fetch(reportId: string, photoId: string): Promise<PhotoContent | null> {
    this.asked.push(`${reportId}/${photoId}`);
    return this.kept ? { contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff]) } : null;
  }
}

describe('ShowPhoto', () => {
  const kase = aCase();
  const reportId = '6d1c7c1e-2f0a-4b8e-9c55-1f2e3d4c5b6a';
  const photoId = '8f3e9e3a-4b2c-4d0a-9e77-3b4c5d6e7f80';
  const setup = (kept = true) => {
    const cases = new InMemoryCaseRepository(kase);
    cases.reports.push({
      caseId: kase.id, reportId, description: 'Grofvuil', categoryMain: 'afval', categorySub: null, lat: 52.09, lon: 5.12, areaIds: [],
      reporterTier: 'resident', submittedAt: new Date('2026-05-01T08:00:00Z'), channel: 'web', observedAt: null, linkedAt: new Date('2026-05-01T08:00:00Z'),
      answers: [], photos: [{ photoId, contentType: 'image/jpeg', bytes: 3, width: 1, height: 1 }],
    });
    const audited: AuditedAction[] = [];
    const audit = { recordRead: async (_: unknown, action: AuditedAction) => void audited.push(action) } as unknown as AuditTrail;
    const intake = new RecordingIntake(kept);
    return { sut: new ShowPhoto(new CaseAccess(cases, undefined, audit), cases, audit, intake), intake, audited };
  };

  it('checks access to the case, audits the view and fetches the photo from intake', async () => {
    const { sut, intake, audited } = setup();
    await expect(sut.execute(SANNE, kase.id, reportId, photoId)).resolves.toMatchObject({ contentType: 'image/jpeg' });
    expect(intake.asked).toEqual([`${reportId}/${photoId}`]);
    expect(audited).toEqual([{ action: 'case.photo-read', caseId: kase.id, details: { reportId, photoId, oversight: false } }]);
  });

  it("answers 404 for another organisation's case, and for a photo or report not in this case file, without asking intake", async () => {
    const { sut, intake, audited } = setup();
    await expect(sut.execute(WIJKAGENT, kase.id, reportId, photoId)).rejects.toMatchObject({ status: 404 });
    await expect(sut.execute(SANNE, kase.id, reportId, '9f3e9e3a-4b2c-4d0a-9e77-3b4c5d6e7f80')).rejects.toMatchObject({ status: 404 });
    await expect(sut.execute(SANNE, kase.id, '7d1c7c1e-2f0a-4b8e-9c55-1f2e3d4c5b6a', photoId)).rejects.toMatchObject({ status: 404 });
    expect(intake.asked).toEqual([]);
    // the refused case is in the audit log; a missing photo of a readable case is not a refusal
    expect(audited).toEqual([{ action: 'case.access-refused', caseId: kase.id, details: { purpose: 'read', why: 'not-found' } }]);
  });

  it('answers 404 when intake no longer keeps the photo', async () => {
    const { sut } = setup(false);
    await expect(sut.execute(SANNE, kase.id, reportId, photoId)).rejects.toMatchObject({ status: 404 });
  });
});

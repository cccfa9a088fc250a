import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { expectEventually, LoketServices, randomPlace, ScratchKafka, tokenFor } from '@loket/testing';
import { call } from './http-client';

interface CaseFile {
  reports: {
    reportId: string;
    answers: { questionId: string; value: unknown; label: { nl: string; en: string }; valueLabel?: { en: string }; urgent: boolean }[];
    photos: { photoId: string; contentType: string; bytes: number; width: number; height: number }[];
  }[];
}

/**
 * A resident's report with a photo (taken with GPS in its EXIF) and answers to the category's questions, all the
 * way to the case file: the real Kafka, PostgreSQL and Keycloak, the four services as processes. On a broker of
 * its own: fresh consumer groups on the shared one first replay every earlier run's history, which on a busy
 * machine takes longer than this journey.
 */
describe('a report with a photo and answers, from intake to the case file', () => {
  let kafka: ScratchKafka;
  let loket: LoketServices;
  let professional: string;
  let reportId: string;
  let caseId: string;
  const description = `Grofvuil en een kapotte kast op de stoep (${randomUUID().slice(0, 8)})`;

  beforeAll(async () => {
    kafka = await ScratchKafka.start();
    loket = await LoketServices.start({ kafkaBrokers: kafka.brokers, readyTimeoutMs: 180_000 }); // a busy machine is slow to start four services
    professional = await tokenFor('gemeente.stadsbeheer');
  }, 300_000);
  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases();
    await kafka?.destroy();
  }, 120_000);
  const eventually = { timeoutMs: 90_000 };

  it('serves the categories with their extra questions to anyone (the resident’s form)', async () => {
    const categories = await call<{ code: string; questions: { id: string }[]; subcategories: { code: string; questions: { id: string; urgentIf?: unknown }[] }[] }[]>(
      'GET', `${loket.routing.url}/api/v1/categories`,
    );
    expect(categories.status).toBe(200);
    const waste = categories.body.find((c) => c.code === 'afval')!;
    expect(waste.subcategories.find((s) => s.code === 'grofvuil')!.questions.map((q) => q.id)).toEqual(['size']);
    expect(categories.body.find((c) => c.code === 'zorg')!.questions).toEqual([expect.objectContaining({ id: 'someone-in-danger', urgentIf: expect.anything() })]);
  });

  it('takes a multipart report with a photo and answers', async () => {
    const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#7a5c3e' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'LoketTestCam', Model: 'E2E' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2400/100' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const form = new FormData();
    form.set('report', JSON.stringify({ description, category: 'afval', subcategory: 'grofvuil', location: randomPlace(), answers: { size: 'large' } }));
    form.append('photos', new Blob([photo], { type: 'image/jpeg' }), 'IMG_0042.jpg');
    const response = await fetch(`${loket.intake.url}/api/v1/reports`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    ({ reportId } = (await response.json()) as { reportId: string });
  });

  it('shows the answers and the photo in the case file of the organisation that holds the case', async () => {
    const coordinator = await tokenFor('coordinator');
    caseId = await expectEventually(async () => {
      const decision = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator });
      expect(decision.status).toBe(200);
      return decision.body.caseId;
    }, eventually);
    const file = await expectEventually(async () => {
      const answer = await call<CaseFile>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
      expect(answer.status).toBe(200);
      return answer.body;
    }, eventually);
    const [report] = file.reports;
    expect(report!.reportId).toBe(reportId);
    expect(report!.answers).toEqual([
      expect.objectContaining({ questionId: 'size', value: 'large', label: { nl: 'Hoe groot is het?', en: 'How big is it?' }, valueLabel: expect.objectContaining({ en: 'Needs a van or a lorry' }), urgent: false }),
    ]);
    expect(report!.photos).toEqual([{ photoId: expect.any(String), contentType: 'image/jpeg', bytes: expect.any(Number), width: 120, height: 90 }]);
  });

  it('gives the photo through the workbench to that professional, without EXIF or GPS', async () => {
    const file = await call<CaseFile>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
    const { photoId } = file.body.reports[0]!.photos[0]!;
    const response = await fetch(`${loket.workbench.url}/api/v1/cases/${caseId}/reports/${reportId}/photos/${photoId}`, {
      headers: { authorization: `Bearer ${professional}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 120, height: 90 });
    expect(meta.exif).toBeUndefined();
    expect(bytes.toString('latin1')).not.toContain('LoketTestCam');
    expect(bytes.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  });

  it('hides the photo from another organisation (404, as if it did not exist) and from anyone without a token', async () => {
    const file = await call<CaseFile>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
    const { photoId } = file.body.reports[0]!.photos[0]!;
    const path = `/api/v1/cases/${caseId}/reports/${reportId}/photos/${photoId}`;
    const police = await tokenFor('politie.wijkagent');
    expect((await fetch(loket.workbench.url + path, { headers: { authorization: `Bearer ${police}` } })).status).toBe(404);
    expect((await fetch(loket.workbench.url + path)).status).toBe(401);
    // Intake gives it to no one without the workbench's signed link, nor on any public route.
    expect((await fetch(`${loket.intake.url}/internal/v1/reports/${reportId}/photos/${photoId}`)).status).toBe(403);
    expect((await fetch(`${loket.intake.url}/api/v1/reports/${reportId}/photos/${photoId}`)).status).toBe(404);
  });
});

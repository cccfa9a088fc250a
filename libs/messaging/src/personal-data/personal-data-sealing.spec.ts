import { randomUUID } from 'node:crypto';
import { newSubjectKey, ReportSubmitted } from '@loket/contracts';
import { SubjectKeyVault, VaultKey } from '@loket/persistence';
import { buildEnvelope } from '../envelope/build-envelope';
import { ConsumerBatch } from '../inbox/consumer-batch';
import { PersonalDataSealing } from './personal-data-sealing';

/** The vault as a map, counting how it is asked (the real one is tested against PostgreSQL). */
class CountingVault {
  readonly keys = new Map<string, VaultKey>();
  readonly asked = { keyFor: 0, keyOf: 0, keysOf: 0 };
  async keyFor(subject: string): Promise<VaultKey> {
    this.asked.keyFor += 1;
    if (!this.keys.has(subject)) this.keys.set(subject, newSubjectKey());
    return this.keys.get(subject)!;
  }
  async keyOf(subject: string): Promise<VaultKey | undefined> {
    this.asked.keyOf += 1;
    return this.keys.get(subject);
  }
  async keysOf(subjects: readonly string[]): Promise<Map<string, VaultKey>> {
    this.asked.keysOf += 1;
    return new Map(subjects.filter((s) => this.keys.has(s)).map((s) => [s, this.keys.get(s)!]));
  }
}

const report = (description: string) => ({
  reportId: randomUUID(),
  reporterRef: 'rr_abcdefghijklmnop',
  description,
  category: null,
  location: { lat: 52.37, lon: 4.89 },
  submittedAt: new Date().toISOString(),
  reporterTier: 'anonymous' as const,
  channel: 'web' as const,
});

describe('PersonalDataSealing', () => {
  it('asks the vault once for all the sealed events of a consumer batch, and once per event outside one', async () => {
    const vault = new CountingVault();
    const sealing = new PersonalDataSealing(vault as unknown as SubjectKeyVault);
    const envelopes = await Promise.all(['een', 'twee', 'drie'].map((text) => sealing.seal(ReportSubmitted, buildEnvelope(ReportSubmitted, report(text), 'intake'))));
    vault.keys.set((envelopes[2]!.payload as { reportId: string }).reportId, 'forgotten');

    const batch = new ConsumerBatch(envelopes.map((e) => Buffer.from(JSON.stringify(e))));
    const read = await batch.run(() => Promise.all(envelopes.map((e) => sealing.open(ReportSubmitted, JSON.parse(JSON.stringify(e))))));
    expect(read.map((r) => (r.ok === true ? (r.envelope.payload as { description: string }).description : r.ok))).toEqual(['een', 'twee', '[verwijderd]']);
    expect(vault.asked).toMatchObject({ keysOf: 1, keyOf: 0 });

    await sealing.open(ReportSubmitted, JSON.parse(JSON.stringify(envelopes[0])));
    expect(vault.asked).toMatchObject({ keysOf: 1, keyOf: 1 });
  });

  it('passes an event with nothing sealed without asking the vault', async () => {
    const vault = new CountingVault();
    const sealing = new PersonalDataSealing(vault as unknown as SubjectKeyVault);
    const plain = buildEnvelope(ReportSubmitted, report('plain'), 'test');
    expect(await sealing.open(ReportSubmitted, plain)).toEqual({ ok: true, envelope: plain });
    expect(vault.asked).toEqual({ keyFor: 0, keyOf: 0, keysOf: 0 });
  });

  it('does not open a sealed field whose key never existed', async () => {
    const vault = new CountingVault();
    const sealing = new PersonalDataSealing(vault as unknown as SubjectKeyVault);
    const sealed = await sealing.seal(ReportSubmitted, buildEnvelope(ReportSubmitted, report('weg'), 'intake'));
    vault.keys.clear();
    expect(await sealing.open(ReportSubmitted, sealed)).toEqual({ ok: false, reason: expect.stringMatching(/no key/) });
  });
});

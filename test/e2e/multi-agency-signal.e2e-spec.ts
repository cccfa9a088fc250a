import { randomInt, randomUUID } from 'node:crypto';
import { expectEventually, LoketServices, metresNorthOf, randomPlace, tokenFor } from '@loket/testing';
import { dumpDatabase } from './database-dump';
import { call } from './http-client';

interface OtherAgency {
  organisationKind: string;
  organisationName?: string;
  coordinatorContact: { name: string; email?: string; phone?: string };
}
interface CaseFile {
  id: string;
  organisation: string;
  version: number;
  otherAgencies: OtherAgency[];
}

/**
 * The multi-agency signal, all four services: a resident reports rubbish at an address (the municipality's
 * case) and someone reports a safety problem at the same address, written differently (the police's case).
 * Each organisation's case file says that the other kind of organisation is involved and whom to call, and
 * nothing of the other case; a report next door does not count; the signal goes when one case is closed.
 */
describe('the multi-agency signal between the municipality and the police', () => {
  let loket: LoketServices;
  let tokens: { municipality: string; police: string; housing: string; coordinator: string };
  const postcode = `${1000 + randomInt(9000)}${String.fromCharCode(65 + randomInt(26))}${String.fromCharCode(65 + randomInt(26))}`;
  const houseNumber = 1 + randomInt(200);
  const marker = randomUUID().slice(0, 8);
  const place = randomPlace();
  const reports = {
    municipality: { description: `Grofvuil en matrassen in de voortuin (${marker}-a)`, category: 'afval', location: place },
    police: { description: `Steeds mensen die 's nachts aanbellen en snel weer weggaan (${marker}-p)`, category: 'veiligheid', location: metresNorthOf(place, 3_000) },
    housing: { description: `Lekkage en schimmel in de woning naast de buren (${marker}-h)`, category: 'wonen', location: metresNorthOf(place, 6_000) },
  };
  const caseIds = { municipality: '', police: '', housing: '' };
  const file = (who: 'municipality' | 'police' | 'housing', caseId = caseIds[who]) =>
    call<CaseFile>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: tokens[who] });

  beforeAll(async () => {
    loket = await LoketServices.start();
    const [municipality, police, housing, coordinator] = await Promise.all(
      ['gemeente.stadsbeheer', 'politie.wijkagent', 'corporatie.huurders', 'coordinator'].map((u) => tokenFor(u)),
    );
    tokens = { municipality, police, housing, coordinator };
  });
  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases();
  });

  async function submit(body: Record<string, unknown>): Promise<string> {
    const report = await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, { body });
    expect(report.status).toBe(201);
    return expectEventually(
      async () => {
        const decision = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${report.body.reportId}`, {
          token: tokens.coordinator,
        });
        expect(decision.status).toBe(200);
        return decision.body.caseId;
      },
      { timeoutMs: 60_000 },
    );
  }

  it('refuses an address that is not a Dutch postcode and house number', async () => {
    for (const address of [{ postcode: '123AB', houseNumber: 1 }, { postcode: '1234AB', houseNumber: 0 }, { postcode: '1234AB' }]) {
      const response = await call('POST', `${loket.intake.url}/api/v1/reports`, { body: { ...reports.municipality, address } });
      expect(response.status).toBe(400);
    }
  });

  it('shows each organisation that the other is involved at the address, and whom to call — nothing more', async () => {
    caseIds.police = await submit({
      ...reports.police,
      address: { postcode: `${postcode.slice(0, 4)} ${postcode.slice(4).toLowerCase()}`, houseNumber, houseNumberAddition: 'A' },
    });
    const alone = await expectEventually(async () => {
      const response = await file('police');
      expect(response.status).toBe(200);
      return response.body;
    }, { timeoutMs: 60_000 });
    expect(alone.otherAgencies).toEqual([]);
    caseIds.municipality = await submit({ ...reports.municipality, address: { postcode, houseNumber, houseNumberAddition: 'a' } });
    caseIds.housing = await submit({ ...reports.housing, address: { postcode, houseNumber: houseNumber + 1, houseNumberAddition: 'A' } });
    expect(new Set(Object.values(caseIds)).size).toBe(3);

    const police = await expectEventually(async () => {
      const response = await file('police');
      expect(response.status).toBe(200);
      expect(response.body.otherAgencies).toHaveLength(1);
      return response.body;
    }, { timeoutMs: 60_000 });
    expect(police.organisation).toBe('police');
    expect(police.otherAgencies).toEqual([
      {
        organisationKind: 'municipality',
        organisationName: 'Gemeente',
        coordinatorContact: { name: 'Coördinator wijkaanpak', email: 'wijkaanpak@gemeente.example', phone: '14 020' },
      },
    ]);
    const municipality = (await file('municipality')).body;
    expect(municipality.organisation).toBe('municipality');
    expect(municipality.otherAgencies).toEqual([
      expect.objectContaining({ organisationKind: 'police', organisationName: 'Politie', coordinatorContact: expect.objectContaining({ phone: '0900-8844' }) }),
    ]);
    const housing = await expectEventually(async () => {
      const response = await file('housing');
      expect(response.status).toBe(200);
      return response.body;
    }, { timeoutMs: 60_000 });
    expect(housing.otherAgencies).toEqual([]); // next door is not the same address

    // no content crosses: the police's case file changed in nothing but the signal; neither file holds the
    // other case's id or words, and the signal names no category
    expect({ ...police, otherAgencies: [] }).toEqual(alone);
    const policeText = JSON.stringify(police);
    expect(policeText).not.toContain(caseIds.municipality);
    expect(policeText).not.toContain(`${marker}-a`);
    expect(JSON.stringify(police.otherAgencies)).not.toMatch(/afval|grofvuil/i);
    const municipalityText = JSON.stringify(municipality);
    expect(municipalityText).not.toContain(caseIds.police);
    expect(municipalityText).not.toContain(`${marker}-p`);
    expect(JSON.stringify(municipality.otherAgencies)).not.toMatch(/veiligheid/i);
    // and each still cannot open the other's case
    expect((await file('police', caseIds.municipality)).status).toBe(404);
    expect((await file('municipality', caseIds.police)).status).toBe(404);

    // the workbench keeps the address only as a keyed hash
    const workbenchDump = dumpDatabase(loket.databaseOf('workbench'));
    expect(workbenchDump).not.toContain(postcode);
    expect(workbenchDump).not.toMatch(new RegExp(`${postcode.slice(0, 4)} ?${postcode.slice(4)}`, 'i'));
  });

  it('takes the signal away once the municipality has closed its case', async () => {
    let version = (await file('municipality')).body.version;
    for (const step of [{ transition: 'assign' }, { transition: 'start' }, { transition: 'resolve', resolutionCode: 'solved' }, { transition: 'close' }]) {
      const response = await call<CaseFile>('POST', `${loket.workbench.url}/api/v1/cases/${caseIds.municipality}/transitions`, {
        token: tokens.municipality,
        body: { ...step, expectedVersion: version },
      });
      expect(response.status).toBe(200);
      version = response.body.version;
    }
    expect((await file('police')).body.otherAgencies).toEqual([]);
    expect((await file('municipality')).body.otherAgencies).toEqual([]);
  });
});

import { addressKey } from '@loket/multi-agency-signal';
import { agencySignal, InMemoryCaseAddresses } from '../../testing/agency-fakes';
import { FAKE_TX } from '../../testing/workbench-fakes';

describe('AgencySignal', () => {
  it('keeps only the keyed hash of a report’s address, and nothing for a report without one', async () => {
    const addresses = new InMemoryCaseAddresses();
    const signal = agencySignal(addresses);
    await signal.rememberAddress(FAKE_TX, { reportId: 'r1', address: { postcode: '1234 ab', houseNumber: 7, houseNumberAddition: 'b' } });
    await signal.rememberAddress(FAKE_TX, { reportId: 'r2' });
    expect([...addresses.keys]).toEqual([['r1', addressKey({ postcode: '1234AB', houseNumber: 7, houseNumberAddition: 'B' }, 'a-unit-test-secret-1234')]]);
    expect(addresses.keys.get('r1')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows the other organisations at the address by kind, name and coordinator from the directory', async () => {
    const signal = agencySignal(new InMemoryCaseAddresses(['police', 'municipality']));
    expect(await signal.otherAgenciesFor({ id: 'c1', organisation: 'municipality', status: 'resolved' })).toEqual([]);
    expect(await signal.otherAgenciesFor({ id: 'c1', organisation: 'municipality', status: 'in_progress' })).toEqual([
      {
        organisationKind: 'police',
        organisationName: 'Politie',
        coordinatorContact: { name: 'Coördinator wijkagenten', email: 'wijkagenten.coordinatie@politie.example', phone: '0900-8844' },
      },
    ]);
  });
});

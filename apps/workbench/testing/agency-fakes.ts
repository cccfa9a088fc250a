// Fakes of the multi-agency signal's storage for unit tests: keys kept in memory, the other organisations given.
import type { EntityManager } from 'typeorm';
import { AgencySignal } from '../src/agencies/agency-signal';
import { agencySignalConfigFromEnv } from '../src/agencies/agency-signal.config';
import { CaseAddresses } from '../src/agencies/case-addresses';

export class InMemoryCaseAddresses extends CaseAddresses {
  readonly keys = new Map<string, string>();

  constructor(private readonly others: string[] = []) {
    super();
  }

  async remember(_tx: EntityManager, reportId: string, addressKey: string): Promise<void> {
    this.keys.set(reportId, addressKey);
  }

  async otherOrganisationsAtAddressesOf(_caseId: string, ownOrganisation: string): Promise<string[]> {
    return this.others.filter((o) => o !== ownOrganisation);
  }
}

/** The signal with the demo directory and the development secret. */
export function agencySignal(addresses: CaseAddresses = new InMemoryCaseAddresses()): AgencySignal {
  return new AgencySignal(addresses, agencySignalConfigFromEnv({ LOKET_ADDRESS_KEY_SECRET: 'a-unit-test-secret-1234' }));
}

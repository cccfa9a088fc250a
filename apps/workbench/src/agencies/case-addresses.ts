import type { EntityManager } from 'typeorm';

/** Which cases share an address, by the address's keyed hash. */
export abstract class CaseAddresses {
  abstract remember(tx: EntityManager, reportId: string, addressKey: string): Promise<void>;

  /**
   * The organisations, other than `ownOrganisation`, holding an open case (not resolved or closed) with a
   * report at an address of one of this case's reports. Organisations only: never which case.
   */
  abstract otherOrganisationsAtAddressesOf(caseId: string, ownOrganisation: string): Promise<string[]>;
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AddressV1 } from '@loket/contracts';
import { addressKey, otherAgencies, type OtherAgency } from '@loket/multi-agency-signal';
import type { AgencySignalConfig } from './agency-signal.config';
import { CaseAddresses } from './case-addresses';

export const AGENCY_SIGNAL_CONFIG = Symbol('AgencySignalConfig');

/** Statuses in which a case no longer counts as open for the signal. */
const CLOSED_STATUSES: readonly string[] = ['resolved', 'closed'];

/**
 * The multi-agency signal (the idea behind the Verwijsindex): a case file shows *that* other organisations
 * have open cases at the same address and how to reach their coordinators — never those cases. The address
 * itself is not stored here, only its keyed hash.
 */
@Injectable()
export class AgencySignal {
  constructor(
    private readonly addresses: CaseAddresses,
    @Inject(AGENCY_SIGNAL_CONFIG) private readonly config: AgencySignalConfig,
  ) {}

  /** Keeps a report's address as its keyed hash; a report without an address leaves nothing. */
  async rememberAddress(tx: EntityManager, report: { reportId: string; address?: AddressV1 }): Promise<void> {
    if (!report.address) return;
    await this.addresses.remember(tx, report.reportId, addressKey(report.address, this.config.addressKeySecret));
  }

  /**
   * The other organisations involved at this case's addresses, as the case's own organisation may see them;
   * none once this case is resolved or closed (the signal is about open cases on both sides).
   */
  async otherAgenciesFor(kase: { id: string; organisation: string; status: string }): Promise<OtherAgency[]> {
    if (CLOSED_STATUSES.includes(kase.status)) return [];
    const organisations = await this.addresses.otherOrganisationsAtAddressesOf(kase.id, kase.organisation);
    return otherAgencies(kase.organisation, organisations, this.config.agencies, this.config.fallbackContact);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseAddresses } from './case-addresses';

@Injectable()
export class TypeormCaseAddresses extends CaseAddresses {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async remember(tx: EntityManager, reportId: string, addressKey: string): Promise<void> {
    await tx.query(
      `INSERT INTO case_address_keys (report_id, address_key) VALUES ($1, $2)
       ON CONFLICT (report_id) DO UPDATE SET address_key = EXCLUDED.address_key`,
      [reportId, addressKey],
    );
  }

  async otherOrganisationsAtAddressesOf(caseId: string, ownOrganisation: string): Promise<string[]> {
    const rows: { organisation: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.organisation
         FROM case_reports own
         JOIN case_address_keys own_key ON own_key.report_id = own.report_id
         JOIN case_address_keys other_key ON other_key.address_key = own_key.address_key
         JOIN case_reports other ON other.report_id = other_key.report_id
         JOIN cases c ON c.id = other.case_id
        WHERE own.case_id = $1
          AND other.case_id <> $1
          AND c.organisation <> $2
          AND c.status NOT IN ('resolved', 'closed')
        ORDER BY c.organisation`,
      [caseId, ownOrganisation],
    );
    return rows.map((r) => r.organisation);
  }
}

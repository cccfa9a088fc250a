import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProfessionalDirectory } from './professional-directory';
import { ProfessionalRecord } from './professional.entity';

@Injectable()
export class TypeormProfessionalDirectory extends ProfessionalDirectory {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async saw(principal: Principal, at: Date): Promise<void> {
    await this.dataSource.manager.upsert(
      ProfessionalRecord,
      {
        subject: principal.subject,
        username: principal.username,
        organisation: principal.organisation,
        teams: [...principal.teams],
        lastSeenAt: at,
      },
      ['subject'],
    );
  }

  find(subject: string, tx: EntityManager = this.dataSource.manager): Promise<ProfessionalRecord | null> {
    return tx.findOneBy(ProfessionalRecord, { subject });
  }

  membersOf(organisation: string, team: string): Promise<ProfessionalRecord[]> {
    return this.dataSource.manager
      .createQueryBuilder(ProfessionalRecord, 'p')
      .where('p.organisation = :organisation', { organisation })
      .andWhere(':team = ANY(p.teams)', { team })
      .orderBy('p.username', 'ASC')
      .addOrderBy('p.subject', 'ASC')
      .limit(500)
      .getMany();
  }
}

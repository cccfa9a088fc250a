import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import type { ProfessionalRecord } from './professional.entity';

/** The professionals the workbench has seen in tokens: who they are, their organisation and teams. */
export abstract class ProfessionalDirectory {
  /** Records (or refreshes) what the caller's token says about them. */
  abstract saw(principal: Principal, at: Date): Promise<void>;

  abstract find(subject: string, tx?: EntityManager): Promise<ProfessionalRecord | null>;

  /** The known members of one team of one organisation, by username. */
  abstract membersOf(organisation: string, team: string): Promise<ProfessionalRecord[]>;
}

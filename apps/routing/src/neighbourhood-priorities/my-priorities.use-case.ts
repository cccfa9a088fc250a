import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkRanking, PriorityChoice, respondentKey } from '@loket/neighbourhood-priorities';
import { ProblemException } from '@loket/http';
import { AreaRecord } from '../areas/area.entity';
import { NeighbourhoodPriorityRecord } from './neighbourhood-priority.entity';
import { PrioritiesSettings } from './priorities.config';
import { PriorityThemes, RESIDENT_AREA_KINDS } from './priority-themes';

/** A signed-in resident's or volunteer's own neighbourhood priorities: read, set (replacing) and withdraw. */
@Injectable()
export class MyPriorities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: PrioritiesSettings,
    private readonly themes: PriorityThemes,
  ) {}

  async show(subject: string): Promise<PriorityChoice | null> {
    const record = await this.dataSource.getRepository(NeighbourhoodPriorityRecord).findOneBy({ respondentKey: this.keyOf(subject) });
    return record ? { areaId: record.areaId, themes: record.themes } : null;
  }

  async choose(subject: string, choice: PriorityChoice): Promise<PriorityChoice> {
    const ranking = checkRanking(choice.themes, this.themes.codes());
    if (!ranking.ok) throw ProblemException.badRequest(ranking.message);
    const area = await this.dataSource.getRepository(AreaRecord).findOneBy({ id: choice.areaId });
    if (!area) throw ProblemException.badRequest(`areaId: there is no area ${choice.areaId}`);
    if (!RESIDENT_AREA_KINDS.includes(area.kind)) {
      throw ProblemException.badRequest(`areaId: ${choice.areaId} is a ${area.kind}; choose the neighbourhood (buurt) you live in`);
    }
    const record = { respondentKey: this.keyOf(subject), areaId: area.id, themes: ranking.themes };
    await this.dataSource.getRepository(NeighbourhoodPriorityRecord).upsert(record, ['respondentKey']);
    return { areaId: record.areaId, themes: record.themes };
  }

  /** Removes the answer; true when there was one. */
  async withdraw(subject: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(NeighbourhoodPriorityRecord).delete({ respondentKey: this.keyOf(subject) });
    return (result.affected ?? 0) > 0;
  }

  private keyOf(subject: string): string {
    if (!subject) throw ProblemException.badRequest('The token names no subject');
    return respondentKey(this.settings.keySecret, subject);
  }
}

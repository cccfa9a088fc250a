import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { aggregatePriorities, MINIMUM_PEOPLE, NeighbourhoodPriorities } from '@loket/neighbourhood-priorities';
import { AreaRecord } from '../areas/area.entity';
import { NeighbourhoodPriorityRecord } from './neighbourhood-priority.entity';
import { PriorityThemes, RESIDENT_AREA_KINDS } from './priority-themes';

export interface PrioritiesOverview {
  minimumPeople: number;
  themes: string[];
  neighbourhoods: NeighbourhoodPriorities[];
}

/** The coordinators' view: every resident area with its ranked themes, cells of fewer than 5 people suppressed. */
@Injectable()
export class ShowPriorities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly themes: PriorityThemes,
  ) {}

  async execute(): Promise<PrioritiesOverview> {
    const areas = await this.dataSource.getRepository(AreaRecord).find({ where: { kind: In([...RESIDENT_AREA_KINDS]) }, order: { name: 'ASC' } });
    const answers = await this.dataSource.getRepository(NeighbourhoodPriorityRecord).find({ select: { areaId: true, themes: true } });
    const themes = this.themes.codes();
    return { minimumPeople: MINIMUM_PEOPLE, themes, neighbourhoods: aggregatePriorities(answers, areas, themes) };
  }
}

import { request } from './http';

export interface PriorityChoice {
  areaId: string;
  /** Main category codes, most important first (1 to 3). */
  themes: string[];
}

export interface ThemeTally {
  theme: string;
  suppressed: boolean;
  people: number | null;
  points: number | null;
  rank: number | null;
}

export interface NeighbourhoodPriorities {
  areaId: string;
  name: string;
  suppressed: boolean;
  respondents: number | null;
  themes: ThemeTally[];
}

export interface PrioritiesOverview {
  minimumPeople: number;
  themes: string[];
  neighbourhoods: NeighbourhoodPriorities[];
}

/** Routing's neighbourhood priorities: your own choice (residents, volunteers) and the aggregate (coordinators). */
export const neighbourhoodPriorities = {
  mine: () => request<{ choice: PriorityChoice | null }>('routing', '/v1/neighbourhood-priorities/mine'),
  choose: (choice: PriorityChoice) => request<{ choice: PriorityChoice }>('routing', '/v1/neighbourhood-priorities/mine', { method: 'PUT', json: choice }),
  withdraw: () => request<void>('routing', '/v1/neighbourhood-priorities/mine', { method: 'DELETE' }),
  overview: () => request<PrioritiesOverview>('routing', '/v1/neighbourhood-priorities'),
};

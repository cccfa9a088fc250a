import { ClassConstructor } from 'class-transformer';
import { PersonalData } from '../sealing/personal-fields';
import { Topic } from '../topics';

/** Binds an event type and version to its topic, its payload schema and the key that keeps its order. */
export interface EventDefinition<P extends object> {
  readonly type: string;
  readonly version: number;
  readonly topic: Topic;
  readonly schema: ClassConstructor<P>;
  /** Kafka key: the case id, or the report id before a case exists, so one case's events stay in order. */
  keyOf(payload: P): string;
  /**
   * What the event says about one reporter, sealed on the bus under that report's own key so that destroying the
   * key forgets every copy (see personal-fields.ts). Absent: the event carries nothing personal.
   */
  readonly personalData?: PersonalData;
}

export function defineEvent<P extends object>(definition: EventDefinition<P>): EventDefinition<P> {
  return Object.freeze(definition);
}

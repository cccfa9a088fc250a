import { IsString, IsUUID, Length } from 'class-validator';
import { defineEvent, Topic } from '@loket/contracts';

/** An event that exists only for the messaging library's own tests, on a topic of its own. */
export class ThingHappenedV1 {
  @IsUUID()
  thingId!: string;

  @IsString()
  @Length(1, 200)
  note!: string;
}

export const ThingHappened = defineEvent({
  type: 'test.thing-happened',
  version: 1,
  topic: 'loket.test.thing-happened.v1' as Topic,
  schema: ThingHappenedV1,
  keyOf: (p) => p.thingId,
});

/** A test event whose note is personal: sealed on the bus under its thing's key (crypto-shredding). */
export const PersonalThingHappened = defineEvent({
  type: 'test.personal-thing-happened',
  version: 1,
  topic: 'loket.test.personal-thing-happened.v1' as Topic,
  schema: ThingHappenedV1,
  keyOf: (p) => p.thingId,
  personalData: { subject: 'thingId', fields: [{ path: 'note', whenForgotten: { replaceWith: '[forgotten]' } }] },
});

import { IsDateString, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * A professional asked the reporters of a case a question ("which entrance do you mean?"). The feedback service
 * asks each reporter as their consent allows: by e-mail with a link when they gave an address and consent, and on
 * their tracking page always. `answerBy`: after it the case goes on without an answer.
 */
export class CaseReporterQuestionAskedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  questionId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @IsString()
  @Length(1, 2000)
  text!: string;

  @IsDateString()
  askedAt!: string;

  @IsDateString()
  answerBy!: string;
}

export const CaseReporterQuestionAsked = defineEvent({
  type: 'case.reporter-question-asked',
  version: 1,
  topic: Topics.CaseReporterQuestionAskedV1,
  schema: CaseReporterQuestionAskedV1,
  keyOf: (p) => p.caseId,
});

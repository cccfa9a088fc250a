import { IsDateString, IsString, IsUUID, Length } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';
import { FORGOTTEN_MARKER } from '../reporter-forgotten/reporter-forgotten.v1';

/**
 * A reporter answered a professional's question, on their tracking page or through the link in the question's
 * e-mail. The text has had contact details removed (e-mail addresses, phone numbers, postcode with house number,
 * IBAN and BSN-like numbers); the reporter is named only by the report it is about.
 */
export class ReporterQuestionAnsweredV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  questionId!: string;

  @IsUUID()
  reportId!: string;

  @IsString()
  @Length(1, 2000)
  text!: string;

  @IsDateString()
  answeredAt!: string;
}

export const ReporterQuestionAnswered = defineEvent({
  type: 'reporter.question-answered',
  version: 1,
  topic: Topics.ReporterQuestionAnsweredV1,
  schema: ReporterQuestionAnsweredV1,
  keyOf: (p) => p.caseId,
  personalData: { subject: 'reportId', fields: [{ path: 'text', whenForgotten: { replaceWith: FORGOTTEN_MARKER } }] },
});

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReadyMadeReply } from './reply-library';
import type { ReplyLibraryVersionRecord } from './reply-library-version.entity';

class LocalisedResponse {
  @ApiProperty()
  nl!: string;

  @ApiProperty()
  en!: string;
}

class ReplyCategoryResponse {
  @ApiProperty({ example: 'afval' })
  main!: string;

  @ApiProperty({ type: String, nullable: true, example: 'grofvuil', description: 'null: every sub category of main' })
  sub!: string | null;
}

export class ReadyMadeReplyResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty({ type: ReplyCategoryResponse })
  category!: ReplyCategoryResponse;

  @ApiProperty({ type: LocalisedResponse })
  title!: LocalisedResponse;

  @ApiProperty({ type: LocalisedResponse })
  text!: LocalisedResponse;
}

class ReplyActorResponse {
  @ApiProperty()
  subject!: string;

  @ApiProperty()
  username!: string;
}

export class ReplyLibraryVersionSummaryResponse {
  @ApiProperty({ description: '0: nothing saved yet (an empty library)' })
  version!: number;

  @ApiProperty({ description: 'Whether this is the version in force (the newest)' })
  active!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  createdAt!: string | null;

  @ApiProperty({ type: ReplyActorResponse, nullable: true })
  createdBy!: ReplyActorResponse | null;

  @ApiProperty()
  replyCount!: number;
}

export class ReplyLibraryResponse extends ReplyLibraryVersionSummaryResponse {
  @ApiProperty({ type: [ReadyMadeReplyResponse] })
  replies!: ReadyMadeReplyResponse[];
}

export class ReplyLibraryHistoryResponse {
  @ApiProperty({ type: [ReplyLibraryVersionSummaryResponse], description: 'Newest first' })
  items!: ReplyLibraryVersionSummaryResponse[];
}

export class CaseRepliesResponse {
  @ApiProperty({ description: 'The library version these come from' })
  version!: number;

  @ApiPropertyOptional({ type: [ReadyMadeReplyResponse], description: "For the case's sub category first, then its main category" })
  items!: ReadyMadeReplyResponse[];
}

export function toReplyLibraryResponse(record: ReplyLibraryVersionRecord | null, activeVersion: number): ReplyLibraryResponse {
  return { ...toSummary(record, activeVersion), replies: record?.content.replies.map(toReplyResponse) ?? [] };
}

export function toSummary(record: ReplyLibraryVersionRecord | null, activeVersion: number): ReplyLibraryVersionSummaryResponse {
  if (!record) return { version: 0, active: activeVersion === 0, createdAt: null, createdBy: null, replyCount: 0 };
  return {
    version: record.version,
    active: record.version === activeVersion,
    createdAt: record.createdAt.toISOString(),
    createdBy: { subject: record.createdBySubject, username: record.createdByUsername },
    replyCount: record.content.replies.length,
  };
}

export function toReplyResponse(reply: ReadyMadeReply): ReadyMadeReplyResponse {
  return { id: reply.id, category: { ...reply.category }, title: { ...reply.title }, text: { ...reply.text } };
}

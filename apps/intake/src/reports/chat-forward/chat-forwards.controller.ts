import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, RateLimited, RateLimitGuard } from '@loket/http';
import { ChatForwardPreview, ChatForwardPreviewRequest } from './chat-forward-preview.request';
import { ForwardedChatReader } from './forwarded-chat-reader';

/**
 * For the web form: what a report made of a pasted chat message would hold, before it is sent. Nothing is stored;
 * the report itself (POST /api/v1/reports with `chatExport`) reads the paste again the same way.
 */
@ApiTags('reports')
@Public()
@RateLimited('suggestions')
@UseGuards(RateLimitGuard)
@Controller('api/v1/chat-forwards')
export class ChatForwardsController {
  constructor(private readonly reader: ForwardedChatReader) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: ChatForwardPreview })
  @ApiBadRequestResponse({ description: 'Not chat export lines, text before the first message, a date in the future, or too long for one report' })
  preview(@Body() body: ChatForwardPreviewRequest): ChatForwardPreview {
    const chat = this.reader.read(body.chatExport);
    return { description: chat.description, observedAt: chat.observedAt.toISOString(), messages: chat.messages, members: chat.members };
  }
}

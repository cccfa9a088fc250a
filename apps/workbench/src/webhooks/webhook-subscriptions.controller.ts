import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ListWebhookDeliveries } from './delivery-log/list-webhook-deliveries.use-case';
import { WebhookDeliveryLogResponse } from './delivery-log/webhook-delivery.response';
import { CreateWebhookSubscription } from './subscriptions/create-webhook-subscription.use-case';
import { CreateWebhookSubscriptionRequest } from './subscriptions/create-webhook-subscription.request';
import { DeleteWebhookSubscription } from './subscriptions/delete-webhook-subscription.use-case';
import { DisableWebhookSubscription } from './subscriptions/disable-webhook-subscription.use-case';
import { ListWebhookSubscriptions } from './subscriptions/list-webhook-subscriptions.use-case';
import {
  CreatedWebhookSubscriptionResponse,
  WebhookSubscriptionListResponse,
  WebhookSubscriptionResponse,
} from './subscriptions/webhook-subscription.response';

const uuid = new ParseUUIDPipe();

/**
 * Administrators subscribe other systems to case events (CloudEvents 1.0 over signed webhooks; see
 * docs/webhooks.md) and read how deliveries went. Every change is in the audit log.
 */
@ApiTags('webhook subscriptions (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin/webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(
    private readonly create: CreateWebhookSubscription,
    private readonly list: ListWebhookSubscriptions,
    private readonly disableOne: DisableWebhookSubscription,
    private readonly deleteOne: DeleteWebhookSubscription,
    private readonly deliveries: ListWebhookDeliveries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Subscribe a system; the answer holds the signing secret, shown this once' })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionResponse })
  @ApiBadRequestResponse({ description: 'A fault in the subscription (problem details), e.g. a target that is not https' })
  subscribe(@Body() body: CreateWebhookSubscriptionRequest, @CurrentPrincipal() principal: Principal): Promise<CreatedWebhookSubscriptionResponse> {
    return this.create.execute(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Every subscription, newest first (never the secrets)' })
  @ApiOkResponse({ type: WebhookSubscriptionListResponse })
  all(): Promise<WebhookSubscriptionListResponse> {
    return this.list.execute();
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop sending to a subscription (pending deliveries are not sent)' })
  @ApiOkResponse({ type: WebhookSubscriptionResponse })
  @ApiNotFoundResponse({ description: 'No such subscription' })
  disable(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal): Promise<WebhookSubscriptionResponse> {
    return this.disableOne.execute(principal, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a subscription and its delivery log' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No such subscription' })
  remove(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.deleteOne.execute(principal, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "A subscription's delivery log: per event its status, attempts and last error" })
  @ApiOkResponse({ type: WebhookDeliveryLogResponse })
  @ApiNotFoundResponse({ description: 'No such subscription' })
  deliveryLog(@Param('id', uuid) id: string): Promise<WebhookDeliveryLogResponse> {
    return this.deliveries.execute(id);
  }
}

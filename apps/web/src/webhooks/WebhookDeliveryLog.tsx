import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import { WEBHOOKS_PATH, type WebhookDelivery, type WebhookSubscription } from './webhook-types';

/** How one subscription's deliveries went (newest first, as the API gives them): status, attempts, the last error. */
export function WebhookDeliveryLog({ subscription }: { subscription: WebhookSubscription }) {
  const { t, i18n } = useTranslation('beheer');
  const api = useApi();
  const log = useQuery({
    queryKey: ['webhook-deliveries', subscription.id],
    queryFn: () => api.get<{ items: WebhookDelivery[] }>(`${WORKBENCH}${WEBHOOKS_PATH}/${subscription.id}/deliveries`),
    refetchInterval: 10_000,
  });
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '—');
  return (
    <section aria-labelledby="webhook-log-heading">
      <Heading2 id="webhook-log-heading">{t('webhooks.logHeading', { name: subscription.name })}</Heading2>
      <ProblemAlert error={log.error} />
      {!log.data ? (
        !log.error && <Paragraph>{t('loading')}</Paragraph>
      ) : log.data.items.length === 0 ? (
        <Paragraph>{t('webhooks.logEmpty')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('webhooks.logEvent')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.logCase')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.logAttempts')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.logWhen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.logLastError')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.data.items.map((delivery) => (
              <TableRow key={delivery.id}>
                <TableCell>{delivery.channel}</TableCell>
                <TableCell>
                  <code>{delivery.caseId.slice(0, 8)}</code>
                </TableCell>
                <TableCell>{t(`webhooks.delivery.${delivery.status}`)}</TableCell>
                <TableCell>{delivery.attempts}</TableCell>
                <TableCell>
                  {delivery.status === 'delivered'
                    ? when(delivery.deliveredAt)
                    : delivery.status === 'pending'
                      ? t('webhooks.nextAttempt', { when: when(delivery.nextAttemptAt) })
                      : when(delivery.createdAt)}
                </TableCell>
                <TableCell>{delivery.lastError ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

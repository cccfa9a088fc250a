import {
  Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldTextbox, Heading1, Heading2, Paragraph,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ROUTING, WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import {
  type CreatedWebhookSubscription, type NewWebhookSubscription, WEBHOOK_CHANNELS, WEBHOOK_FIELDS, WEBHOOKS_PATH, type WebhookSubscription,
} from './webhook-types';

interface Category {
  code: string;
  name: { nl: string; en: string };
}
interface Organisation {
  code: string;
  name: string;
}

/** `list` with `value` added, or taken out when `on` is false (a checkbox group). */
function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((item) => item !== value);
}

const BLANK: NewWebhookSubscription = { name: '', targetUrl: '', channels: [], categories: [], organisations: [], fields: [] };

/**
 * Outgoing webhooks: which other systems receive which case events, with which fields; a new subscription's
 * signing secret shown once; disable, remove, and each subscription's delivery log. The API decides (admins only,
 * https targets, every change audited); this screen only asks.
 */
export function WebhooksPage() {
  const { t, i18n } = useTranslation('beheer');
  useDocumentTitle(t('webhooks.title'));
  const api = useApi();
  const client = useQueryClient();
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const subscriptions = useQuery({ queryKey: ['webhook-subscriptions'], queryFn: () => api.get<{ items: WebhookSubscription[] }>(`${WORKBENCH}${WEBHOOKS_PATH}`) });
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => api.get<Category[]>(`${ROUTING}/categories`) });
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: () => api.get<Organisation[]>(`${ROUTING}/organisations`) });
  const [form, setForm] = useState<NewWebhookSubscription>(BLANK);
  const [shownLog, setShownLog] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ['webhook-subscriptions'] });
  const create = useMutation({
    mutationFn: (body: NewWebhookSubscription) => api.send<CreatedWebhookSubscription>('POST', `${WORKBENCH}${WEBHOOKS_PATH}`, body),
    onSuccess: () => {
      setForm(BLANK);
      refresh();
    },
  });
  const disable = useMutation({
    mutationFn: (id: string) => api.send<WebhookSubscription>('POST', `${WORKBENCH}${WEBHOOKS_PATH}/${id}/disable`),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.send<void>('DELETE', `${WORKBENCH}${WEBHOOKS_PATH}/${id}`),
    onSuccess: (_, id) => {
      setConfirmingDelete(null);
      if (shownLog === id) setShownLog(null);
      refresh();
    },
  });

  if (subscriptions.error) return <ProblemAlert error={subscriptions.error} />;
  const items = subscriptions.data?.items;
  const logged = items?.find((subscription) => subscription.id === shownLog);
  const checkboxGroup = <T extends string>(key: 'channels' | 'categories' | 'organisations' | 'fields', legend: string, options: readonly [T, string][]) => (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map(([value, label]) => (
        <FormFieldCheckbox
          key={value}
          id={`webhook-${key}-${value}`}
          label={label}
          checked={(form[key] as readonly string[]).includes(value)}
          onChange={(event) => setForm({ ...form, [key]: toggled(form[key] as readonly string[], value, (event.target as HTMLInputElement).checked) })}
        />
      ))}
    </Fieldset>
  );

  return (
    <>
      <Heading1>{t('webhooks.title')}</Heading1>
      <Paragraph>{t('webhooks.intro')}</Paragraph>

      <Heading2>{t('webhooks.listHeading')}</Heading2>
      {!items ? (
        <Paragraph>{t('loading')}</Paragraph>
      ) : items.length === 0 ? (
        <Paragraph>{t('webhooks.none')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('webhooks.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.target')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.channels')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.fields')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('webhooks.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((subscription) => (
              <TableRow key={subscription.id}>
                <TableCell>{subscription.name}</TableCell>
                <TableCell>
                  <code>{subscription.targetUrl}</code>
                </TableCell>
                <TableCell>{subscription.channels.join(', ')}</TableCell>
                <TableCell>{subscription.fields.length ? subscription.fields.map((f) => t(`webhooks.field.${f}`)).join(', ') : t('webhooks.caseIdOnly')}</TableCell>
                <TableCell>{t(`webhooks.state.${subscription.status}`)}</TableCell>
                <TableCell>
                  <ButtonGroup>
                    <Button appearance="subtle-button" aria-expanded={shownLog === subscription.id} onClick={() => setShownLog(shownLog === subscription.id ? null : subscription.id)}>
                      {t('webhooks.showLog', { name: subscription.name })}
                    </Button>
                    {subscription.status === 'active' && (
                      <Button appearance="secondary-action-button" disabled={disable.isPending} onClick={() => disable.mutate(subscription.id)}>
                        {t('webhooks.disable', { name: subscription.name })}
                      </Button>
                    )}
                    {confirmingDelete === subscription.id ? (
                      <Button appearance="primary-action-button" disabled={remove.isPending} onClick={() => remove.mutate(subscription.id)}>
                        {t('webhooks.confirmRemove', { name: subscription.name })}
                      </Button>
                    ) : (
                      <Button appearance="subtle-button" onClick={() => setConfirmingDelete(subscription.id)}>
                        {t('webhooks.remove', { name: subscription.name })}
                      </Button>
                    )}
                  </ButtonGroup>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ProblemAlert error={disable.error ?? remove.error} onReload={() => { disable.reset(); remove.reset(); refresh(); }} />
      {logged && <WebhookDeliveryLog subscription={logged} />}

      <form
        className="loket-stack"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(form);
        }}
      >
        <Heading2>{t('webhooks.newHeading')}</Heading2>
        <FormFieldTextbox id="webhook-name" label={t('webhooks.name')} value={form.name} onChange={(event) => setForm({ ...form, name: (event.target as HTMLInputElement).value })} />
        <FormFieldTextbox
          id="webhook-target"
          label={t('webhooks.target')}
          description={t('webhooks.targetHelp')}
          type="url"
          value={form.targetUrl}
          onChange={(event) => setForm({ ...form, targetUrl: (event.target as HTMLInputElement).value })}
        />
        {checkboxGroup('channels', t('webhooks.channels'), WEBHOOK_CHANNELS.map((c) => [c, c] as [string, string]))}
        {checkboxGroup('fields', t('webhooks.fieldsLegend'), WEBHOOK_FIELDS.map((f) => [f, t(`webhooks.field.${f}`)] as [string, string]))}
        {checkboxGroup('categories', t('webhooks.categoriesLegend'), (categories.data ?? []).map((c) => [c.code, c.name[language]] as [string, string]))}
        {checkboxGroup('organisations', t('webhooks.organisationsLegend'), (organisations.data ?? []).map((o) => [o.code, o.name] as [string, string]))}
        <ProblemAlert error={categories.error ?? organisations.error ?? create.error} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
            {t('webhooks.create')}
          </Button>
        </ButtonGroup>
      </form>
      {create.data && (
        <Alert type="ok" role="status">
          <Paragraph>{t('webhooks.created', { name: create.data.name })}</Paragraph>
          <Paragraph>
            {t('webhooks.secret')} <code>{create.data.secret}</code>
          </Paragraph>
        </Alert>
      )}
    </>
  );
}

import { Alert, Button, ButtonGroup, Checkbox, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Link, useParams } from 'react-router';
import { CaseNotFound } from '../cases/CasePage';
import type { CaseFile } from '../cases/case-types';
import { useCaseFile } from '../cases/use-case-file';
import { ReportLinkReview } from '../linking/ReportLinkReview';
import { useReportLinks } from '../linking/use-report-links';
import { currentLanguage } from '../i18n/i18n';
import { useCaseChanges } from '../queues/use-case-changes';
import { choiceName, localised, useTaxonomy } from '../report/taxonomy';
import { WORKBENCH } from '../werkbank/api';
import { ApiProblem } from '../werkbank/api-problem';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { ReopenRequests } from './ReopenRequests';
import { useCorrection, useFollowUp } from './use-correction';

/**
 * One case as a coordinator judges it: its reports beside those of another case ("same incident?"), and the
 * corrections, each with a reason: link a report of the other case into this one, unlink, split, merge,
 * re-route (also under a corrected category); confirm a report's automatic link ("the link is right"); and the reporters' reopen requests.
 */
export function TriageCasePage() {
  const { t } = useTranslation('werkbank');
  useDocumentTitle(t('triage.title'));
  const caseId = useParams()['caseId'] ?? '';
  const file = useCaseFile(caseId, useFollowUp());
  useCaseChanges();
  const [otherId, setOtherId] = useState('');
  if (file.error instanceof ApiProblem && file.error.status === 404) return <CaseNotFound />;
  if (file.error) return <ProblemAlert error={file.error} />;
  if (!file.data) return <Paragraph aria-live="polite">{t('loading')}</Paragraph>;
  const kase = file.data;
  return (
    <>
      <Paragraph>
        <Link to="/werkbank/triage" className="utrecht-link">
          {t('triage.back')}
        </Link>
      </Paragraph>
      <Heading1>{t('triage.caseTitle', { category: kase.category.sub ?? kase.category.main, status: t(`status.${kase.status}`) })}</Heading1>
      <Paragraph>{kase.routing.explanation}</Paragraph>
      <ReopenRequests file={kase} />
      <div className="werkbank-side-by-side">
        <ThisCase file={kase} />
        <section aria-labelledby="other-heading">
          <Heading2 id="other-heading">{t('triage.otherCase')}</Heading2>
          <FormField>
            <FormLabel htmlFor="other-case">{t('triage.otherCaseId')}</FormLabel>
            <Textbox id="other-case" value={otherId} onChange={(event) => setOtherId(event.target.value.trim())} />
          </FormField>
          {/^[0-9a-f-]{36}$/i.test(otherId) && otherId !== kase.id && <OtherCase caseId={otherId} into={kase} />}
        </section>
      </div>
      <Reroute file={kase} />
    </>
  );
}

function ThisCase({ file }: { file: CaseFile }) {
  const { t } = useTranslation('werkbank');
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const split = useCorrection<{ reportIds: string[]; reason: string }, { newCaseId: string }>(() => `/cases/${file.id}/split`);
  const unlink = useCorrection<{ reportId: string; reason: string }, unknown>((b) => `/cases/${file.id}/reports/${b.reportId}/unlink`, (b) => ({ reason: b.reason }));
  const toggle = (reportId: string) => setSelected((now) => (now.includes(reportId) ? now.filter((id) => id !== reportId) : [...now, reportId]));
  const reportIds = file.reports.map((report) => report.reportId);
  const links = useReportLinks(file.id, reportIds, hasRole(usePrincipal(), 'coordinator', 'admin'));
  return (
    <section aria-labelledby="this-heading">
      <Heading2 id="this-heading">{t('triage.thisCase', { count: file.reports.length })}</Heading2>
      {file.reports.map((report) => (
        <Fragment key={report.reportId}>
          <FormField type="checkbox">
            <Checkbox id={`pick-${report.reportId}`} checked={selected.includes(report.reportId)} onChange={() => toggle(report.reportId)} />
            <FormLabel htmlFor={`pick-${report.reportId}`} id={`pick-label-${report.reportId}`} type="checkbox">
              {report.description} ({report.location.lat.toFixed(4)}, {report.location.lon.toFixed(4)}; {new Date(report.submittedAt).toLocaleString()})
            </FormLabel>
          </FormField>
          <ReportLinkReview caseId={file.id} reportId={report.reportId} link={links.data?.get(report.reportId)} reportLabelId={`pick-label-${report.reportId}`} />
        </Fragment>
      ))}
      {/* Routing's list of the case's reports not there, or out of this coordinator's reach: nothing to confirm, no alarm. */}
      {!(links.error instanceof ApiProblem && links.error.missing) && <ProblemAlert error={links.error} />}
      <FormField>
        <FormLabel htmlFor="this-reason">{t('case.reason')}</FormLabel>
        <Textbox id="this-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={selected.length === 0 || !reason.trim() || split.isPending} onClick={() => split.mutate({ reportIds: selected, reason }, { onSuccess: () => setSelected([]) })}>
          {t('triage.split')}
        </Button>
        <Button appearance="secondary-action-button" disabled={selected.length !== 1 || !reason.trim() || unlink.isPending} onClick={() => unlink.mutate({ reportId: selected[0] ?? '', reason }, { onSuccess: () => setSelected([]) })}>
          {t('triage.unlink')}
        </Button>
      </ButtonGroup>
      <ProblemAlert error={split.error ?? unlink.error} />
      {split.data && <Alert type="ok" role="status"><Paragraph>{t('triage.splitDone', { caseId: split.data.newCaseId })}</Paragraph></Alert>}
      {unlink.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('triage.unlinkDone')}</Paragraph></Alert>}
    </section>
  );
}

function OtherCase({ caseId, into }: { caseId: string; into: CaseFile }) {
  const { t } = useTranslation('werkbank');
  const api = useApi();
  const other = useQuery({ queryKey: ['case', caseId], queryFn: () => api.get<CaseFile>(`${WORKBENCH}/cases/${caseId}`), retry: false, refetchInterval: useFollowUp() });
  const [reason, setReason] = useState('');
  const link = useCorrection<{ reportId: string; reason: string }, { fromCaseMerged: boolean }>((b) => `/cases/${into.id}/reports/${b.reportId}/link`, (b) => ({ reason: b.reason }));
  const merge = useCorrection<{ absorbedCaseId: string; reason: string }, unknown>(() => `/cases/${into.id}/merge`);
  if (other.error) return <ProblemAlert error={other.error} />;
  if (!other.data) return <Paragraph>{t('loading')}</Paragraph>;
  return (
    <>
      <Paragraph>
        {other.data.category.main} · {t(`status.${other.data.status}`)} · {other.data.organisation}/{other.data.team}
      </Paragraph>
      <FormField>
        <FormLabel htmlFor="other-reason">{t('case.reason')}</FormLabel>
        <Textbox id="other-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      {other.data.reports.map((report) => (
        <div key={report.reportId} className="werkbank-report">
          <Paragraph>
            {report.description} ({report.location.lat.toFixed(4)}, {report.location.lon.toFixed(4)})
          </Paragraph>
          <Button appearance="secondary-action-button" disabled={!reason.trim() || link.isPending} onClick={() => link.mutate({ reportId: report.reportId, reason })}>
            {t('triage.linkHere')}
          </Button>
        </div>
      ))}
      <Button appearance="secondary-action-button" disabled={!reason.trim() || merge.isPending} onClick={() => merge.mutate({ absorbedCaseId: caseId, reason })}>
        {t('triage.mergeHere')}
      </Button>
      <ProblemAlert error={link.error ?? merge.error} />
      {link.data && <Alert type="ok" role="status"><Paragraph>{t(link.data.fromCaseMerged ? 'triage.linkedMerged' : 'triage.linked')}</Paragraph></Alert>}
      {merge.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('triage.merged')}</Paragraph></Alert>}
    </>
  );
}

function Reroute({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('werkbank');
  const language = currentLanguage(i18n);
  const taxonomy = useTaxonomy();
  const reroute = useCorrection<RerouteBody, unknown>(() => `/cases/${file.id}/reroute`);
  const current = choiceName({ category: file.category.main, subcategory: file.category.sub ?? undefined }, taxonomy.data, language);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim() || undefined;
    const [category, subcategory] = (value('category') ?? '').split('/');
    reroute.mutate({
      organisation: value('organisation'),
      team: value('team'),
      ...(category ? { category } : {}),
      ...(subcategory ? { subcategory } : {}),
      reason: value('reason') ?? '',
    });
  };
  return (
    <section aria-labelledby="reroute-heading">
      <Heading2 id="reroute-heading">{t('triage.reroute')}</Heading2>
      <Paragraph>{t('triage.rerouteHelp')}</Paragraph>
      <form onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="reroute-category">{t('triage.category')}</FormLabel>
          <Select id="reroute-category" name="category" defaultValue="">
            <SelectOption value="">{t('triage.categoryUnchanged', { name: current })}</SelectOption>
            {taxonomy.data?.map((main) => (
              <Fragment key={main.code}>
                <SelectOption value={main.code}>{localised(main.name, language)}</SelectOption>
                {main.subcategories.map((sub) => (
                  <SelectOption key={sub.code} value={`${main.code}/${sub.code}`}>
                    {`${localised(main.name, language)}: ${localised(sub.name, language)}`}
                  </SelectOption>
                ))}
              </Fragment>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="reroute-organisation">{t('triage.organisation')}</FormLabel>
          <Textbox id="reroute-organisation" name="organisation" />
        </FormField>
        <FormField>
          <FormLabel htmlFor="reroute-team">{t('case.team')}</FormLabel>
          <Textbox id="reroute-team" name="team" />
        </FormField>
        <FormField>
          <FormLabel htmlFor="reroute-reason">{t('case.reason')}</FormLabel>
          <Textbox id="reroute-reason" name="reason" required />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={reroute.isPending}>
          {t('triage.reroute')}
        </Button>
      </form>
      <ProblemAlert error={reroute.error} />
      {reroute.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('triage.rerouted')}</Paragraph></Alert>}
    </section>
  );
}

interface RerouteBody {
  organisation?: string;
  team?: string;
  /** A taxonomy code, when the case was filed under the wrong category. */
  category?: string;
  subcategory?: string;
  reason: string;
}

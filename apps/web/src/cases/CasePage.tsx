import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Link, useParams } from 'react-router';
import { useCaseChanges } from '../queues/use-case-changes';
import { SlaBadge } from '../queues/SlaBadge';
import { ApiProblem } from '../werkbank/api-problem';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { CaseReports } from './CaseReports';
import { NoteForm } from './NoteForm';
import { ReporterQuestions } from './ReporterQuestions';
import { slaStatusOf } from './sla-status';
import { useCaseFile, useTeamMembers } from './use-case-file';

/** The case file: what was reported, why it came here, what happened, and what to do next. */
export function CasePage() {
  const { t, i18n } = useTranslation('werkbank');
  const caseId = useParams()['caseId'] ?? '';
  const file = useCaseFile(caseId);
  const members = useTeamMembers(caseId, !!file.data?.assignee);
  useDocumentTitle(file.data ? t('case.title', { category: file.data.category.sub ?? file.data.category.main }) : t('loading'));
  useCaseChanges();
  if (file.error instanceof ApiProblem && file.error.status === 404) return <CaseNotFound />;
  if (file.error) return <ProblemAlert error={file.error} />;
  if (!file.data) return <Paragraph aria-live="polite">{t('loading')}</Paragraph>;
  const kase = file.data;
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <Paragraph>
        <Link to="/werkbank/queues/team" className="utrecht-link">
          {t('case.back')}
        </Link>
      </Paragraph>
      <Heading1>
        {t('case.title', { category: kase.category.sub ?? kase.category.main })}
      </Heading1>
      <dl className="werkbank-facts">
        <dt>{t('queue.status')}</dt>
        <dd data-testid="case-status">{t(`status.${kase.status}`)}</dd>
        <dt>{t('queue.priority')}</dt>
        <dd>{t(`priority.${kase.priority}`)}</dd>
        <dt>{t('queue.teamColumn')}</dt>
        <dd>
          {kase.organisation} / {kase.team}
        </dd>
        <dt>{t('case.assignee')}</dt>
        <dd data-testid="case-assignee">
          {kase.assignee ? (members.data?.members.find((m) => m.subject === kase.assignee)?.username ?? kase.assignee) : t('case.nobody')}
        </dd>
        <dt>{t('queue.sla')}</dt>
        <dd>
          <SlaBadge status={slaStatusOf(kase, new Date())} dueAt={kase.sla.dueAt} /> {t('sla.due', { due: date(kase.sla.dueAt) })}
          {kase.sla.pausedAt && ` · ${t('sla.paused')}`}
        </dd>
        {kase.resolutionCode && (
          <>
            <dt>{t('case.resolutionCode')}</dt>
            <dd>{t(`resolution.${kase.resolutionCode}`)}</dd>
          </>
        )}
      </dl>
      {kase.otherAgencies.length > 0 && (
        <Alert type="info">
          <Heading2>{t('case.otherAgencies')}</Heading2>
          {kase.otherAgencies.map((agency) => (
            <Paragraph key={agency.organisationKind}>
              {t('case.otherAgency', { kind: t(`organisationKind.${agency.organisationKind}`, { defaultValue: agency.organisationKind }), name: agency.organisationName ?? agency.organisationKind })}{' '}
              {agency.coordinatorContact.name}
              {agency.coordinatorContact.phone && `, ${agency.coordinatorContact.phone}`}
              {agency.coordinatorContact.email && `, ${agency.coordinatorContact.email}`}
            </Paragraph>
          ))}
        </Alert>
      )}
      {kase.referral && (
        <Alert type="info">
          <Paragraph>{t('case.referral', { from: kase.referral.fromOrganisation, reason: kase.referral.reason })}</Paragraph>
        </Alert>
      )}
      <CaseActions file={kase} />
      <section aria-labelledby="routing-heading">
        <Heading2 id="routing-heading">{t('case.routing')}</Heading2>
        <Paragraph>{kase.routing.explanation}</Paragraph>
        <Paragraph>
          {t('case.routingPolicy', { policy: kase.routing.policyId, version: kase.routing.policyVersion, rule: kase.routing.ruleId ?? t('case.fallback') })}
        </Paragraph>
      </section>
      <CaseReports caseId={kase.id} reports={kase.reports} />
      <ReporterQuestions file={kase} />
      <NoteForm caseId={kase.id} />
      <CaseHistory notes={kase.notes} timeline={kase.timeline} />
    </>
  );
}

/** The same page for a case that does not exist and one the caller may not see: its existence does not leak. */
export function CaseNotFound() {
  const { t } = useTranslation('werkbank');
  return (
    <>
      <Heading1>{t('case.notFoundTitle')}</Heading1>
      <Paragraph>{t('case.notFound')}</Paragraph>
      <Paragraph>
        <Link to="/werkbank/queues/team" className="utrecht-link">
          {t('case.back')}
        </Link>
      </Paragraph>
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeReportQuery } from '../../../generated/graphql';
import { organisationName } from '../../organisations/public';
import { ReportTable } from './ReportTable';
import type { ReportSectionProps } from './types';

type Cooperation = ProgrammeReportQuery['programmeDashboard']['cooperation'];
type Punctuality = Cooperation['reporting'][number]['partners'][number];

/** Labels of the twinning and monitoring enums, kept by the features that own them. */
function useEnumLabels() {
  const { t: twinning } = useTranslation('twinning');
  const { t: monitoring } = useTranslation('monitoring');
  return { twinning, monitoring };
}

/** A two-column table of counts by a label, e.g. relations by status. */
function CountTable(props: {
  caption: string;
  header: string;
  countHeader: string;
  rows: { key: string; name: string; count: string }[];
}) {
  return (
    <ReportTable
      caption={props.caption}
      columns={[props.header, props.countHeader]}
      numeric={[1]}
      rows={props.rows.map((row) => ({ key: row.key, cells: [row.name, row.count] }))}
    />
  );
}

/** A section with its heading; with `empty`, only the reason it has nothing to show. */
function Section({
  title,
  empty,
  children,
}: {
  title: string;
  empty?: string;
  children?: ReactNode;
}) {
  return (
    <section>
      <h2>{title}</h2>
      {empty ? <p className="report-muted">{empty}</p> : children}
    </section>
  );
}

function TwinningSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const labels = useEnumLabels();
  const { twinningByStatus, cooperation } = data.programmeDashboard;
  if (twinningByStatus.every((row) => row.count === 0)) {
    return <Section title={t('twinning.title')} empty={t('twinning.empty')} />;
  }
  const active = cooperation.activeTwinning;
  return (
    <Section title={t('twinning.title')}>
      <CountTable
        caption={t('twinning.byStatus')}
        header={t('twinning.status')}
        countHeader={t('twinning.count')}
        rows={twinningByStatus.map((row) => ({
          key: row.status,
          name: labels.twinning(`enums.TwinningStatus.${row.status}`),
          count: format.number(row.count),
        }))}
      />
      <h3>{t('twinning.active')}</h3>
      {active.length === 0 ? (
        <p className="report-muted">{t('twinning.activeEmpty')}</p>
      ) : (
        <ReportTable
          caption={t('twinning.active')}
          columns={[
            t('twinning.organisations'),
            t('twinning.kind'),
            t('twinning.since'),
            t('twinning.areas'),
          ]}
          rows={active.map((relation) => {
            const names = relation.organisations.map(
              (o) => `${organisationName(o, format.locale)} (${format.country(o.country)})`,
            );
            return {
              key: names.join(),
              cells: [
                names.join(' — '),
                labels.twinning(`enums.TwinningKind.${relation.kind}`),
                relation.since ? format.date(relation.since) : '—',
                relation.areas.join(', '),
              ],
            };
          })}
        />
      )}
    </Section>
  );
}

function MonitoringSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const labels = useEnumLabels();
  const { issuesByStatus, cooperation } = data.programmeDashboard;
  if (issuesByStatus.every((row) => row.count === 0)) {
    return <Section title={t('monitoring.title')} empty={t('monitoring.empty')} />;
  }
  const severe = cooperation.severeOpenIssues;
  return (
    <Section title={t('monitoring.title')}>
      <div className="report-columns">
        <CountTable
          caption={t('monitoring.byStatus')}
          header={t('monitoring.status')}
          countHeader={t('monitoring.count')}
          rows={issuesByStatus.map((row) => ({
            key: row.status,
            name: labels.monitoring(`enums.IssueStatus.${row.status}`),
            count: format.number(row.count),
          }))}
        />
        <CountTable
          caption={t('monitoring.byCategory')}
          header={t('monitoring.category')}
          countHeader={t('monitoring.count')}
          rows={cooperation.issuesByCategory.map((row) => ({
            key: row.category,
            name: labels.monitoring(`enums.IssueCategory.${row.category}`),
            count: format.number(row.count),
          }))}
        />
      </div>
      <h3>{t('monitoring.severe')}</h3>
      {severe.length === 0 ? (
        <p className="report-muted">{t('monitoring.severeEmpty')}</p>
      ) : (
        <ReportTable
          caption={t('monitoring.severe')}
          columns={[
            t('monitoring.issue'),
            t('monitoring.severity'),
            t('monitoring.status'),
            t('monitoring.raisedBy'),
            t('monitoring.raisedOn'),
          ]}
          rows={severe.map((issue) => ({
            key: issue.id,
            cells: [
              <span key="title">
                {issue.title}
                <span className="report-muted">
                  {' '}
                  · {labels.monitoring(`enums.IssueCategory.${issue.category}`)}
                </span>
              </span>,
              labels.monitoring(`enums.IssueSeverity.${issue.severity}`),
              labels.monitoring(`enums.IssueStatus.${issue.status}`),
              issue.raisedBy,
              format.date(issue.raisedAt.slice(0, 10)),
            ],
          }))}
        />
      )}
      {cooperation.severeOpenIssueCount > severe.length ? (
        <p className="report-muted">
          {t('monitoring.severeMore', { value: cooperation.severeOpenIssueCount - severe.length })}
        </p>
      ) : null}
    </Section>
  );
}

/** The report's word for a partner's punctuality in a period (the grid's rules). */
function punctualityKey(cell: Punctuality) {
  if (cell.submittedOnTime === true) return 'reporting.onTime';
  if (cell.submittedOnTime === false) return 'reporting.submittedLate';
  return cell.late ? 'reporting.late' : 'reporting.notDue';
}

function ReportingSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const periods = data.programmeDashboard.cooperation.reporting;
  return (
    <Section
      title={t('reporting.title')}
      empty={periods.length === 0 ? t('reporting.empty') : undefined}
    >
      {periods.map((period) => {
        const title = t('reporting.period', {
          start: format.date(period.startsOn),
          end: format.date(period.endsOn),
          due: format.date(period.dueOn),
        });
        return (
          <div key={period.periodId}>
            <h3>{title}</h3>
            <ReportTable
              caption={title}
              columns={[t('reporting.partner'), t('reporting.status')]}
              rows={period.partners.map((cell) => ({
                key: cell.partnerId,
                cells: [
                  cell.organisation,
                  <span key="s" className={cell.late ? 'report-overdue' : undefined}>
                    {t(punctualityKey(cell))}
                  </span>,
                ],
              }))}
            />
          </div>
        );
      })}
    </Section>
  );
}

/** Twinning, monitoring and reporting, printed after the budget. */
export const COOPERATION_SECTIONS = [TwinningSection, MonitoringSection, ReportingSection];

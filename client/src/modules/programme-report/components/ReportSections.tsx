import type { ComponentType } from 'react';
import { REPORT_EVENTS_MAX } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../budget/public';
import { EventTime } from '../../events/public';
import { organisationName } from '../../organisations/public';
import { planInReadingOrder } from '../reportRows';
import { COOPERATION_SECTIONS } from './CooperationSections';
import { ReportTable } from './ReportTable';
import type { ReportSectionProps } from './types';

/** Labels of enums kept by the features that own them. */
function useOtherTranslations() {
  const { t: app } = useTranslation();
  const { t: plan } = useTranslation('action-plan');
  const { t: events } = useTranslation('events');
  return { app, plan, events };
}

function PartnersSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const other = useOtherTranslations();
  const { programme } = data;
  const side = (id: string) => programme.sides.find((s) => s.id === id);
  return (
    <section>
      <h2>{t('partners.title')}</h2>
      {programme.partners.length === 0 ? (
        <p className="report-muted">{t('partners.empty')}</p>
      ) : (
        <ReportTable
          caption={t('partners.title')}
          columns={[t('partners.side'), t('partners.organisation'), t('partners.role')]}
          rows={programme.partners.map((partner) => {
            const own = side(partner.side.id);
            return {
              key: partner.id,
              cells: [
                own ? `${own.name} (${format.country(own.country)})` : '',
                organisationName(partner.organisation, format.locale),
                other.app(`enums.PartnerRole.${partner.role}`),
              ],
            };
          })}
        />
      )}
    </section>
  );
}

function PlanSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const other = useOtherTranslations();
  const rows = planInReadingOrder(data.programme.actions);
  const percent = (value: number) => t('percent', { value: Math.round(value) });
  return (
    <section>
      <h2>{t('plan.title')}</h2>
      <p>
        {t('plan.overall', { value: percent(data.programmeDashboard.overallProgress) })} ·{' '}
        {t('plan.overdue', { value: data.programmeDashboard.overdueActions })}
      </p>
      {rows.length === 0 ? (
        <p className="report-muted">{t('plan.empty')}</p>
      ) : (
        <ReportTable
          caption={t('plan.title')}
          columns={[
            t('plan.code'),
            t('plan.action'),
            t('plan.status'),
            t('plan.due'),
            t('plan.progress'),
          ]}
          numeric={[4]}
          rows={rows.map((action) => ({
            key: action.id,
            cells: [
              action.code,
              <span
                key="title"
                style={{
                  paddingLeft: `${action.depth * 4}mm`,
                  fontWeight: action.depth === 0 ? 600 : 400,
                }}
              >
                {action.title}
              </span>,
              other.plan(`status.${action.status}`),
              <span key="due" className={action.overdue ? 'report-overdue' : undefined}>
                {format.date(action.dueOn)}
                {action.overdue ? ` · ${t('plan.isOverdue')}` : ''}
              </span>,
              percent(action.progress),
            ],
          }))}
        />
      )}
    </section>
  );
}

function EventsSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const other = useOtherTranslations();
  const events = data.events.items.filter((event) => event.status !== 'CANCELLED');
  return (
    <section>
      <h2>{t('events.title')}</h2>
      {events.length === 0 ? (
        <p className="report-muted">{t('events.empty')}</p>
      ) : (
        <ReportTable
          caption={t('events.title')}
          columns={[
            t('events.when'),
            t('events.event'),
            t('events.organiser'),
            t('events.status'),
            t('events.attendees'),
          ]}
          numeric={[4]}
          rows={events.map((event) => ({
            key: event.id,
            cells: [
              <EventTime key="time" event={event} />,
              <span key="title">
                {other.events(`enums.EventType.${event.type}`)}: {event.title}
                {event.venue ? <span className="report-muted"> · {event.venue}</span> : null}
              </span>,
              event.organiser ? organisationName(event.organiser.organisation, format.locale) : '',
              other.events(`enums.EventStatus.${event.status}`),
              format.number(event.totalAttendees),
            ],
          }))}
        />
      )}
      {data.events.total > data.events.items.length ? (
        <p className="report-muted">
          {t(data.events.total > REPORT_EVENTS_MAX ? 'events.morePartly' : 'events.more', {
            value: format.number(data.events.total - data.events.items.length),
            max: format.number(REPORT_EVENTS_MAX),
          })}
        </p>
      ) : null}
    </section>
  );
}

function IndicatorsSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const { indicators } = data.programme;
  return (
    <section>
      <h2>{t('indicators.title')}</h2>
      {indicators.length === 0 ? (
        <p className="report-muted">{t('indicators.empty')}</p>
      ) : (
        <ReportTable
          caption={t('indicators.title')}
          columns={[t('indicators.name'), t('indicators.target'), t('indicators.achieved')]}
          numeric={[1, 2]}
          rows={indicators.map((indicator) => ({
            key: indicator.id,
            cells: [
              `${indicator.name} (${indicator.unit})`,
              format.number(indicator.target),
              format.number(indicator.achieved),
            ],
          }))}
        />
      )}
    </section>
  );
}

function BudgetSection({ data, format }: ReportSectionProps) {
  const { t } = useTranslation('programme-report');
  const { budget, sides } = data.programme;
  if (budget.total.planned === 0 && budget.total.spent === 0) return null;
  const money = (value: number) => formatMoney(value, budget.currency, format.locale);
  return (
    <section>
      <h2>{t('budget.title')}</h2>
      <ReportTable
        caption={t('budget.title')}
        columns={[t('budget.side'), t('budget.planned'), t('budget.spent')]}
        numeric={[1, 2]}
        rows={[
          ...budget.bySide.map((line) => ({
            key: line.id ?? 'unassigned',
            cells: [
              sides.find((side) => side.id === line.id)?.name ?? t('budget.unassigned'),
              money(line.planned),
              money(line.spent),
            ],
          })),
          {
            key: 'total',
            cells: [
              <strong key="l">{t('budget.total')}</strong>,
              <strong key="p">{money(budget.total.planned)}</strong>,
              <strong key="s">{money(budget.total.spent)}</strong>,
            ],
          },
        ]}
      />
    </section>
  );
}

/** The report's sections in printed order. */
export const REPORT_SECTIONS: ComponentType<ReportSectionProps>[] = [
  PartnersSection,
  PlanSection,
  EventsSection,
  IndicatorsSection,
  BudgetSection,
  ...COOPERATION_SECTIONS,
];

import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Container, Group } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { ErrorCode } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { localisedText } from '../../programmes/public';
import { ProgrammeReportQuery } from '../graphql/programmeReport';
import '../report.css';
import { REPORT_SECTIONS } from './ReportSections';
import { programmePath, programmeReportPdfPath } from '../../../app/paths';

/**
 * The programme's progress report at /programmes/:id/report: a document of its own, without
 * the app's frame, that prints on A4 as the association used to publish it.
 */
export function ProgrammeReportPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('programme-report');
  const { t: tApp } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ProgrammeReportQuery, {
    variables: { id },
  });
  const programme = data?.programme;
  const text = programme ? localisedText(programme, format.locale) : null;
  useDocumentTitle(text ? `${t('title')}: ${text.title} · ${tApp('app.name')}` : t('title'));

  if (loading && !data) return <LoadingState fullPage />;
  if ((error && errorCodeOf(error) === ErrorCode.NOT_FOUND) || (data && !programme)) {
    return <NotFoundPage />;
  }
  if (!data || !programme || !text) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }
  const report = { ...data, programme };

  return (
    <>
      <Group className="report-toolbar" justify="space-between" gap="sm">
        <Anchor component={Link} to={programmePath(id, 'dashboard')} size="sm">
          ← {t('back')}
        </Anchor>
        <Group gap="sm">
          <LanguageSwitch />
          <Button component="a" href={programmeReportPdfPath(id, i18n.language)} variant="light">
            {t('pdf')}
          </Button>
          <Button onClick={() => window.print()}>{t('print')}</Button>
        </Group>
      </Group>
      <article className="report" aria-labelledby="report-title">
        <div className="report-kicker">{t('title')}</div>
        <h1 id="report-title" lang={text.titleLanguage}>
          {text.title}
        </h1>
        <p className="report-muted">
          {programme.code} ·{' '}
          {t('period', {
            start: format.date(programme.startsOn),
            end: format.date(programme.endsOn),
          })}{' '}
          · {tApp(`enums.ProgrammeStatus.${programme.status}`)} ·{' '}
          {t('generated', { date: format.date(new Date().toISOString().slice(0, 10)) })}
        </p>
        {text.summary ? <p lang={text.summaryLanguage}>{text.summary}</p> : null}
        {REPORT_SECTIONS.map((Section, index) => (
          <Section key={index} data={report} format={format} />
        ))}
      </article>
    </>
  );
}

import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage, DEMO_PROGRAMME_CODE } from '../pages/ActionPlanPage';
import { DashboardPage } from '../pages/DashboardPage';
import { ProgrammeReportPage } from '../pages/ProgrammeReportPage';
import { PublicProgrammePage } from '../pages/PublicProgrammePage';

const DEMO_TITLE = /^Прикордонне міжмуніципальне співробітництво/;

test.describe('dashboards and reports', () => {
  test('a manager reads the dashboard as charts and as tables, then the printable report', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.observer));
    await signInAs(demoAccounts.observer);
    const dashboard = new DashboardPage(page);
    await dashboard.goto(programmeId);

    await expect(dashboard.chart(tFeature('dashboard', 'events.byType'))).toBeVisible();
    await expect(dashboard.chart(tFeature('dashboard', 'balance.title'))).toBeVisible();
    // The demo's twinning relations and monitoring issues, from the programme's own data.
    await expect(dashboard.chart(tFeature('dashboard', 'twinning.title'))).toBeVisible();
    await expect(dashboard.chart(tFeature('dashboard', 'issues.title'))).toBeVisible();

    await dashboard.showAs('table');
    const balance = dashboard.table(tFeature('dashboard', 'balance.title'));
    await expect(balance).toBeVisible();
    await expect(
      balance.getByRole('rowheader', {
        name: tFeature('dashboard', 'balance.metrics.eventsOrganised'),
      }),
    ).toBeVisible();
    await expect(balance.getByRole('columnheader', { name: /Харківська область/ })).toBeVisible();
    for (const metric of ['issuesRaised', 'reportsOnTime']) {
      await expect(
        balance.getByRole('rowheader', {
          name: tFeature('dashboard', `balance.metrics.${metric}`),
        }),
      ).toBeVisible();
    }
    const twinning = dashboard.table(tFeature('dashboard', 'twinning.title'));
    await expect(
      twinning.getByRole('row', { name: tFeature('dashboard', 'twinning.status.ACTIVE') }),
    ).not.toContainText(/^\D*0$/);
    await expect(dashboard.table(tFeature('dashboard', 'issues.title'))).toBeVisible();
    await expect(dashboard.table(tFeature('dashboard', 'progress.perAction'))).toContainText('1 ');

    const pdf = await page.request.get((await dashboard.pdfLink.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await dashboard.openReport();
    const report = new ProgrammeReportPage(page);
    await expect(report.heading(DEMO_TITLE)).toBeVisible();
    await expect(report.table('partners')).toContainText('Белгородская областная Дума');
    await expect(report.table('plan').getByRole('row')).not.toHaveCount(1);
    await expect(report.table('events')).toBeVisible();
    await expect(report.table('twinning.active')).toContainText('Белгородская областная Дума');
    await expect(report.table('monitoring.byCategory')).toBeVisible();
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: tFeature('programme-report', 'reporting.title'),
      }),
    ).toBeVisible();
    await expect(report.printButton).toBeVisible();
    // No app frame on the document: no navigation, no user menu.
    await expect(page.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0);
  });

  test('a manager sorts the portfolio', async ({ page, signInAs }) => {
    await signInAs(demoAccounts.observer);
    await page.getByRole('link', { name: t('nav.portfolio'), exact: true }).click();
    const table = page.getByRole('table', { name: tFeature('dashboard', 'portfolio.title') });
    await expect(table.getByRole('row', { name: new RegExp(DEMO_PROGRAMME_CODE) })).toBeVisible();
    const late = table.getByRole('columnheader', {
      name: tFeature('dashboard', 'portfolio.columns.lateReports'),
    });
    await late.getByRole('button').click();
    await expect(late).toHaveAttribute('aria-sort', 'descending');
    const header = table.getByRole('columnheader', {
      name: tFeature('dashboard', 'portfolio.columns.code'),
    });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
  });
});

test.describe('public programme page', () => {
  test('an anonymous visitor reads a published programme, in Ukrainian and in English @phone', async ({
    page,
  }) => {
    const site = new PublicProgrammePage(page);
    await site.goto(DEMO_PROGRAMME_CODE);
    await expect(site.heading(DEMO_TITLE)).toBeVisible();
    await expect(page).toHaveTitle(/Прикордонне міжмуніципальне/);
    await expect(site.section('sides')).toContainText('Белгородская областная Дума');
    await expect(site.section('events')).toContainText(tFeature('public-site', 'events.outcomes'));
    await expect(site.section('twinning')).toContainText(
      tFeature('twinning', 'enums.TwinningKind.AGREEMENT'),
    );

    await page.getByRole('button', { name: t('language.en') }).click();
    await expect(site.heading(/^Cross-border inter-municipal cooperation/)).toBeVisible();
    await expect(site.section('plan', 'en')).toBeVisible();
    await expect(page.getByText('@spilno.test')).toHaveCount(0);
  });

  test('the coordinator unpublishes a programme and its public page is gone', async ({
    page,
    browser,
    baseURL,
    apiAs,
    signInAs,
  }) => {
    const api = await apiAs(demoAccounts.coordinator);
    const code = `PUB-${Date.now().toString(36).toUpperCase()}`;
    const created = await api.query<{ createProgramme: { id: string; version: number } }>(
      `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`,
      {
        input: {
          code,
          title: 'Публічна сторінка для перевірки',
          summary: 'Спільні заходи двох громад.',
          startsOn: '2026-01-01',
          endsOn: '2027-12-31',
          sides: [
            { name: 'Харківська область', country: 'UA' },
            { name: 'Województwo lubelskie', country: 'PL' },
          ],
        },
      },
    );
    const { id } = created.createProgramme;
    const active = await api.query<{ updateProgramme: { version: number } }>(
      `mutation ($id: ID!, $version: Int!) {
         updateProgramme(id: $id, version: $version, input: { status: ACTIVE }) { version }
       }`,
      { id, version: created.createProgramme.version },
    );
    await api.query(
      `mutation ($id: ID!, $version: Int!) {
         publishProgramme(id: $id, version: $version, published: true) { id }
       }`,
      { id, version: active.updateProgramme.version },
    );

    const visitor = await browser.newContext({ baseURL, locale: 'uk-UA' });
    const visitorPage = await visitor.newPage();
    const site = new PublicProgrammePage(visitorPage);
    await site.goto(code);
    await expect(site.heading('Публічна сторінка для перевірки')).toBeVisible();

    await signInAs(demoAccounts.coordinator);
    await page.goto(`/programmes/${encodeURIComponent(id)}`);
    const publish = page.getByRole('switch', { name: tFeature('programmes', 'overview.publish') });
    await expect(publish).toBeChecked();
    const publicLink = page.getByRole('link', {
      name: tFeature('programmes', 'overview.publicPage'),
    });
    await expect(publicLink).toHaveAttribute('href', `/p/${code}`);
    // The switch follows the server: it turns off once the mutation has answered.
    await publish.click();
    await expect(publish).not.toBeChecked();
    await expect(publicLink).toHaveCount(0);

    await visitorPage.reload();
    await site.expectNotPublished();
    await visitor.close();
  });
});

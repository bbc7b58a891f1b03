import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { arrangeReportingProgramme } from '../fixtures/reporting';
import { expect, test } from '../fixtures/test';
import { AppShell } from '../pages/AppShell';
import { ReportPage } from '../pages/ReportPage';
import { ReportsPage } from '../pages/ReportsPage';
import { SignInPage } from '../pages/SignInPage';

test.describe('progress reports', () => {
  test('a partner submits, the coordinator sends it back, the partner fixes it and the coordinator approves', async ({
    page,
    browser,
    baseURL,
    apiAs,
    signInAs,
  }) => {
    // Two people, four round trips of review and a programme arranged first: about twenty
    // seconds on an idle machine, more than the default thirty on a busy one.
    test.slow();
    const arranged = await arrangeReportingProgramme(
      await apiAs(demoAccounts.coordinator),
      await apiAs(demoAccounts.partnerKharkiv),
      await apiAs(demoAccounts.partnerNeighbour),
    );
    const period = tFeature('progress-reports', 'periodName.half1', { year: 2025 });
    const partner = arranged.partnerName;

    // The partner sees it is late, writes the report and finds its round table filled in.
    await signInAs(demoAccounts.partnerKharkiv);
    const reports = new ReportsPage(page);
    await reports.goto(arranged.programmeId);
    await expect(reports.row(partner)).toContainText(tFeature('progress-reports', 'cell.late'));
    await reports.writeReport(partner, period);
    const report = new ReportPage(page);
    await expect(report.events).toContainText(arranged.eventTitle);
    await expect(report.events).toContainText('35');
    await report.submit('Провели круглий стіл громад прикордоння.');

    // The coordinator sends it back with a comment.
    const context = await browser.newContext({
      baseURL,
      locale: 'uk-UA',
      timezoneId: 'Europe/Kyiv',
    });
    const coordinatorPage = await context.newPage();
    const signIn = new SignInPage(coordinatorPage);
    await signIn.goto();
    await signIn.signIn(demoAccounts.coordinator);
    await new AppShell(coordinatorPage).expectSignedIn();
    const coordinatorReports = new ReportsPage(coordinatorPage);
    await coordinatorReports.goto(arranged.programmeId);
    await expect(coordinatorReports.row(partner)).toContainText(
      tFeature('progress-reports', 'status.SUBMITTED'),
    );
    await expect(coordinatorReports.row(partner)).not.toContainText(
      tFeature('progress-reports', 'cell.late'),
    );
    await coordinatorReports.openReport(partner, period);
    const review = new ReportPage(coordinatorPage);
    const comment = 'Додайте, скільки учасників було з кожного боку.';
    await review.review('requestChanges', comment);
    await review.expectStatus('CHANGES_REQUESTED');

    // The partner reads the comment, fixes the narrative and submits again.
    await page.reload();
    await report.expectStatus('CHANGES_REQUESTED');
    await expect(report.thread).toHaveCount(1);
    await expect(report.thread.first()).toContainText(comment);
    await report.submit('Провели круглий стіл: 24 учасники з Харківщини, 11 з Бєлгородщини.');

    // The coordinator approves; the thread keeps both decisions.
    await coordinatorPage.reload();
    await review.review('approve', 'Дякуємо, звіт прийнято.');
    await review.expectStatus('APPROVED');
    await expect(review.thread).toHaveCount(2);
    await coordinatorReports.goto(arranged.programmeId);
    await expect(coordinatorReports.row(partner)).toContainText(
      tFeature('progress-reports', 'status.APPROVED'),
    );
    await context.close();
  });
});

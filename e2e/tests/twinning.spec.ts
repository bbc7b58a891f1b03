import { demoAccounts } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { AppShell } from '../pages/AppShell';
import { SignInPage } from '../pages/SignInPage';
import { TwinningRegistryPage, TwinningRelationPage } from '../pages/TwinningPages';

/** The Kharkiv partner's council and the coordinator, as the demo data names them. */
const KHARKIV_COUNCIL = 'Харківська обласна рада';
const PARTNER_NAME = 'Ірина Харківська';
const COORDINATOR_NAME = 'Микола Координатор';

test.describe('twinning relations', () => {
  test('a partner proposes a relation, may not sign it itself, and the coordinator activates it', async ({
    page,
    browser,
    baseURL,
    apiAs,
    signInAs,
  }) => {
    // A council across the border not yet twinned with anyone, so the test can run again.
    const suffix = Date.now().toString(36);
    const neighbour = `Совет сельского поселения Журавлёвка ${suffix}`;
    await (
      await apiAs(demoAccounts.admin)
    ).query('mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: {
        name: neighbour,
        kind: 'VILLAGE_COUNCIL',
        country: 'RU',
        region: 'Белгородская область',
      },
    });

    await signInAs(demoAccounts.partnerKharkiv);
    await page.getByRole('link', { name: t('nav.twinning'), exact: true }).click();
    const registry = new TwinningRegistryPage(page);
    await expect(registry.heading).toBeVisible();
    await registry.propose({
      partner: `${neighbour} (RU)`,
      areas: ['Культура', 'Молодіжні обміни'],
      note: 'Запропоновано на круглому столі в Харкові',
    });

    const relation = new TwinningRelationPage(page);
    const title = `${KHARKIV_COUNCIL} ↔ ${neighbour}`;
    await relation.expectTitle(title);
    await expect(relation.steps).toHaveCount(1);
    await expect(relation.steps.first()).toContainText(
      tFeature('twinning', 'history.created', {
        status: tFeature('twinning', 'enums.TwinningStatus.PROPOSED'),
      }),
    );
    await expect(relation.steps.first()).toContainText(PARTNER_NAME);
    // The proposing council negotiates or withdraws; signing is for the other side.
    expect(await relation.offeredStatuses()).toEqual([
      tFeature('twinning', 'enums.TwinningStatus.NEGOTIATING'),
      tFeature('twinning', 'enums.TwinningStatus.TERMINATED'),
    ]);
    const relationUrl = page.url();

    const coordinatorContext = await browser.newContext({
      baseURL,
      locale: 'uk-UA',
      timezoneId: 'Europe/Kyiv',
    });
    const coordinatorPage = await coordinatorContext.newPage();
    const signIn = new SignInPage(coordinatorPage);
    await signIn.goto();
    await signIn.signIn(demoAccounts.coordinator);
    await new AppShell(coordinatorPage).expectSignedIn();
    const coordinatorRegistry = new TwinningRegistryPage(coordinatorPage);
    await coordinatorRegistry.goto();
    await coordinatorRegistry.table.getByRole('link', { name: new RegExp(suffix) }).click();
    const coordinatorView = new TwinningRelationPage(coordinatorPage);
    await coordinatorView.expectTitle(title);
    expect(coordinatorPage.url()).toBe(relationUrl);
    await coordinatorView.changeStatus(
      tFeature('twinning', 'enums.TwinningStatus.ACTIVE'),
      'Меморандум підписано головами рад',
    );
    await expect(coordinatorView.steps).toHaveCount(2);
    await expect(coordinatorView.steps.nth(1)).toContainText(
      tFeature('twinning', 'history.moved', {
        from: tFeature('twinning', 'enums.TwinningStatus.PROPOSED'),
        to: tFeature('twinning', 'enums.TwinningStatus.ACTIVE'),
      }),
    );
    await expect(coordinatorView.steps.nth(1)).toContainText(COORDINATOR_NAME);
    await expect(coordinatorView.steps.nth(1)).toContainText('Меморандум підписано головами рад');
    await coordinatorContext.close();

    // Back on the partner's side, the relation is active and its history tells both steps.
    await page.reload();
    await expect(relation.steps).toHaveCount(2);
    await expect(relation.steps.first()).toContainText(PARTNER_NAME);
    await expect(relation.steps.nth(1)).toContainText(COORDINATOR_NAME);
  });

  test('the picture of the relations downloads as SVG', async ({ page, signInAs }) => {
    await signInAs(demoAccounts.observer);
    const registry = new TwinningRegistryPage(page);
    await registry.goto();
    await page.getByText(tFeature('twinning', 'views.picture'), { exact: true }).click();
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: tFeature('twinning', 'diagram.download'), exact: true })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('twinning.svg');
    const text = await (await file.createReadStream()).toArray();
    const svg = Buffer.concat(text).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain(KHARKIV_COUNCIL);
    await expect(registry.table).toHaveCount(0);
    await expect(
      page.getByRole('table', { name: tFeature('twinning', 'diagram.title'), exact: true }),
    ).toBeAttached();
  });
});

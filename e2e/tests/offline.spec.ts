import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoAccounts } from '../fixtures/accounts';
import type { Api } from '../fixtures/api';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { EventsPage } from '../pages/EventsPage';
import { OutboxPage } from '../pages/OutboxPage';

/** A real PNG, so the server's check of the content lets it through as a photo. */
const PHOTO = {
  name: 'photo.png',
  mimeType: 'image/png',
  buffer: fs.readFileSync(path.resolve(__dirname, '../../client/public/icon-192.png')),
};

interface LoggedEvent {
  id: string;
  title: string;
  attachments: { fileName: string }[];
}

/** The events of the programme on `day` with `title`, as the server has them. */
async function eventsTitled(api: Api, programmeId: string, day: string, title: string) {
  const data = await api.query<{ events: { items: LoggedEvent[] } }>(
    `query ($programmeId: ID!, $from: DateTime!, $to: DateTime!) {
      events(programmeId: $programmeId, from: $from, to: $to, limit: 50) {
        items { id title attachments { fileName } }
      }
    }`,
    { programmeId, from: `${day}T00:00:00Z`, to: `${day}T23:59:59Z` },
  );
  return data.events.items.filter((event) => event.title === title);
}

/** Opens the short form and fills it, with a photo, and saves it. */
async function logEventWithPhoto(page: Page, title: string, day: string): Promise<void> {
  await page.getByRole('button', { name: tFeature('events', 'list.log'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: tFeature('events', 'form.logTitle') });
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('combobox', { name: tFeature('events', 'form.type'), exact: true })
    .click();
  await page
    .getByRole('option', { name: tFeature('events', 'enums.EventType.ROUND_TABLE'), exact: true })
    .click();
  await dialog
    .getByRole('textbox', { name: tFeature('events', 'form.title'), exact: true })
    .fill(title);
  await dialog.getByLabel(tFeature('events', 'form.startsAt')).fill(`${day}T11:00`);
  await dialog.getByLabel(tFeature('events', 'form.endsAt')).fill(`${day}T13:00`);
  await dialog.locator('input[type="file"]').setInputFiles(PHOTO);
  await dialog
    .getByRole('button', { name: tFeature('events', 'form.create'), exact: true })
    .click();
}

/** Waits until the service worker controls the page, so a reload offline is answered by it. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Gives the debounced copy of the cache time to reach IndexedDB. */
async function waitForCacheCopy(page: Page): Promise<void> {
  await page.waitForTimeout(2500);
}

test.describe('working offline', () => {
  test('an event with a photo logged offline survives a reload and is sent once when back online', async ({
    page,
    context,
    apiAs,
    signInAs,
  }) => {
    const coordinator = await apiAs(demoAccounts.coordinator);
    const programmeId = await ActionPlanPage.programmeId(coordinator);
    await signInAs(demoAccounts.partnerKharkiv);
    const events = new EventsPage(page);
    await events.goto(programmeId);
    await waitForServiceWorker(page);
    await waitForCacheCopy(page);

    await context.setOffline(true);
    const title = `Зустріч на пункті пропуску ${Date.now().toString(36)}`;
    const day = '2026-05-20';
    await logEventWithPhoto(page, title, day);
    const outbox = new OutboxPage(page);
    await expect(outbox.queuedNotice).toContainText(title);
    await page.getByRole('button', { name: t('outbox.done'), exact: true }).click();

    // The shell comes from the service worker, the page from the kept copy of the cache.
    await page.reload();
    await expect(page.getByRole('tab', { selected: true })).toBeVisible();
    await expect(page.getByTestId('offline-notice')).toBeVisible();
    await expect(outbox.buttonWithCount(1)).toBeVisible();
    await outbox.open();
    const item = outbox.item('event', title);
    await outbox.expectState(item, 'waiting');
    expect(await eventsTitled(coordinator, programmeId, day, title)).toEqual([]);

    await context.setOffline(false);
    await outbox.expectState(item, 'sent');
    await expect(page.getByTestId('offline-notice')).toBeHidden();
    await expect
      .poll(async () => (await eventsTitled(coordinator, programmeId, day, title)).length)
      .toBe(1);
    const [logged] = await eventsTitled(coordinator, programmeId, day, title);
    expect(logged?.attachments.map((file) => file.fileName)).toEqual([PHOTO.name]);
  });

  test('a conflicting progress report stays in the outbox with its reason', async ({
    page,
    context,
    apiAs,
    signInAs,
  }) => {
    const partnerApi = await apiAs(demoAccounts.partnerKharkiv);
    const programmeId = await ActionPlanPage.programmeId(partnerApi);
    await signInAs(demoAccounts.partnerKharkiv);
    const plan = new ActionPlanPage(page);
    await plan.goto(programmeId);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    const code = '2.1';
    await plan.reportButton(code).click();
    const dialog = page.getByRole('dialog', {
      name: tFeature('action-plan', 'report.open', { code }),
    });
    await dialog
      .getByRole('textbox', { name: tFeature('action-plan', 'report.progress'), exact: true })
      .fill('65');
    await dialog
      .getByRole('button', { name: tFeature('action-plan', 'report.submit'), exact: true })
      .click();
    const outbox = new OutboxPage(page);
    await expect(outbox.queuedNotice).toBeVisible();

    // Meanwhile the same action is reported from elsewhere: the queued report is stale.
    const { programme } = await partnerApi.query<{
      programme: { actions: { id: string; code: string; version: number }[] };
    }>('query ($id: ID!) { programme(id: $id) { actions { id code version } } }', {
      id: programmeId,
    });
    const action = programme.actions.find((candidate) => candidate.code === code)!;
    await partnerApi.query(
      'mutation ($id: ID!, $version: Int!) { reportActionProgress(id: $id, version: $version, progress: 70) { id } }',
      { id: action.id, version: action.version },
    );

    await outbox.open();
    const item = outbox.item('progress', tFeature('action-plan', 'report.title', { code }));
    await outbox.expectState(item, 'waiting');
    await context.setOffline(false);
    await outbox.expectState(item, 'attention');
    await expect(item).toContainText(tFeature('outbox', 'reason.CONFLICT'));
    await expect(outbox.buttonWithCount(1)).toBeVisible();

    await item.getByRole('button', { name: tFeature('outbox', 'discard'), exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: tFeature('outbox', 'discard'), exact: true })
      .click();
    await expect(item).toBeHidden();
    await expect(outbox.buttonWithCount(0)).toBeVisible();
  });
});

test.describe('a lost answer', () => {
  // Without a service worker every request of the page passes the route handler.
  test.use({ serviceWorkers: 'block' });

  test('an event whose first answer was lost is written once, under its key', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const coordinator = await apiAs(demoAccounts.coordinator);
    const programmeId = await ActionPlanPage.programmeId(coordinator);
    await signInAs(demoAccounts.partnerKharkiv);
    await new EventsPage(page).goto(programmeId);

    // The request reaches the server, which logs the event; its answer never reaches the page.
    let dropped = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'LogEvent' || dropped > 0) return route.continue();
      dropped += 1;
      await route.fetch();
      await route.abort('internetdisconnected');
    });

    const title = `Зустріч без відповіді ${Date.now().toString(36)}`;
    const day = '2026-05-21';
    await logEventWithPhoto(page, title, day);
    const outbox = new OutboxPage(page);
    await expect(outbox.queuedNotice).toContainText(title);
    expect(dropped).toBe(1);

    await page.getByRole('button', { name: t('outbox.done'), exact: true }).click();
    await outbox.open();
    await outbox.expectState(outbox.item('event', title), 'sent');
    const logged = await eventsTitled(coordinator, programmeId, day, title);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.attachments.map((file) => file.fileName)).toEqual([PHOTO.name]);
  });
});

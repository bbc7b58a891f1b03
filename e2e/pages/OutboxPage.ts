import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';

/** The outbox: writes saved without a connection, with their states. */
export class OutboxPage {
  constructor(private readonly page: Page) {}

  /** The app frame's outbox button, whose name carries the count of writes not sent. */
  get button(): Locator {
    return this.page.getByRole('link', { name: t('outbox.button', { count: '' }).trim() });
  }

  buttonWithCount(count: number): Locator {
    return this.page.getByRole('link', { name: t('outbox.button', { count }), exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('link', { name: new RegExp(`^${t('outbox.label')}`) })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: tFeature('outbox', 'title') }),
    ).toBeVisible();
  }

  item(kind: 'event' | 'progress' | 'issue' | 'report', title: string): Locator {
    return this.page.getByLabel(`${tFeature('outbox', `kind.${kind}`)}: ${title}`, { exact: true });
  }

  async expectState(item: Locator, state: 'waiting' | 'sending' | 'sent' | 'attention') {
    await expect(item).toContainText(tFeature('outbox', `state.${state}`));
  }

  /** The notice a form shows in place of its fields once its write is queued. */
  get queuedNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: t('outbox.queuedTitle') });
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

/** One progress report: its narrative, filled-in content, review and review history. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  get notice(): Locator {
    return this.page.getByRole('status');
  }

  get events(): Locator {
    return this.page.getByRole('table', {
      name: tFeature('progress-reports', 'content.eventsLabel'),
      exact: true,
    });
  }

  get narrative(): Locator {
    return this.page.getByRole('textbox', {
      name: tFeature('progress-reports', 'page.narrative'),
      exact: true,
    });
  }

  async expectStatus(status: string): Promise<void> {
    await expect(
      this.page
        .getByRole('main')
        .getByText(tFeature('progress-reports', `status.${status}`), { exact: true })
        .first(),
    ).toBeVisible();
  }

  /** Writes the narrative and submits it (unsaved text is saved on the way). */
  async submit(narrative: string): Promise<void> {
    await this.narrative.fill(narrative);
    await this.page
      .getByRole('button', { name: tFeature('progress-reports', 'page.submit'), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('progress-reports', 'page.submitTitle'),
    });
    await dialog
      .getByRole('button', {
        name: tFeature('progress-reports', 'page.submitConfirm'),
        exact: true,
      })
      .click();
    await expect(dialog).toBeHidden();
    await expect(
      this.notice.filter({ hasText: tFeature('progress-reports', 'page.submittedNotice') }),
    ).toBeVisible();
    await this.expectStatus('SUBMITTED');
  }

  async review(decision: 'approve' | 'requestChanges', comment: string): Promise<void> {
    await this.page
      .getByRole('textbox', { name: tFeature('progress-reports', 'review.comment'), exact: true })
      .fill(comment);
    await this.page
      .getByRole('button', {
        name: tFeature('progress-reports', `review.${decision}`),
        exact: true,
      })
      .click();
    const done = decision === 'approve' ? 'review.approved' : 'review.sentBack';
    await expect(this.notice.filter({ hasText: tFeature('progress-reports', done) })).toBeVisible();
  }

  /** The review history, one list item per decision, oldest first. */
  get thread(): Locator {
    return this.page.getByRole('listitem').filter({
      has: this.page.getByText(
        new RegExp(
          `^(${tFeature('progress-reports', 'enums.ReviewDecision.APPROVE')}|${tFeature('progress-reports', 'enums.ReviewDecision.REQUEST_CHANGES')})$`,
        ),
      ),
    });
  }
}

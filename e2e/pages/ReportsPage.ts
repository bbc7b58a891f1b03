import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

/** The Reports tab of a programme: partners × reporting periods. */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('table', {
      name: tFeature('progress-reports', 'tab.gridLabel'),
      exact: true,
    });
  }

  async goto(programmeId: string): Promise<void> {
    await this.page.goto(`/programmes/${encodeURIComponent(programmeId)}/reports`);
    await expect(this.grid).toBeVisible();
  }

  /** A partner's row, found by its organisation's name. */
  row(partner: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: partner });
  }

  /** Starts the partner's missing report for the period and waits for its page. */
  async writeReport(partner: string, period: string): Promise<void> {
    await this.page
      .getByRole('button', {
        name: tFeature('progress-reports', 'cell.writeFor', { partner, period }),
        exact: true,
      })
      .click();
    await expect(this.page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  }

  async openReport(partner: string, period: string): Promise<void> {
    await this.page
      .getByRole('link', {
        name: tFeature('progress-reports', 'cell.open', { partner, period }),
        exact: true,
      })
      .click();
    await expect(this.page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

/** The Dashboard tab of a programme: figures, charts and their table view. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async goto(programmeId: string): Promise<void> {
    await this.page.goto(`/programmes/${encodeURIComponent(programmeId)}/dashboard`);
    await expect(this.section('progress')).toBeVisible();
  }

  /** A section of the dashboard by its heading. */
  section(
    name: 'progress' | 'events' | 'balance' | 'results' | 'monitoring' | 'twinning',
  ): Locator {
    return this.page.getByRole('region', {
      name: tFeature('dashboard', `sections.${name}`),
      exact: true,
    });
  }

  /** A chart: a figure named by its caption. */
  chart(caption: string): Locator {
    return this.page.getByRole('figure', { name: caption, exact: true });
  }

  /** The same figures as a visible table (table view). */
  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption, exact: true });
  }

  async showAs(view: 'chart' | 'table'): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: tFeature('dashboard', 'view.label') })
      .getByText(tFeature('dashboard', `view.${view}`), { exact: true })
      .click();
  }

  async openReport(): Promise<void> {
    await this.page
      .getByRole('link', { name: tFeature('dashboard', 'report.open'), exact: true })
      .click();
  }

  get pdfLink(): Locator {
    return this.page.getByRole('link', { name: tFeature('dashboard', 'report.pdf'), exact: true });
  }
}

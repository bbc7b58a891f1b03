import type { Locator, Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

/** The printable progress report of a programme. */
export class ProgrammeReportPage {
  constructor(private readonly page: Page) {}

  heading(title: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  /** A section's table by its key in the `report` texts, e.g. `plan.title`, `twinning.active`. */
  table(key: 'partners' | 'plan' | 'events' | 'indicators' | 'budget' | (string & {})): Locator {
    const name = tFeature('programme-report', key.includes('.') ? key : `${key}.title`);
    return this.page.getByRole('table', { name, exact: true });
  }

  get printButton(): Locator {
    return this.page.getByRole('button', {
      name: tFeature('programme-report', 'print'),
      exact: true,
    });
  }
}

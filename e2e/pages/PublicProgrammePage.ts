import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';
import type { Locale } from '../fixtures/i18n';

/** The public page of a programme at /p/<code>, seen without signing in. */
export class PublicProgrammePage {
  constructor(private readonly page: Page) {}

  async goto(code: string): Promise<void> {
    await this.page.goto(`/p/${encodeURIComponent(code)}`);
  }

  heading(title: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  section(key: 'sides' | 'plan' | 'events' | 'twinning', locale: Locale = 'uk'): Locator {
    return this.page.getByRole('region', {
      name: tFeature('public-site', `${key}.title`, {}, locale),
      exact: true,
    });
  }

  async expectNotPublished(locale: Locale = 'uk'): Promise<void> {
    await expect(
      this.page.getByText(tFeature('public-site', 'notPublished', {}, locale), { exact: true }),
    ).toBeVisible();
  }
}

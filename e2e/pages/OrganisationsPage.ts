import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';

/** The organisation directory: search, CSV export and import. */
export class OrganisationsPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: t('organisations.title') });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: t('organisations.title') });
  }

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: tFeature('organisations', 'import.title') });
  }

  get importButton(): Locator {
    return this.importDialog.getByRole('button', { name: t('importPreview.submit'), exact: true });
  }

  get previewTable(): Locator {
    return this.importDialog.getByRole('table', { name: t('importPreview.caption') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/organisations');
    await expect(this.heading).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page
      .getByRole('searchbox', { name: t('organisations.search'), exact: true })
      .fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  async openImport(): Promise<void> {
    await this.page
      .getByRole('button', { name: tFeature('organisations', 'actions.import'), exact: true })
      .click();
    await expect(this.importDialog).toBeVisible();
  }

  /** Chooses a CSV file; the dialog reads it and shows the preview. */
  async chooseCsv(csv: string): Promise<void> {
    await this.importDialog.getByLabel(t('importPreview.file'), { exact: true }).setInputFiles({
      name: 'organisations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf-8'),
    });
    await expect(this.previewTable).toBeVisible();
  }

  previewRow(label: string): Locator {
    return this.previewTable.getByRole('row').filter({ hasText: label });
  }
}

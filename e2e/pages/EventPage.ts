import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

/** One event's page: its details, its files and the edit form. */
export class EventPage {
  constructor(private readonly page: Page) {}

  get attachments(): Locator {
    return this.page.getByRole('table', {
      name: tFeature('events', 'attachments.label'),
      exact: true,
    });
  }

  attachmentLink(fileName: string): Locator {
    return this.attachments.getByRole('link', {
      name: tFeature('events', 'attachments.download', { name: fileName }),
      exact: true,
    });
  }

  async expectTitle(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /** Attaches a file made up in the test, then waits for it in the list. */
  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page
      .getByLabel(tFeature('events', 'attachments.choose'), { exact: true })
      .setInputFiles(file);
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: tFeature('events', 'attachments.uploaded', { name: file.name }) }),
    ).toBeVisible();
    await expect(this.attachmentLink(file.name)).toBeVisible();
  }

  /** Changes the status through the edit form. */
  async setStatus(status: string): Promise<void> {
    const dialog = await this.openEditForm();
    await dialog
      .getByRole('combobox', { name: tFeature('events', 'form.status'), exact: true })
      .click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    await this.saveEditForm(dialog);
  }

  /**
   * Types the title (and the description, if given) in another working language of the
   * programme, named as the interface names it, e.g. "англійська".
   */
  async translate(language: string, texts: { title: string; description?: string }): Promise<void> {
    const dialog = await this.openEditForm();
    const fields = dialog.getByRole('group', {
      name: tFeature('programmes', 'edit.translation', { language }),
      exact: true,
    });
    await fields
      .getByRole('textbox', {
        name: tFeature('programmes', 'edit.translationTitle', { language }),
        exact: true,
      })
      .fill(texts.title);
    if (texts.description !== undefined) {
      await fields
        .getByRole('textbox', {
          name: tFeature('events', 'form.translationText', { language }),
          exact: true,
        })
        .fill(texts.description);
    }
    await this.saveEditForm(dialog);
  }

  private async openEditForm(): Promise<Locator> {
    await this.page
      .getByRole('button', { name: tFeature('events', 'page.edit'), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', { name: tFeature('events', 'form.editTitle') });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  private async saveEditForm(dialog: Locator): Promise<void> {
    await dialog
      .getByRole('button', { name: tFeature('events', 'form.save'), exact: true })
      .click();
    await expect(dialog).toBeHidden();
    await expect(
      this.page.getByRole('status').filter({ hasText: tFeature('events', 'page.saved') }),
    ).toBeVisible();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import type { Role } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';

export interface NewUser {
  email: string;
  name: string;
  role: Exclude<Role, 'PARTNER'>;
  password: string;
}

/** Administration of accounts; only administrators reach it. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: t('users.title') });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: t('users.title') });
  }

  private get createDialog(): Locator {
    return this.page.getByRole('dialog', { name: t('users.form.title') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/users');
    await expect(this.heading).toBeVisible();
  }

  /** Creates an account through the form, as the secretariat would. */
  async createUser(user: NewUser): Promise<void> {
    await this.page.getByRole('button', { name: t('users.create'), exact: true }).click();
    const dialog = this.createDialog;
    await expect(dialog).toBeVisible();
    await dialog
      .getByRole('textbox', { name: t('users.form.email'), exact: true })
      .fill(user.email);
    await dialog.getByRole('textbox', { name: t('users.form.name'), exact: true }).fill(user.name);
    await dialog.getByRole('combobox', { name: t('users.form.role'), exact: true }).click();
    await this.page
      .getByRole('option', { name: t(`enums.Role.${user.role}`), exact: true })
      .click();
    await dialog
      .getByRole('textbox', { name: t('users.form.password'), exact: true })
      .fill(user.password);
    await dialog.getByRole('button', { name: t('users.form.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('status')).toContainText(
      t('users.created', { name: user.name }),
    );
    await expect(this.table.getByRole('row').filter({ hasText: user.email })).toBeVisible();
  }
}

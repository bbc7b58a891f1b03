import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale } from '../fixtures/i18n';

export class ChangePasswordDialog {
  constructor(
    private readonly page: Page,
    private readonly locale: Locale = 'uk',
  ) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: t('auth.changePassword.title', {}, this.locale) });
  }

  private field(key: string): Locator {
    return this.root.getByRole('textbox', { name: t(key, {}, this.locale), exact: true });
  }

  async change(currentPassword: string, newPassword: string): Promise<void> {
    await this.field('auth.changePassword.current').fill(currentPassword);
    await this.field('auth.changePassword.new').fill(newPassword);
    await this.field('auth.changePassword.confirm').fill(newPassword);
    await this.root
      .getByRole('button', { name: t('auth.changePassword.submit', {}, this.locale), exact: true })
      .click();
  }

  async expectChanged(): Promise<void> {
    await expect(this.root.getByRole('status')).toHaveText(
      t('auth.changePassword.success', {}, this.locale),
    );
  }

  async close(): Promise<void> {
    await this.root
      .getByRole('button', { name: t('common.close', {}, this.locale), exact: true })
      .first()
      .click();
    await expect(this.root).toBeHidden();
  }
}

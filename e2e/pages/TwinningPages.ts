import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

export interface Proposal {
  /** The other organisation, as the picker lists it: "name (country)". */
  partner: string;
  areas: string[];
  note: string;
}

/** The registry of twinning relations and its proposal form. */
export class TwinningRegistryPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/twinning');
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: tFeature('twinning', 'registry.title'),
    });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: tFeature('twinning', 'table.label'), exact: true });
  }

  /** Proposes a relation of the signed-in partner's organisation; lands on its page. */
  async propose({ partner, areas, note }: Proposal): Promise<void> {
    await this.page
      .getByRole('button', { name: tFeature('twinning', 'registry.propose'), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('twinning', 'form.proposeTitle'),
    });
    await expect(dialog).toBeVisible();
    const other = dialog.getByRole('combobox', {
      name: tFeature('twinning', 'form.organisationB'),
      exact: true,
    });
    await other.fill(partner.replace(/ \([A-Z]{2}\)$/, ''));
    await this.page.getByRole('option', { name: partner, exact: true }).click();
    const areasInput = dialog.getByRole('combobox', {
      name: tFeature('twinning', 'form.areas'),
      exact: true,
    });
    for (const area of areas) {
      await areasInput.fill(area);
      await areasInput.press('Enter');
    }
    await dialog
      .getByRole('textbox', { name: tFeature('twinning', 'form.note'), exact: true })
      .fill(note);
    await dialog
      .getByRole('button', { name: tFeature('twinning', 'form.propose'), exact: true })
      .click();
    await expect(dialog).toBeHidden();
  }
}

/** One relation's page: its status, the status change form and the history. */
export class TwinningRelationPage {
  constructor(private readonly page: Page) {}

  async expectTitle(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  get history(): Locator {
    return this.page.getByRole('region', {
      name: tFeature('twinning', 'history.title'),
      exact: true,
    });
  }

  get steps(): Locator {
    return this.history.getByRole('listitem');
  }

  private get statusForm(): Locator {
    return this.page.getByRole('region', {
      name: tFeature('twinning', 'status.title'),
      exact: true,
    });
  }

  private get nextStatus(): Locator {
    return this.statusForm.getByRole('combobox', {
      name: tFeature('twinning', 'status.next'),
      exact: true,
    });
  }

  /** The statuses the form offers, read from its open list, which it then closes. */
  async offeredStatuses(): Promise<string[]> {
    await this.nextStatus.click();
    const options = this.page.getByRole('option');
    await expect(options.first()).toBeVisible();
    const names = await options.allTextContents();
    await this.page.keyboard.press('Escape');
    return names;
  }

  async changeStatus(status: string, note: string): Promise<void> {
    const form = this.statusForm;
    await this.nextStatus.click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    await form
      .getByRole('textbox', { name: tFeature('twinning', 'status.note'), exact: true })
      .fill(note);
    await form
      .getByRole('button', { name: tFeature('twinning', 'status.submit'), exact: true })
      .click();
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: tFeature('twinning', 'status.changed', { status }) }),
    ).toBeVisible();
  }
}

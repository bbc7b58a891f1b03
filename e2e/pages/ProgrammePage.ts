import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';

export type ProgrammeTab =
  | 'overview'
  | 'partners'
  | 'plan'
  | 'timeline'
  | 'events'
  | 'indicators'
  | 'budget'
  | 'dashboard'
  | 'translations';

export interface NewPartner {
  /** Typed into the organisation search. */
  search: string;
  /** The option to pick, e.g. "Харківська обласна рада (UA)". */
  option: string;
  role: 'LEAD' | 'PARTNER' | 'ASSOCIATED';
}

/** One programme with its tabs; the partners tab groups partners by side. */
export class ProgrammePage {
  constructor(private readonly page: Page) {}

  heading(title: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: title, exact: true });
  }

  tab(tab: ProgrammeTab): Locator {
    return this.page.getByRole('tab', { name: tFeature('programmes', `tabs.${tab}`), exact: true });
  }

  async openTab(tab: ProgrammeTab): Promise<void> {
    await this.tab(tab).click();
    await expect(this.tab(tab)).toHaveAttribute('aria-selected', 'true');
  }

  /** The partners of one side: a table named after the side, e.g. "Județul Sibiu (Румунія)". */
  sideTable(sideLabel: string): Locator {
    return this.page.getByRole('table', { name: sideLabel, exact: true });
  }

  async addPartner(partner: NewPartner): Promise<void> {
    await this.page
      .getByRole('button', { name: tFeature('programmes', 'partners.add'), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('programmes', 'partners.addTitle'),
    });
    await expect(dialog).toBeVisible();
    const organisation = dialog.getByRole('combobox', {
      name: tFeature('programmes', 'partners.organisation'),
      exact: true,
    });
    await organisation.click();
    await organisation.fill(partner.search);
    await this.page.getByRole('option', { name: partner.option, exact: true }).click();
    // A partner sits on the side of its own country: with one such side it is chosen already.
    await expect(
      dialog.getByRole('combobox', { name: tFeature('programmes', 'partners.side'), exact: true }),
    ).not.toHaveValue('');
    await dialog
      .getByRole('combobox', { name: tFeature('programmes', 'partners.role'), exact: true })
      .click();
    await this.page
      .getByRole('option', { name: t(`enums.PartnerRole.${partner.role}`), exact: true })
      .click();
    await dialog
      .getByRole('button', { name: tFeature('programmes', 'partners.add'), exact: true })
      .click();
    await expect(dialog).toBeHidden();
  }
}

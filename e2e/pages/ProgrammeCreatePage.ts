import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';

export interface NewProgrammeSide {
  name: string;
  /** ISO code, e.g. RO. */
  country: string;
}

export interface NewProgramme {
  code: string;
  title: string;
  startsOn: string;
  endsOn: string;
  sides: NewProgrammeSide[];
}

/** The "New programme" form, opened from the programme list. */
export class ProgrammeCreatePage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: tFeature('programmes', 'create.title'),
    });
  }

  private textbox(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** From the programme list, as a coordinator would. */
  async openFromList(): Promise<void> {
    await this.page.goto('/programmes');
    await expect(
      this.page.getByRole('heading', { level: 1, name: t('programmes.title') }),
    ).toBeVisible();
    await this.page
      .getByRole('link', { name: tFeature('programmes', 'list.newProgramme') })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Country names follow the interface language, so they are looked up the same way. */
  private async chooseCountry(label: string, code: string): Promise<void> {
    const name = await this.page.evaluate(
      (country) =>
        new Intl.DisplayNames([document.documentElement.lang], { type: 'region' }).of(country),
      code,
    );
    if (!name) throw new Error(`No name for country ${code}`);
    const combobox = this.page.getByRole('combobox', { name: label, exact: true });
    await combobox.click();
    await combobox.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(combobox).toHaveValue(name);
  }

  async fill(programme: NewProgramme): Promise<void> {
    await this.textbox(tFeature('programmes', 'create.code')).fill(programme.code);
    await this.textbox(tFeature('programmes', 'create.titleLabel')).fill(programme.title);
    await this.page
      .getByLabel(tFeature('programmes', 'create.startsOn'), { exact: true })
      .fill(programme.startsOn);
    await this.page
      .getByLabel(tFeature('programmes', 'create.endsOn'), { exact: true })
      .fill(programme.endsOn);
    for (const [index, side] of programme.sides.entries()) {
      const n = index + 1;
      if (!(await this.textbox(tFeature('programmes', 'create.sideName', { n })).isVisible())) {
        await this.page
          .getByRole('button', { name: tFeature('programmes', 'create.addSide') })
          .click();
      }
      await this.textbox(tFeature('programmes', 'create.sideName', { n })).fill(side.name);
      await this.chooseCountry(tFeature('programmes', 'create.sideCountry', { n }), side.country);
    }
  }

  async submit(): Promise<void> {
    await this.page
      .getByRole('button', { name: tFeature('programmes', 'create.submit'), exact: true })
      .click();
  }
}

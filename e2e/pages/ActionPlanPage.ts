import { expect, type Locator, type Page } from '@playwright/test';
import type { Api } from '../fixtures/api';
import { tFeature } from '../fixtures/featureI18n';
import { tPlanPrefix } from '../fixtures/planI18n';

/** The demo programme with a three-level action plan. */
export const DEMO_PROGRAMME_CODE = 'KH-BE-2012';

/** The action plan tab of a programme: the tree table, its row controls and dialogs. */
export class ActionPlanPage {
  constructor(private readonly page: Page) {}

  /** The id of a programme by its code, looked up as the given (signed-in) API user. */
  static async programmeId(api: Api, code = DEMO_PROGRAMME_CODE): Promise<string> {
    const { programmes } = await api.query<{ programmes: { id: string; code: string }[] }>(
      '{ programmes { id code } }',
    );
    const programme = programmes.find((candidate) => candidate.code === code);
    expect(programme, `the demo data has programme ${code}`).toBeDefined();
    return programme?.id ?? '';
  }

  async goto(programmeId: string): Promise<void> {
    await this.page.goto(`/programmes/${encodeURIComponent(programmeId)}/plan`);
    await expect(this.table).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: tFeature('action-plan', 'table.label') });
  }

  /** The live region announcing a saved change, found by what it says. */
  notice(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  row(code: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByText(code, { exact: true }) });
  }

  reportButton(code: string): Locator {
    return this.row(code).getByRole('button', {
      name: tFeature('action-plan', 'report.open', { code }),
    });
  }

  moreButton(code: string): Locator {
    return this.row(code).getByRole('button', {
      name: tFeature('action-plan', 'table.more', { code }),
    });
  }

  progressBar(code: string): Locator {
    return this.row(code).getByRole('progressbar', {
      name: tFeature('action-plan', 'table.progressOf', { code }),
    });
  }

  async progressOf(code: string): Promise<number> {
    return Number(await this.progressBar(code).getAttribute('aria-valuenow'));
  }

  /** Reports progress through the row's popover and waits until it is saved. */
  async reportProgress(code: string, progress: number, note: string): Promise<void> {
    await this.reportButton(code).click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('action-plan', 'report.open', { code }),
    });
    await expect(dialog).toBeVisible();
    const field = dialog.getByRole('textbox', {
      name: tFeature('action-plan', 'report.progress'),
      exact: true,
    });
    await field.fill(String(progress));
    await dialog
      .getByRole('textbox', { name: tFeature('action-plan', 'report.note'), exact: true })
      .fill(note);
    await dialog
      .getByRole('button', { name: tFeature('action-plan', 'report.submit'), exact: true })
      .click();
    await expect(dialog).toBeHidden();
    await expect(this.notice(tFeature('action-plan', 'report.saved', { code }))).toBeVisible();
  }

  /** Opens the history drawer of an action and returns it. */
  async openHistory(code: string): Promise<Locator> {
    await this.row(code)
      .getByRole('button', { name: tFeature('action-plan', 'history.open', { code }) })
      .click();
    const drawer = this.page.getByRole('dialog', {
      name: tPlanPrefix('history.title', { code }),
    });
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** Adds a sub-action through the row menu, keeping the suggested code; returns that code. */
  async addSubAction(parentCode: string, title: string): Promise<string> {
    await this.moreButton(parentCode).click();
    await this.page
      .getByRole('menuitem', { name: tFeature('action-plan', 'table.addChild'), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('action-plan', 'form.createChildTitle', { code: parentCode }),
    });
    await expect(dialog).toBeVisible();
    const code = await dialog
      .getByRole('textbox', { name: tFeature('action-plan', 'form.code'), exact: true })
      .inputValue();
    expect(code.startsWith(`${parentCode}.`), `suggested code ${code}`).toBe(true);
    await dialog
      .getByRole('textbox', { name: tFeature('action-plan', 'form.title'), exact: true })
      .fill(title);
    await dialog
      .getByRole('button', { name: tFeature('action-plan', 'form.create'), exact: true })
      .click();
    await expect(dialog).toBeHidden();
    await expect(this.notice(tFeature('action-plan', 'form.created', { code }))).toBeVisible();
    await expect(this.row(code)).toBeVisible();
    return code;
  }
}

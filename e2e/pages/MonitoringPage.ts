import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

export interface NewRound {
  title: string;
  periodStart: string;
  periodEnd: string;
  prompts: string[];
}

export interface NewAnswer {
  kind: 'PROBLEM' | 'EXPECTATION';
  category: string;
  severity: string;
  title: string;
  description?: string;
}

/** A programme's monitoring: the tab, a round's page with a partner's answers, an issue's page. */
export class MonitoringPage {
  constructor(private readonly page: Page) {}

  async goto(programmeId: string): Promise<void> {
    await this.page.goto(`/programmes/${encodeURIComponent(programmeId)}/monitoring`);
    await expect(
      this.page.getByRole('heading', {
        name: tFeature('monitoring', 'rounds.heading'),
        exact: true,
      }),
    ).toBeVisible();
  }

  private button(key: string, scope: Page | Locator = this.page): Locator {
    return scope.getByRole('button', { name: tFeature('monitoring', key), exact: true });
  }

  private async choose(dialog: Locator, label: string, option: string): Promise<void> {
    await dialog.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Opens a round from the tab; the app then shows the round's page. */
  async openRound(round: NewRound): Promise<void> {
    await this.button('rounds.open').click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('monitoring', 'roundForm.title'),
    });
    await dialog
      .getByRole('textbox', { name: tFeature('monitoring', 'roundForm.name') })
      .fill(round.title);
    await dialog
      .getByLabel(tFeature('monitoring', 'roundForm.periodStart'))
      .fill(round.periodStart);
    await dialog.getByLabel(tFeature('monitoring', 'roundForm.periodEnd')).fill(round.periodEnd);
    await dialog
      .getByRole('textbox', { name: tFeature('monitoring', 'roundForm.prompts') })
      .fill(round.prompts.join('\n'));
    await this.button('roundForm.open', dialog).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: round.title })).toBeVisible();
  }

  async addAnswer(answer: NewAnswer): Promise<void> {
    await this.button(
      answer.kind === 'PROBLEM' ? 'answers.addProblem' : 'answers.addExpectation',
    ).click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('monitoring', 'form.raiseTitle'),
    });
    await expect(
      dialog.getByRole('radio', { name: tFeature('monitoring', `enums.IssueKind.${answer.kind}`) }),
    ).toBeChecked();
    await this.choose(dialog, tFeature('monitoring', 'form.category'), answer.category);
    await this.choose(dialog, tFeature('monitoring', 'form.severity'), answer.severity);
    await dialog
      .getByRole('textbox', { name: tFeature('monitoring', 'form.title') })
      .fill(answer.title);
    if (answer.description) {
      await dialog
        .getByRole('textbox', { name: tFeature('monitoring', 'form.description') })
        .fill(answer.description);
    }
    await this.button('form.raise', dialog).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('link', { name: answer.title, exact: true })).toBeVisible();
  }

  async submitAnswers(): Promise<void> {
    await this.button('answers.submit').click();
    await expect(
      this.page.getByText(tFeature('monitoring', 'answers.submitted'), { exact: true }),
    ).toBeVisible();
  }

  sideRow(side: string): Locator {
    return this.page
      .getByRole('table', { name: tFeature('monitoring', 'completion.bySide'), exact: true })
      .getByRole('row', { name: new RegExp(`^${side}`) });
  }

  partnerRow(name: string): Locator {
    return this.page
      .getByRole('table', { name: tFeature('monitoring', 'completion.byPartner'), exact: true })
      .getByRole('row', { name: new RegExp(name) });
  }

  /** Moves an issue on its page, with an optional resolution and comment. */
  async move(status: string, texts: { resolution?: string; comment?: string } = {}) {
    const group = this.page.getByRole('group', { name: tFeature('monitoring', 'move.label') });
    await this.button(`transition.${status}`, group).click();
    const dialog = this.page.getByRole('dialog', {
      name: tFeature('monitoring', `transition.${status}`),
    });
    if (texts.resolution) {
      await dialog
        .getByRole('textbox', { name: tFeature('monitoring', 'move.resolution') })
        .fill(texts.resolution);
    }
    if (texts.comment) {
      await dialog
        .getByRole('textbox', { name: tFeature('monitoring', 'move.comment') })
        .fill(texts.comment);
    }
    await this.button(`transition.${status}`, dialog).click();
    await expect(dialog).toBeHidden();
    await expect(
      this.page.getByRole('status').filter({
        hasText: tFeature('monitoring', 'issue.moved', {
          status: tFeature('monitoring', `enums.IssueStatus.${status}`),
        }),
      }),
    ).toBeVisible();
  }
}

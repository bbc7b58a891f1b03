import { expect, type Locator, type Page } from '@playwright/test';
import { tFeature } from '../fixtures/featureI18n';

export type EventsView = 'list' | 'calendar' | 'week';

/** A text whose {{placeholder}} may be anything, as a pattern for an accessible name. */
function pattern(key: string, placeholder: string): RegExp {
  const marker = '\u0000';
  const escaped = tFeature('events', key, { [placeholder]: marker }).replace(
    /[.*+?^${}()|[\]\\]/g,
    '\\$&',
  );
  return new RegExp(`^${escaped.replace(marker, '.+')}$`);
}

export interface NewEvent {
  type: string;
  title: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` where the event is held. */
  startsAt: string;
  endsAt: string;
}

/** A programme's events tab: the list, the calendar and the short "log event" form. */
export class EventsPage {
  constructor(private readonly page: Page) {}

  async goto(programmeId: string, query = ''): Promise<void> {
    await this.page.goto(`/programmes/${encodeURIComponent(programmeId)}/events${query}`);
    await expect(this.page.getByRole('tab', { selected: true })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: tFeature('events', 'list.label'), exact: true });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({
      has: this.page.getByRole('link', { name: title, exact: true }),
    });
  }

  /** Fills the short form with the type, title and times; the zone and organiser keep their defaults. */
  async logEvent(event: NewEvent): Promise<void> {
    await this.page
      .getByRole('button', { name: tFeature('events', 'list.log'), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', { name: tFeature('events', 'form.logTitle') });
    await expect(dialog).toBeVisible();
    await dialog
      .getByRole('combobox', { name: tFeature('events', 'form.type'), exact: true })
      .click();
    await this.page.getByRole('option', { name: event.type, exact: true }).click();
    await dialog
      .getByRole('textbox', { name: tFeature('events', 'form.title'), exact: true })
      .fill(event.title);
    await dialog.getByLabel(tFeature('events', 'form.startsAt')).fill(event.startsAt);
    await dialog.getByLabel(tFeature('events', 'form.endsAt')).fill(event.endsAt);
    await dialog
      .getByRole('button', { name: tFeature('events', 'form.create'), exact: true })
      .click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('status').filter({ hasText: event.title })).toBeVisible();
  }

  /** The choice of view: radio buttons, so the arrow keys move between them. */
  viewOption(view: EventsView): Locator {
    return this.page.getByRole('radio', {
      name: tFeature('events', `list.view.${view}`),
      exact: true,
    });
  }

  /** Moves from the view shown to its neighbour with the arrow keys, as a keyboard user would. */
  async switchViewWithKeyboard(from: EventsView, key: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
    await this.viewOption(from).focus();
    await this.page.keyboard.press(key);
  }

  get monthCalendar(): Locator {
    return this.page.getByRole('table', { name: pattern('calendar.label', 'month') });
  }

  get weekCalendar(): Locator {
    return this.page.getByRole('table', { name: pattern('week.label', 'range') });
  }

  /** Previous or next month or week: `calendar.previous`, `week.next` and so on. */
  periodButton(
    key: 'calendar.previous' | 'calendar.next' | 'week.previous' | 'week.next',
  ): Locator {
    return this.page.getByRole('button', { name: tFeature('events', key), exact: true });
  }

  /** Opens an event's page from its row in the list. */
  async open(title: string): Promise<void> {
    await this.row(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}

import {
  labelsFor,
  localeOf,
  NotificationKind,
  type IssueStatus,
  type Locale,
  type TwinningStatus,
} from '@spilno/shared';

/** The detail of an issue reminder: nobody has taken it on for this many days. */
export const UNASSIGNED = 'UNASSIGNED';
export const UNASSIGNED_DAYS = 14;

/** What a message is made of: the programme's title, the record's name and the detail. */
export interface MessageParts {
  programme: string;
  subject: string;
  detail: string | undefined;
}

interface Catalogue {
  title: Record<NotificationKind, (parts: MessageParts) => string>;
  body: Record<NotificationKind, (parts: MessageParts) => string>;
  decision: Record<string, string>;
  due: Record<string, string>;
  mail: {
    open: string;
    unsubscribe: string;
    digestSubject: (count: number) => string;
    digestIntro: string;
    footer: string;
    unsubscribed: string;
    badLink: string;
  };
}

const UK: Catalogue = {
  title: {
    [NotificationKind.REPORT_SUBMITTED]: (p) => `Подано звіт: ${p.subject}`,
    [NotificationKind.REPORT_REVIEWED]: (p) => `Звіт розглянуто: ${p.subject}`,
    [NotificationKind.REPORT_DUE]: (p) => `Термін звіту: ${p.subject}`,
    [NotificationKind.ISSUE_RAISED]: (p) =>
      p.detail === UNASSIGNED
        ? `Питання без відповідального: ${p.subject}`
        : `Нове питання: ${p.subject}`,
    [NotificationKind.ISSUE_STATUS_CHANGED]: (p) => `Статус питання змінено: ${p.subject}`,
    [NotificationKind.TWINNING_PROPOSED]: (p) => `Запропоновано партнерство: ${p.subject}`,
    [NotificationKind.TWINNING_STATUS_CHANGED]: (p) => `Статус партнерства змінено: ${p.subject}`,
    [NotificationKind.EVENT_LOGGED]: (p) => `Новий захід: ${p.subject}`,
  },
  body: {
    [NotificationKind.REPORT_SUBMITTED]: (p) =>
      `Партнер подав звіт програми «${p.programme}» на розгляд.`,
    [NotificationKind.REPORT_REVIEWED]: (p) =>
      `Звіт програми «${p.programme}» розглянуто: ${p.detail ?? ''}.`,
    [NotificationKind.REPORT_DUE]: (p) => `Програма «${p.programme}»: ${p.detail ?? ''}.`,
    [NotificationKind.ISSUE_RAISED]: (p) =>
      p.detail === UNASSIGNED
        ? `Питання програми «${p.programme}» вже ${UNASSIGNED_DAYS} днів ніхто не взяв у роботу.`
        : `У моніторингу програми «${p.programme}» порушено нове питання.`,
    [NotificationKind.ISSUE_STATUS_CHANGED]: (p) =>
      `Питання програми «${p.programme}» тепер має статус «${p.detail ?? ''}».`,
    [NotificationKind.TWINNING_PROPOSED]: (p) =>
      `Запропоновано нове партнерство${p.programme ? ` у програмі «${p.programme}»` : ''}.`,
    [NotificationKind.TWINNING_STATUS_CHANGED]: (p) =>
      `Партнерство тепер має статус «${p.detail ?? ''}».`,
    [NotificationKind.EVENT_LOGGED]: (p) => `У програмі «${p.programme}» записано новий захід.`,
  },
  decision: { APPROVE: 'схвалено', REQUEST_CHANGES: 'потрібні зміни' },
  due: { SOON: 'звіт слід подати за 7 днів', LATE: 'звіт прострочено' },
  mail: {
    open: 'Відкрити',
    unsubscribe: 'Відписатися від листів',
    digestSubject: (count) => `Spilno: сповіщень за день — ${count}`,
    digestIntro: 'Що сталося за день:',
    footer: 'Ви отримали цей лист, бо маєте обліковий запис у Spilno.',
    unsubscribed: 'Листів більше не буде. Сповіщення лишаються в застосунку.',
    badLink: 'Посилання недійсне.',
  },
};

const EN: Catalogue = {
  title: {
    [NotificationKind.REPORT_SUBMITTED]: (p) => `Report submitted: ${p.subject}`,
    [NotificationKind.REPORT_REVIEWED]: (p) => `Report reviewed: ${p.subject}`,
    [NotificationKind.REPORT_DUE]: (p) => `Report due: ${p.subject}`,
    [NotificationKind.ISSUE_RAISED]: (p) =>
      p.detail === UNASSIGNED ? `Issue waiting: ${p.subject}` : `New issue: ${p.subject}`,
    [NotificationKind.ISSUE_STATUS_CHANGED]: (p) => `Issue status changed: ${p.subject}`,
    [NotificationKind.TWINNING_PROPOSED]: (p) => `Twinning proposed: ${p.subject}`,
    [NotificationKind.TWINNING_STATUS_CHANGED]: (p) => `Twinning status changed: ${p.subject}`,
    [NotificationKind.EVENT_LOGGED]: (p) => `New event: ${p.subject}`,
  },
  body: {
    [NotificationKind.REPORT_SUBMITTED]: (p) =>
      `A partner submitted a report of “${p.programme}” for review.`,
    [NotificationKind.REPORT_REVIEWED]: (p) =>
      `A report of “${p.programme}” was reviewed: ${p.detail ?? ''}.`,
    [NotificationKind.REPORT_DUE]: (p) => `Programme “${p.programme}”: ${p.detail ?? ''}.`,
    [NotificationKind.ISSUE_RAISED]: (p) =>
      p.detail === UNASSIGNED
        ? `Nobody has taken on an issue of “${p.programme}” for ${UNASSIGNED_DAYS} days.`
        : `A new issue was raised in the monitoring of “${p.programme}”.`,
    [NotificationKind.ISSUE_STATUS_CHANGED]: (p) =>
      `An issue of “${p.programme}” is now “${p.detail ?? ''}”.`,
    [NotificationKind.TWINNING_PROPOSED]: (p) =>
      `A new twinning relation was proposed${p.programme ? ` in “${p.programme}”` : ''}.`,
    [NotificationKind.TWINNING_STATUS_CHANGED]: (p) =>
      `The twinning relation is now “${p.detail ?? ''}”.`,
    [NotificationKind.EVENT_LOGGED]: (p) => `A new event was logged in “${p.programme}”.`,
  },
  decision: { APPROVE: 'approved', REQUEST_CHANGES: 'changes requested' },
  due: { SOON: 'the report is due in 7 days', LATE: 'the report is late' },
  mail: {
    open: 'Open',
    unsubscribe: 'Unsubscribe from these e-mails',
    digestSubject: (count) => `Spilno: ${count} notifications today`,
    digestIntro: 'What happened today:',
    footer: 'You receive this e-mail because you have an account in Spilno.',
    unsubscribed: 'No more e-mails will be sent. Notifications stay in the app.',
    badLink: 'This link is not valid.',
  },
};

const CATALOGUES: Record<Locale, Catalogue> = { uk: UK, en: EN };

/** The server's texts of notifications and their e-mails in `language` (Ukrainian by default). */
export function catalogue(language: unknown): Catalogue {
  return CATALOGUES[localeOf(language)];
}

/** A detail's words: a status's label, a decision, or whether a report is due or late. */
function detailText(kind: NotificationKind, detail: string | undefined, language: string) {
  if (detail === undefined) return undefined;
  const words = catalogue(language);
  const labels = labelsFor(language);
  switch (kind) {
    case NotificationKind.REPORT_REVIEWED:
      return words.decision[detail] ?? detail;
    case NotificationKind.REPORT_DUE:
      return words.due[detail] ?? detail;
    case NotificationKind.ISSUE_STATUS_CHANGED:
      return labels.enums.IssueStatus[detail as IssueStatus] ?? detail;
    case NotificationKind.TWINNING_STATUS_CHANGED:
      return labels.enums.TwinningStatus[detail as TwinningStatus] ?? detail;
    case NotificationKind.REPORT_SUBMITTED:
    case NotificationKind.ISSUE_RAISED:
    case NotificationKind.TWINNING_PROPOSED:
    case NotificationKind.EVENT_LOGGED:
      return detail;
  }
}

/** A notification's title and body in `language`. */
export function message(
  kind: NotificationKind,
  parts: MessageParts,
  language: string,
): { title: string; body: string } {
  const words = catalogue(language);
  const filled = { ...parts, detail: detailText(kind, parts.detail, language) };
  return {
    title: words.title[kind](filled).slice(0, 300),
    body: words.body[kind](filled),
  };
}

import { DEFAULT_LOCALE, ProgrammeStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { Translation } from '../../common/translation';
import { heldSql } from '../events/public';
import { byCode, overallProgress, rollUp, Action } from '../action-plan/public';
import { Programme } from '../programmes/public';
import type {
  PublicAction,
  PublicEvent,
  PublicPartner,
  PublicProgramme,
  PublicSide,
  PublicTwinning,
} from './public.types';
import { activeTwinning } from './active-twinning';

const CODE_MAX = 32;

interface Translated {
  title: string;
  text: string | null;
  translations: Translation[];
}

/**
 * The title and text of a record in `language` where a translation has them, otherwise as
 * written (in the programme's first working language).
 */
export function inLanguage(record: Translated, language: string | null, original: string) {
  const translation =
    language && language !== original
      ? record.translations.find((t) => t.language === language)
      : undefined;
  return {
    title: translation?.title ?? record.title,
    text: translation?.text ?? record.text,
    language: translation?.title ? (language ?? original) : original,
  };
}

/**
 * The public page of a programme: only while it is published and not a draft, and only what
 * a reader outside the programme may see — no users, drafts, monitoring, reports or budgets.
 * Four statements, whatever the size of the programme, and one more for each of its events
 * and twinning relations when asked for, each as long as its `limit`.
 */
export class PublicSiteService {
  constructor(private readonly dataSource: DataSource) {}

  async programme(code: string, language: string | null): Promise<PublicProgramme | null> {
    if (code.length > CODE_MAX) return null;
    const programme = await this.dataSource.getRepository(Programme).findOneBy({ code });
    if (!programme?.published || programme.status === ProgrammeStatus.DRAFT) return null;
    const original = programme.languages[0] ?? DEFAULT_LOCALE;
    const text = inLanguage(
      { title: programme.title, text: programme.summary, translations: programme.translations },
      language,
      original,
    );
    const actions = await this.actions(programme.id, language, original);
    return {
      code: programme.code,
      title: text.title,
      summary: text.text,
      language: text.language,
      languages: programme.languages.length > 0 ? programme.languages : [original],
      status: programme.status,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      overallProgress: actions.overall,
      sides: await this.sides(programme.id),
      partners: await this.partners(programme.id),
      topActions: actions.top,
      id: programme.id,
      requested: language,
      original,
    };
  }

  /** ACTIVE relations grown in the programme, oldest first: the first `limit`. */
  twinning(programme: PublicProgramme, limit: number): Promise<PublicTwinning[]> {
    return activeTwinning(this.dataSource, programme.id, limit);
  }

  private sides(programmeId: string): Promise<PublicSide[]> {
    return this.dataSource.query<PublicSide[]>(
      `SELECT id, name, country FROM programme_side WHERE "programmeId" = $1 ORDER BY position`,
      [programmeId],
    );
  }

  private partners(programmeId: string): Promise<PublicPartner[]> {
    return this.dataSource.query<PublicPartner[]>(
      `SELECT o.name, o."nameEn", o.country, p."sideId", p.role
         FROM partner p JOIN organisation o ON o.id = p."organisationId"
         JOIN programme_side s ON s.id = p."sideId"
        WHERE p."programmeId" = $1
        ORDER BY s.position, p.role, o.name`,
      [programmeId],
    );
  }

  private async actions(programmeId: string, language: string | null, original: string) {
    const nodes = await this.dataSource.getRepository(Action).find({
      select: {
        id: true,
        parentId: true,
        code: true,
        title: true,
        description: true,
        translations: true,
        status: true,
        ownProgress: true,
        weight: true,
      },
      where: { programmeId },
    });
    const progress = rollUp(nodes);
    const top: PublicAction[] = nodes
      .filter((node) => node.parentId === null)
      .sort(byCode)
      .map((node) => ({
        code: node.code,
        title: inLanguage({ ...node, text: node.description }, language, original).title,
        status: node.status,
        progress: progress.get(node.id) ?? 0,
      }));
    return { top, overall: overallProgress(nodes) };
  }

  /** HELD events, latest first: the first `limit`. */
  async events(
    { id: programmeId, requested: language, original }: PublicProgramme,
    limit: number,
  ): Promise<PublicEvent[]> {
    const rows = await this.dataSource.query<
      (Omit<PublicEvent, 'title'> & Translated & { description: string | null })[]
    >(
      `SELECT e.type, e.title, e.description, e.translations, e."startsAt", e."endsAt",
              e."timeZone", e.venue, e.outcomes, o.name AS organiser
         FROM event e
         LEFT JOIN partner p ON p.id = e."organiserPartnerId"
         LEFT JOIN organisation o ON o.id = p."organisationId"
        WHERE e."programmeId" = $1 AND ${heldSql('e')}
        ORDER BY e."startsAt" DESC, e.id
        LIMIT $2`,
      [programmeId, limit],
    );
    return rows.map((row) => ({
      type: row.type,
      title: inLanguage({ ...row, text: row.description }, language, original).title,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      timeZone: row.timeZone,
      venue: row.venue,
      organiser: row.organiser,
      outcomes: row.outcomes,
    }));
  }
}

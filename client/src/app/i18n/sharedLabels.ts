import type { Labels } from '@spilno/shared';
import type { ActionPlanTexts } from '../../modules/action-plan/public';
import type { EventsTexts } from '../../modules/events/public';
import type { MonitoringTexts } from '../../modules/monitoring/public';
import type { TwinningTexts } from '../../modules/twinning/public';
import type en from './en.json';

/** The language files of one language whose value names and headers come from shared labels. */
export interface LabelledFiles {
  translation: typeof en;
  'action-plan': typeof ActionPlanTexts;
  events: typeof EventsTexts;
  monitoring: typeof MonitoringTexts;
  twinning: typeof TwinningTexts;
}

/**
 * Adds the shared labels to a language's files, so the screen, the exported spreadsheets and
 * the printed report name statuses, kinds and columns with one copy of the same words.
 */
export function withSharedLabels<F extends LabelledFiles>(
  files: F,
  { enums, actionColumns }: Labels,
) {
  return {
    ...files,
    translation: {
      ...files.translation,
      enums: {
        ...files.translation.enums,
        ProgrammeStatus: enums.ProgrammeStatus,
        PartnerRole: enums.PartnerRole,
        RecordType: enums.RecordType,
      },
    },
    'action-plan': { ...files['action-plan'], status: enums.ActionStatus, csv: actionColumns },
    events: {
      ...files.events,
      enums: {
        EventType: enums.EventType,
        EventStatus: enums.EventStatus,
        EventFormat: enums.EventFormat,
      },
    },
    monitoring: {
      ...files.monitoring,
      enums: {
        IssueKind: enums.IssueKind,
        IssueCategory: enums.IssueCategory,
        IssueSeverity: enums.IssueSeverity,
        IssueStatus: enums.IssueStatus,
        MonitoringRoundStatus: enums.MonitoringRoundStatus,
      },
    },
    twinning: {
      ...files.twinning,
      enums: { TwinningKind: enums.TwinningKind, TwinningStatus: enums.TwinningStatus },
    },
  };
}

/**
 * One namespace's texts with its shared labels, for the app that loads namespaces one at a
 * time: the same additions as `withSharedLabels`, taken from the files it completes.
 */
export function withSharedLabelsIn(namespace: string, texts: object, labels: Labels): object {
  // Only `namespace` is read back, so the other files may stay absent.
  const files = { translation: {}, [namespace]: texts } as unknown as LabelledFiles;
  const labelled = new Map<string, object>(Object.entries(withSharedLabels(files, labels)));
  return labelled.get(namespace) ?? texts;
}

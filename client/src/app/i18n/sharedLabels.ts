import type { Labels } from '@spilno/shared';

/**
 * The language files of one language whose value names and headers come from shared labels:
 * the app's own and those of the features that name enums. Their exact shapes come from the
 * caller, so this file needs none of the modules' files.
 */
export interface LabelledFiles {
  translation: { enums: object };
  'action-plan': object;
  events: object;
  monitoring: object;
  twinning: object;
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

import { useOutletContext } from 'react-router';
import type { ProgrammeQuery } from '../../generated/graphql';

export type WorkspaceProgramme = NonNullable<ProgrammeQuery['programme']>;

/** What the programme workspace hands to every page below `programmes/:id`. */
export interface ProgrammeWorkspaceContext {
  /** The programme with its sides, partners, coordinators and the viewer's abilities. */
  programme: WorkspaceProgramme;
  /** A failed refresh while an earlier answer is still shown. */
  error: unknown;
  reload: () => void;
}

/** The programme of the workspace this page is rendered in. */
export function useProgrammeWorkspace(): ProgrammeWorkspaceContext {
  return useOutletContext<ProgrammeWorkspaceContext>();
}

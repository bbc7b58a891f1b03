import type { ReactElement } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { renderWithProviders, type RenderOptions } from '../../test/render';
import { programmeFixture } from './testing';
import type { ProgrammeWorkspaceContext, WorkspaceProgramme } from './workspace';

/**
 * Renders a tab or child page as the programme workspace would: below a layout that hands it
 * the programme, so the page's own queries are only for its own records.
 */
export function renderInWorkspace(
  ui: ReactElement,
  options: RenderOptions & { programme?: WorkspaceProgramme } = {},
) {
  const context: ProgrammeWorkspaceContext = {
    programme: options.programme ?? programmeFixture(),
    error: null,
    reload: () => undefined,
  };
  return renderWithProviders(
    <Routes>
      <Route element={<Outlet context={context} />}>
        <Route path="*" element={ui} />
      </Route>
    </Routes>,
    options,
  );
}

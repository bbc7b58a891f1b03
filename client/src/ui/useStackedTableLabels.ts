import { useEffect } from 'react';

/**
 * The width below which wide tables (every table in a `Table.ScrollContainer`) are drawn as
 * stacked rows, one card per record, instead of scrolling sideways. global.css holds the
 * same breakpoint.
 */
export const PHONE_QUERY = '(max-width: 36em)';

/**
 * Keeps the stacked tables' cell labels up to date while the screen is phone-narrow. The
 * labelling itself loads only then, so a desktop's first screen (and everyone's sign-in page)
 * does not carry it.
 */
export function useStackedTableLabels(): void {
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const phone = window.matchMedia(PHONE_QUERY);
    let frame = 0;
    const label = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        void import('./stackedTables').then((tables) => tables.labelStackedCells(document));
      });
    };
    const observer = new MutationObserver(label);
    const follow = () => {
      observer.disconnect();
      if (!phone.matches) return;
      label();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    };
    follow();
    phone.addEventListener('change', follow);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      phone.removeEventListener('change', follow);
    };
  }, []);
}

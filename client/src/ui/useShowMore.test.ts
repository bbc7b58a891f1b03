import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useShowMore, visibleRows } from './useShowMore';

describe('useShowMore', () => {
  it('asks for one row more than it shows, and never past the maximum', () => {
    const { result, rerender } = renderHook(
      ({ key }) => useShowMore({ default: 2, max: 5 }, 2, key),
      {
        initialProps: { key: 'a' },
      },
    );
    expect(result.current).toMatchObject({ limit: 3, shown: 2 });
    act(() => result.current.showMore());
    expect(result.current).toMatchObject({ limit: 5, shown: 4 });
    act(() => result.current.showMore());
    expect(result.current).toMatchObject({ limit: 5, shown: 5 });
    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ limit: 3, shown: 2 });
  });

  it('shows the first rows, or the latest of a thread, and tells whether there are more', () => {
    expect(visibleRows([1, 2, 3], 2)).toEqual({ rows: [1, 2], more: true });
    expect(visibleRows([1, 2, 3], 2, true)).toEqual({ rows: [2, 3], more: true });
    expect(visibleRows([1, 2], 2)).toEqual({ rows: [1, 2], more: false });
  });
});

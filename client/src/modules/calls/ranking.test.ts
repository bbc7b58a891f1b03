import { describe, expect, it } from 'vitest';
import { rankApplications } from './ranking';

const app = (id: string, score: number | null, evaluators: (number | null)[]) => ({
  id,
  score,
  evaluations: evaluators.map((s) => ({ score: s })),
});

describe('rankApplications', () => {
  it('ranks by score, best first, ties sharing a rank and unscored last', () => {
    const ranked = rankApplications(
      [app('a', 6, [6, 6]), app('b', null, []), app('c', 8, [7, 9]), app('d', 6, [5, 7])],
      10,
    );
    expect(ranked.map((r) => [r.item.id, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['b', 4],
    ]);
  });

  it('flags evaluators who disagree by more than the threshold of the scale', () => {
    const [close, apart, alone] = rankApplications(
      [app('close', 9, [8, 10]), app('apart', 5, [2, 8]), app('alone', 1, [1])],
      10,
    );
    expect([close!.spread, close!.disagreement]).toEqual([2, false]);
    expect([apart!.spread, apart!.disagreement]).toEqual([6, true]);
    expect([alone!.spread, alone!.disagreement]).toEqual([null, false]);
  });
});

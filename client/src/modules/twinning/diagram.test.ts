import { describe, expect, it } from 'vitest';
import {
  chooseLeftCountry,
  crossings,
  layoutDiagram,
  orient,
  shorten,
  type DiagramParty,
  type DiagramRelation,
} from './diagram';

const party = (id: string, country: string, name = id): DiagramParty => ({ id, name, country });
const relation = (
  id: string,
  a: DiagramParty,
  b: DiagramParty,
  status: DiagramRelation['status'] = 'ACTIVE',
): DiagramRelation => ({ id, a, b, status });

const kharkiv = party('kh', 'UA', 'Харківська обласна рада');
const vovchansk = party('vo', 'UA', 'Вовчанська районна рада');
const kupiansk = party('ku', 'UA', 'Куп’янська міська рада');
const belgorod = party('be', 'RU', 'Белгородская областная Дума');
const shebekino = party('sh', 'RU', 'Шебекинский район');
const valuyki = party('va', 'RU', 'Валуйский район');
const sibiu = party('si', 'RO', 'Consiliul Județean Sibiu');

describe('chooseLeftCountry', () => {
  it('takes the preferred side when it takes part, else the most frequent country', () => {
    const relations = [relation('1', belgorod, kharkiv), relation('2', shebekino, vovchansk)];
    expect(chooseLeftCountry(relations, 'UA')).toBe('UA');
    expect(chooseLeftCountry(relations, 'PL')).toBe('RU');
    expect(
      chooseLeftCountry([relation('1', kharkiv, sibiu), relation('2', vovchansk, belgorod)]),
    ).toBe('UA');
    expect(chooseLeftCountry([])).toBe('');
  });
});

describe('orient', () => {
  it('puts the party of the left country on the left, whichever way round it was entered', () => {
    expect(orient(relation('1', belgorod, kharkiv), 'UA')).toEqual([kharkiv, belgorod]);
    expect(orient(relation('1', kharkiv, belgorod), 'UA')).toEqual([kharkiv, belgorod]);
    expect(orient(relation('1', sibiu, belgorod), 'UA')).toEqual([sibiu, belgorod]);
  });
});

describe('layoutDiagram', () => {
  it('places each organisation once per column and centres the shorter column', () => {
    const layout = layoutDiagram(
      [
        relation('1', kharkiv, belgorod),
        relation('2', belgorod, vovchansk, 'PROPOSED'),
        relation('3', kupiansk, valuyki),
      ],
      { preferredCountry: 'UA', rowHeight: 40, top: 50 },
    );
    expect(layout.leftCountry).toBe('UA');
    expect(layout.rightCountries).toEqual(['RU']);
    expect(layout.left.map((n) => n.party.id).sort()).toEqual(['kh', 'ku', 'vo']);
    expect(layout.right.map((n) => n.party.id).sort()).toEqual(['be', 'va']);
    expect(layout.left.map((n) => n.y)).toEqual([70, 110, 150]);
    // Two rows centred against three: half a row lower.
    expect(layout.right.map((n) => n.y)).toEqual([90, 130]);
    expect(layout.height).toBe(50 + 3 * 40 + 16);
    const proposal = layout.edges.find((e) => e.relationId === '2');
    expect(proposal).toMatchObject({ status: 'PROPOSED' });
    expect([proposal?.left.party.id, proposal?.right.party.id]).toEqual(['vo', 'be']);
  });

  it('orders the rows so that lines cross as little as they can', () => {
    // By name alone, a–z on the left and z–a on the right would cross every line.
    const left = ['a', 'b', 'c', 'd'].map((id) => party(id, 'UA'));
    const right = ['w', 'x', 'y', 'z'].map((id) => party(id, 'RU'));
    const relations = left.map((l, i) => relation(l.id, l, right[3 - i] as DiagramParty));
    const layout = layoutDiagram(relations, { preferredCountry: 'UA' });
    expect(crossings(layout)).toBe(0);
    expect(layout.right.map((n) => n.party.id)).toEqual(['z', 'y', 'x', 'w']);
  });

  it('keeps an organisation that stands on both sides in both columns', () => {
    const layout = layoutDiagram(
      [relation('1', kharkiv, vovchansk), relation('2', vovchansk, belgorod)],
      {
        preferredCountry: 'UA',
      },
    );
    expect(layout.left.map((n) => n.key)).toEqual(expect.arrayContaining(['left:kh', 'left:vo']));
    expect(layout.right.map((n) => n.key)).toEqual(
      expect.arrayContaining(['right:vo', 'right:be']),
    );
  });

  it('draws nothing for no relations', () => {
    expect(layoutDiagram([])).toMatchObject({ left: [], right: [], edges: [], leftCountry: '' });
  });
});

describe('shorten', () => {
  it('cuts long names on characters, not bytes, with an ellipsis', () => {
    expect(shorten('Шебекинский район', 40)).toBe('Шебекинский район');
    expect(shorten('Муниципальный совет Белгородского района', 20)).toBe('Муниципальный совет…');
  });
});

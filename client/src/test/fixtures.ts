/** Test data every module's tests share, in the shape the server answers. */

/**
 * The cache expects `__typename` on every object, as the server sends it; the generated
 * operation types leave it out, so it is added here without widening them.
 */
export function typed<T extends object>(typename: string, value: T): T {
  return Object.assign({ __typename: typename }, value);
}

/** The demo programme's two sides: the Kharkiv region and the Belgorod region across the border. */
export function twoSides() {
  return [
    typed('ProgrammeSide', { id: 'side-kh', name: 'Kharkiv region', country: 'UA', position: 0 }),
    typed('ProgrammeSide', { id: 'side-be', name: 'Belgorod region', country: 'RU', position: 1 }),
  ];
}

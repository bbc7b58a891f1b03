import path from 'node:path';
import { createSchema } from '../schema';

/** Writes shared/schema.graphql, the contract the client's types are generated from. */
createSchema(path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql'))
  .then(() => console.info('schema.graphql written'))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });

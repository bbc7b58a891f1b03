import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Client types come from the schema the server emits (shared/schema.graphql), never
 * from a running server, so CI can regenerate and diff them offline.
 */
const config: CodegenConfig = {
  schema: '../shared/schema.graphql',
  documents: ['src/**/*.graphql', 'src/modules/**/graphql/**/*.ts', 'src/ui/graphql/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Components select their own fields; masking would only add indirection here.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
        },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypename: false,
      },
    },
  },
};

export default config;

import { registerEnumType } from 'type-graphql';

/** Where a record comes from: the source documents (DOMAIN.md), a public fact beyond them, generated fill or the API. */
export enum DataSource {
  SEED = 'SEED',
  PUBLIC = 'PUBLIC',
  DEMO = 'DEMO',
  ENTERED = 'ENTERED',
}

registerEnumType(DataSource, {
  name: 'DataSource',
  description: 'Where a record comes from.',
  valuesConfig: {
    SEED: { description: "A fact from Sambruk's own documents (business plan 2023, annual report 2017)." },
    PUBLIC: {
      description:
        'A public fact the documents do not state (a law, a registered change of name); its provenance says which, e.g. the county councils becoming regions in 2019.',
    },
    DEMO: { description: 'Generated, deterministic demonstration data where the documents give no names or figures.' },
    ENTERED: { description: 'Entered through the API.' },
  },
});

import { registerEnumType } from 'type-graphql';

/** Where a record comes from: the source documents (DOMAIN.md) or generated fill. */
export enum DataSource {
  SEED = 'SEED',
  DEMO = 'DEMO',
  ENTERED = 'ENTERED',
}

registerEnumType(DataSource, {
  name: 'DataSource',
  description: 'Where a record comes from.',
  valuesConfig: {
    SEED: { description: "A fact from Sambruk's own documents (business plan 2023, annual report 2017)." },
    DEMO: { description: 'Generated, deterministic demonstration data where the documents give no names or figures.' },
    ENTERED: { description: 'Entered through the API.' },
  },
});

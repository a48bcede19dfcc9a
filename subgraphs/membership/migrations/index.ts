import { Migration20261125150118 } from './Migration20261125150118';

/** Every migration of this subgraph, oldest first (run on start). */
export const migrations = [{ name: 'Migration20261125150118', class: Migration20261125150118 }];

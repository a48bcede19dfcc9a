import { Migration20261125151454 } from './Migration20261125151454';

/** Every migration of this subgraph, oldest first (run on start). */
export const migrations = [{ name: 'Migration20261125151454', class: Migration20261125151454 }];

import { Migration20261125151454 } from './Migration20261125151454';
import { Migration20261201090000 } from './Migration20261201090000';
import { Migration20261203090000 } from './Migration20261203090000';
import { Migration20261204100000 } from './Migration20261204100000';

/** Every migration of this subgraph, oldest first (run on start). */
export const migrations = [
  { name: 'Migration20261125151454', class: Migration20261125151454 },
  { name: 'Migration20261201090000', class: Migration20261201090000 },
  { name: 'Migration20261203090000', class: Migration20261203090000 },
  { name: 'Migration20261204100000', class: Migration20261204100000 },
];

import { Migration20261125151709 } from './Migration20261125151709';
import { Migration20261201090000 } from './Migration20261201090000';
import { Migration20261201100000 } from './Migration20261201100000';
import { Migration20261203090000 } from './Migration20261203090000';
import { Migration20261203100000 } from './Migration20261203100000';
import { Migration20261203110000 } from './Migration20261203110000';
import { Migration20261204200000 } from './Migration20261204200000';

/** Every migration of this subgraph, oldest first (run on start). */
export const migrations = [
  { name: 'Migration20261125151709', class: Migration20261125151709 },
  { name: 'Migration20261201090000', class: Migration20261201090000 },
  { name: 'Migration20261201100000', class: Migration20261201100000 },
  { name: 'Migration20261203090000', class: Migration20261203090000 },
  { name: 'Migration20261203100000', class: Migration20261203100000 },
  { name: 'Migration20261203110000', class: Migration20261203110000 },
  { name: 'Migration20261204200000', class: Migration20261204200000 },
];

import { Migration20261125151307 } from './Migration20261125151307';
import { Migration20261201090000 } from './Migration20261201090000';
import { Migration20261202090000 } from './Migration20261202090000';
import { Migration20261203090000 } from './Migration20261203090000';
import { Migration20261203100000 } from './Migration20261203100000';
import { Migration20261203110000 } from './Migration20261203110000';
import { Migration20261204100000 } from './Migration20261204100000';
import { Migration20261204200000 } from './Migration20261204200000';

/** Every migration of this subgraph, oldest first (run on start). */
export const migrations = [
  { name: 'Migration20261125151307', class: Migration20261125151307 },
  { name: 'Migration20261201090000', class: Migration20261201090000 },
  { name: 'Migration20261202090000', class: Migration20261202090000 },
  { name: 'Migration20261203090000', class: Migration20261203090000 },
  { name: 'Migration20261203100000', class: Migration20261203100000 },
  { name: 'Migration20261203110000', class: Migration20261203110000 },
  { name: 'Migration20261204100000', class: Migration20261204100000 },
  { name: 'Migration20261204200000', class: Migration20261204200000 },
];

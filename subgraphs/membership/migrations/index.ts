import { Migration20261125150118 } from './Migration20261125150118';
import { Migration20261203090000 } from './Migration20261203090000';
import { Migration20261203100000 } from './Migration20261203100000';
import { Migration20261203110000 } from './Migration20261203110000';
import { Migration20261204200000 } from './Migration20261204200000';
import { Migration20261204200100 } from './Migration20261204200100';

/** Every migration of this subgraph, oldest first (run on start). */
export const migrations = [
  { name: 'Migration20261125150118', class: Migration20261125150118 },
  { name: 'Migration20261203090000', class: Migration20261203090000 },
  { name: 'Migration20261203100000', class: Migration20261203100000 },
  { name: 'Migration20261203110000', class: Migration20261203110000 },
  { name: 'Migration20261204200000', class: Migration20261204200000 },
  { name: 'Migration20261204200100', class: Migration20261204200100 },
];

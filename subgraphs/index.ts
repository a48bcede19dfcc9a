import { finance } from './finance';
import { membership } from './membership';
import { projects } from './projects';
import { services } from './services';
import type { SubgraphDefinition } from './shared/graphql/subgraph';

/** Every subgraph of the hub, in start order. */
export const subgraphs: SubgraphDefinition[] = [membership, services, projects, finance];

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}

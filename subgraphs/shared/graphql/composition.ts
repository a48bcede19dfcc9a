import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { buildFederatedSchema, type SubgraphDefinition } from './subgraph';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** The SDL a subgraph publishes, printed from its code. */
export async function subgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}

/** Composes subgraphs into the supergraph (for the gateway) and the public API schema (for clients and codegen). */
export function composeSupergraph(subgraphs: SubgraphSdl[]): { supergraph: string; api: string } {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new Error(`composition failed:\n  ${result.errors.map((error) => error.message).join('\n  ')}`);
  return { supergraph: result.supergraphSdl, api: result.publicSdl };
}

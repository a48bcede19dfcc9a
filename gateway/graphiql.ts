import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Config } from '../subgraphs/shared/platform/config';

const DEFAULT_QUERY = `# Sambruk Graph. Send a token as the header: { "Authorization": "Bearer …" } (npm run token)
query Viewer {
  viewer {
    role
    member {
      name
    }
  }
}
`;

/** The page once per set of options: it carries GraphiQL's whole bundle (about 9 MB), built from the npm package, not a CDN. */
function memoised(render: typeof renderGraphiQL): typeof renderGraphiQL {
  const pages = new Map<string, string>();
  return (options) => {
    const key = JSON.stringify(options ?? {});
    if (!pages.has(key)) pages.set(key, render(options));
    return pages.get(key)!;
  };
}

/**
 * GraphiQL at /graphql for browsers, with its scripts, styles, fonts and workers inlined from
 * @graphql-yoga/render-graphiql, so it works without internet; off when INTROSPECTION=off.
 */
export function graphiqlOptions(cfg: Config): Pick<GatewayConfigSupergraph, 'graphiql' | 'renderGraphiQL'> {
  if (cfg.INTROSPECTION === 'off') return { graphiql: false };
  return { graphiql: { title: 'Sambruk Graph', defaultQuery: DEFAULT_QUERY }, renderGraphiQL: memoised(renderGraphiQL) };
}

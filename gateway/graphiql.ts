import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
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

type RenderGraphiQL = typeof import('@graphql-yoga/render-graphiql').renderGraphiQL;

/**
 * The page once per set of options: it carries GraphiQL's whole bundle (about 9 MB), built from the
 * npm package, not a CDN. The package is loaded when a browser first asks for the page, not with the gateway.
 */
function memoisedPage(): RenderGraphiQL {
  const pages = new Map<string, string>();
  return (options) => {
    const key = JSON.stringify(options ?? {});
    if (!pages.has(key)) {
      const { renderGraphiQL }: { renderGraphiQL: RenderGraphiQL } = require('@graphql-yoga/render-graphiql');
      pages.set(key, renderGraphiQL(options));
    }
    return pages.get(key)!;
  };
}

/**
 * GraphiQL at /graphql for browsers, with its scripts, styles, fonts and workers inlined from
 * @graphql-yoga/render-graphiql, so it works without internet; off when INTROSPECTION=off.
 */
export function graphiqlOptions(cfg: Config): Pick<GatewayConfigSupergraph, 'graphiql' | 'renderGraphiQL'> {
  if (cfg.INTROSPECTION === 'off') return { graphiql: false };
  return { graphiql: { title: 'Sambruk Graph', defaultQuery: DEFAULT_QUERY }, renderGraphiQL: memoisedPage() };
}

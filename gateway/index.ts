import { config } from '../subgraphs/shared/config';
import { gatewayOptionsFromEnv } from './config';
import { startGateway } from './server';

/** `node dist/gateway/index.js`: the gateway as its own process. */
async function main() {
  const gateway = await startGateway(gatewayOptionsFromEnv(), config().GATEWAY_PORT, config().HOST);
  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();

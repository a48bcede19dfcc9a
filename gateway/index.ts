import { config } from '../subgraphs/shared/platform/config';
import { runAsProcess } from '../subgraphs/shared/platform/process';
import { gatewayOptionsFromEnv } from './config';
import { startGateway } from './server';

/** `node dist/gateway/index.js`: the gateway as its own process. */
void runAsProcess('gateway', 'GATEWAY_PORT', () => startGateway(gatewayOptionsFromEnv(), config().GATEWAY_PORT, config().HOST));

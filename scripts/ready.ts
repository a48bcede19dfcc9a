import { readinessOf } from '../gateway/readiness';

/**
 * `node dist/scripts/ready.js <GraphQL URL>`: exits 0 when the service there is ready (its `/ready`), otherwise says why and
 * exits 1. docker-compose's health checks run it.
 */
async function main() {
  const state = await readinessOf(process.argv[2], 3000);
  if (state === 'ready') return;
  console.error(state);
  process.exit(1);
}

void main();

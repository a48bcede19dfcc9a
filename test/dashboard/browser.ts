import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Where a headless Chromium can come from on this machine, decided before any test is declared; null says why there is none. */
export function browserSource(): { source: 'sparticuz' | 'debian' } | { source: null; reason: string } {
  // The package exports no package.json to resolve; its compressed Chromium sits in its bin/ folder.
  if (existsSync(join(__dirname, '..', '..', 'node_modules', '@sparticuz', 'chromium', 'bin', 'chromium.br'))) return { source: 'sparticuz' };
  if (existsSync(DEBIAN_CHROMIUM)) return { source: 'debian' };
  return { source: null, reason: `neither @sparticuz/chromium (npm) nor ${DEBIAN_CHROMIUM} is installed` };
}

/** @sparticuz/chromium is ESM only: a plain Node process unpacks its Chromium and says where it is and with which arguments to start it. */
function sparticuzLaunch(): { executablePath: string; args: string[] } {
  const script = "import c from '@sparticuz/chromium'; console.log(JSON.stringify({ executablePath: await c.executablePath(), args: c.args }))";
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

export function launchBrowser(source: 'sparticuz' | 'debian'): Promise<Browser> {
  const options = source === 'sparticuz' ? sparticuzLaunch() : { executablePath: DEBIAN_CHROMIUM, args: ['--no-sandbox'] };
  // One process for everything (made for serverless) ends the browser when a test closes its page.
  return chromium.launch({ executablePath: options.executablePath, args: options.args.filter((arg) => arg !== '--single-process'), headless: true });
}

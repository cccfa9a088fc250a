import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { expectEventually, freePort, LoketServices } from '@loket/testing';

/**
 * The browser-test kit: the compiled gateway serving the built web bundle (dist/apps/web) in front of real
 * services, Debian's Chromium driven by playwright-core, axe on every page, a screenshot when a step fails.
 */
const ROOT = resolve(__dirname, '../../..');
export const SCREENSHOT_DIR = join(ROOT, 'tmp/e2e-web');
const CHROMIUM = process.env['LOKET_CHROMIUM'] ?? '/usr/bin/chromium';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const PHONE = { width: 360, height: 740 };

export class Gateway {
  private constructor(
    private readonly child: ChildProcess,
    /** `localhost`, not 127.0.0.1: Keycloak's loket-web client redirects to http://localhost:* only. */
    readonly url: string,
  ) {}

  static async start(services?: LoketServices, env: NodeJS.ProcessEnv = {}): Promise<Gateway> {
    const main = join(ROOT, 'dist/apps/gateway/src/main.js');
    if (!existsSync(main) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
      throw new Error('build first: npm run build (the gateway and the web bundle)');
    }
    const port = await freePort();
    const logDir = join(ROOT, '.local/logs');
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(join(logDir, `web-e2e-gateway-${port}.log`), { flags: 'a' });
    const urls = services
      ? {
          LOKET_INTAKE_URL: services.intake.url,
          LOKET_ROUTING_URL: services.routing.url,
          LOKET_WORKBENCH_URL: services.workbench.url,
          LOKET_FEEDBACK_URL: services.feedback.url,
        }
      : {};
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { ...process.env, LOKET_GATEWAY_PORT: String(port), LOKET_HTTP_HOST: '127.0.0.1', LOKET_MAP_TILE_URL: '', ...urls, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const gateway = new Gateway(child, `http://localhost:${port}`);
    await expectEventually(async () => {
      if (child.exitCode !== null) throw new Error(`the gateway exited; see .local/logs/web-e2e-gateway-${port}.log`);
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    }, { timeoutMs: 20_000, intervalMs: 100 });
    return gateway;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
}

/** A fresh browser context (no cookies, no storage) and a page in it. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'nl-NL',
    geolocation: { latitude: 52.3702, longitude: 4.8952 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.message}\n`));
  return { context, page };
}

/** axe on the page as it is now (WCAG 2.1 A and AA): fails with every violation in words. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  axeLog.push({ state, violations: violations.length, passes: result.passes.length });
  if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) on "${state}":\n  ${violations.join('\n  ')}`);
}

/** Every axe run of this test file: how many states were checked, how many violations. */
export const axeLog: { state: string; violations: number; passes: number }[] = [];

/** Runs a journey step; when it fails, the page is saved as tmp/e2e-web/<name>.png for a person to look at. */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    (error as Error).message += `\n(screenshot: ${file})`;
    throw error;
  }
}

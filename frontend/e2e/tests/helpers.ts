import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = join(here, '..', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The gateway (for API probes); the app may be served from elsewhere with --serve-dist. */
export const GATEWAY = process.env.E2E_GATEWAY_URL || process.env.E2E_BASE_URL || 'http://localhost:8080';
export const FACE_PHOTO = process.env.E2E_FACE_PHOTO || null;
export const FAKE_VIDEO = process.env.E2E_FAKE_VIDEO || null;

export interface ServiceProbe {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
}

/**
 * Each service's health through the gateway (`/services/<name>/health`): the gateway answers 503
 * when the service is not running (or not built yet). API paths cannot serve as probes: the gateway
 * asks for a token on several of them before it ever reaches the service.
 */
const probe = (name: string): ServiceProbe => ({ name, path: `/services/${name}/health` });
export const SERVICES = {
  auth: probe('auth-service'),
  analysis: probe('image-processing-service'),
  color: probe('color-matching-service'),
  product: probe('product-service'),
  recommendation: probe('recommendation-service'),
  notification: probe('notification-service'),
} satisfies Record<string, ServiceProbe>;

const probed = new Map<string, number>();

export async function serviceStatus(request: APIRequestContext, probe: ServiceProbe): Promise<number> {
  if (!probed.has(probe.path)) {
    const r = await request.fetch(`${GATEWAY}${probe.path}`, { method: probe.method ?? 'GET', failOnStatusCode: false, timeout: 15_000 });
    probed.set(probe.path, r.status());
  }
  return probed.get(probe.path)!;
}

/**
 * Skips the current test, saying which service is missing, when the gateway answers 503 for it
 * (the service is not built or not running). Never turns a failure into a pass: any other answer
 * lets the journey run and assert.
 */
export async function requireServices(request: APIRequestContext, ...probes: ServiceProbe[]) {
  const missing: string[] = [];
  for (const p of probes) {
    const status = await serviceStatus(request, p);
    if (status === 503) missing.push(`${p.name} (503 from ${p.path})`);
  }
  skipBecause(missing.length > 0, `service not available yet: ${missing.join(', ')}`);
}

export function requireFace() {
  skipBecause(!FACE_PHOTO, 'no face photos: pass --faces <folder> (e.g. ../shared/data/faces)');
}

/** Skips with the reason, and says it in the run's output too (the list reporter hides skip reasons). */
export function skipBecause(condition: boolean, reason: string) {
  if (condition) console.log(`  skipped "${test.info().title}": ${reason}`);
  test.skip(condition, reason);
}

/** A full-page screenshot in e2e/screenshots/<name>.png. */
export async function shot(page: Page, name: string) {
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** axe-core in the page: no serious or critical WCAG 2.x A/AA violations. */
export async function expectAccessible(page: Page, label: string) {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Not addScriptTag: the gateway's CSP rightly forbids inline scripts, and the test must not
  // weaken it. DevTools-protocol evaluation is outside the page's CSP.
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }> }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n  ')}`).join('\n');
  expect(serious, `axe on ${label}:\n${report}`).toEqual([]);
}

export function uniqueEmail(tag: string) {
  return `e2e-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

export const PASSWORD = 'a calm sea of colours 42';

/** Signs up through the UI and ends signed in; skips with the reason when the server requires e-mail confirmation. */
export async function signUp(page: Page, tag: string, name = 'E2E Shopper') {
  const email = uniqueEmail(tag);
  // Sign-up and sign-in share a per-address rate limit at the gateway (docs/api.md): when a run
  // signs up many accounts in a row it answers `rate-limited`. Then wait as a person would and try
  // again on a fresh page (no stale alert; registering the address again is answered as before).
  let outcome: 'signed-in' | 'verify' | 'rate-limited' = 'rate-limited';
  for (let attempt = 0; attempt < 4 && outcome === 'rate-limited'; attempt++) {
    if (attempt > 0) await page.waitForTimeout(15_000);
    await page.goto('/signup');
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    outcome = await Promise.race([
      page.waitForURL((u) => !u.pathname.startsWith('/signup'), { timeout: 30_000 }).then(() => 'signed-in' as const),
      page.getByRole('heading', { name: 'Check your e-mail' }).waitFor({ timeout: 30_000 }).then(() => 'verify' as const),
      page.locator('[data-problem="rate-limited"]').waitFor({ timeout: 30_000 }).then(() => 'rate-limited' as const),
    ]);
  }
  expect(outcome, 'sign-up stayed rate-limited').not.toBe('rate-limited');
  skipBecause(
    outcome === 'verify',
    'The auth service requires e-mail confirmation and the link only travels by e-mail: run the system with AIFASHION_AUTH_REQUIREVERIFIEDEMAIL=false (or a test mailbox) for journeys that need an account',
  );
  await expect(page.getByRole('link', { name: 'Profile' }).or(page.getByRole('button', { name: 'Menu' }))).toBeVisible();
  return { email, password: PASSWORD };
}

/** Opens the navigation (the phone layout hides it behind "Menu"). */
export async function openNav(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  // Wait for the layout first: right after a reload neither is there yet (phone: the menu button;
  // wide screens: the navigation itself).
  await expect(menu.or(nav).first()).toBeVisible();
  if (!(await menu.isVisible())) return;
  // Right after a load the click can land before React has attached its handler: retry until
  // the menu really is open.
  await expect(async () => {
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await expect(nav).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Uploads the face photo on /analyze and waits for the result page (or a retake explanation). */
export async function analyseByUpload(page: Page, photo: string) {
  await page.goto('/analyze');
  await page.getByRole('tab', { name: 'Upload a photo' }).click();
  await page.getByTestId('photo-input').setInputFiles(photo);
  await expect(page.getByRole('img', { name: 'Your chosen photo' })).toBeVisible();
  await submitForAnalysis(page);
}

/**
 * Presses "Analyse my colours" and waits for the result page or a retake explanation. Anonymous
 * analysis is rate-limited (docs/api.md): on a 429 it waits as a person would, then tries again.
 */
export async function submitForAnalysis(page: Page) {
  await page.getByRole('button', { name: 'Analyse my colours' }).click();
  // A retake answer may be shown on the result page itself: then both match, so take the first.
  // `exact`: by default a name matches as a substring, and the analyse page's own heading "Find
  // your colours" would then count as the result before the photo was even sent.
  const done = page.getByRole('heading', { level: 1, name: 'Your colours', exact: true }).or(page.locator('[data-retake]')).first();
  // Anonymous analysis is rate-limited (docs/api.md): wait as the app asks, then try again.
  for (let attempt = 0; attempt < 4; attempt++) {
    await expect(done.or(page.locator('[data-problem]')).first()).toBeVisible({ timeout: 60_000 });
    if (await done.isVisible()) return;
    const slug = await page.locator('[data-problem]').first().getAttribute('data-problem');
    if (slug !== 'rate-limited') break;
    await page.waitForTimeout(15_000);
    await page.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(done).toBeVisible();
}

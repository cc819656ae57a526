#!/usr/bin/env node
/**
 * Runs the browser journeys against a running system.
 *
 *   npm run e2e -- --base-url http://localhost:8080 --faces /work/shared/data/faces [--serve-dist] [playwright args…]
 *
 * --base-url    where the gateway answers (default $E2E_BASE_URL or http://localhost:8080)
 * --faces       folder of face photos (default $E2E_FACES, else ../shared/data/faces beside the
 *               repository); journeys that need a face are skipped, saying why, when it is absent
 * --serve-dist  serve frontend/dist with `vite preview` (proxying /api and /ws to --base-url) and
 *               test that, for a gateway that does not serve the app yet
 * Anything else goes to `playwright test` (e.g. -g "journey 5").
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFaceVideo } from './face-video.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const repo = resolve(frontend, '..');

const args = process.argv.slice(2);
const rest = [];
let baseUrl = process.env.E2E_BASE_URL || 'http://localhost:8080';
let faces = process.env.E2E_FACES || resolve(repo, '..', 'shared', 'data', 'faces');
let serveDist = process.env.E2E_SERVE_DIST === '1';
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--base-url') baseUrl = args[++i];
  else if (a.startsWith('--base-url=')) baseUrl = a.slice('--base-url='.length);
  else if (a === '--faces') faces = args[++i];
  else if (a.startsWith('--faces=')) faces = a.slice('--faces='.length);
  else if (a === '--serve-dist') serveDist = true;
  else rest.push(a);
}
baseUrl = baseUrl.replace(/\/$/, '');
faces = faces ? resolve(faces) : faces;

async function reachable(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return r.status > 0;
  } catch {
    return false;
  }
}

if (!(await reachable(`${baseUrl}/actuator/health`)) && !(await reachable(`${baseUrl}/`))) {
  console.error(`e2e: nothing answers at ${baseUrl}. Start the system first (java -jar launcher/target/ai-fashion.jar) or pass --base-url.`);
  process.exit(1);
}

const env = { ...process.env, E2E_GATEWAY_URL: baseUrl, E2E_BASE_URL: baseUrl };

// A face photo and the fake-camera video made from it, when the faces folder is there.
if (faces && existsSync(faces)) {
  const photos = readdirSync(faces).filter((f) => /^congress_.*\.jpe?g$/i.test(f)).sort();
  const photo = process.env.E2E_FACE_PHOTO || (photos[0] ? join(faces, photos[0]) : null);
  if (photo) {
    env.E2E_FACE_PHOTO = photo;
    env.E2E_FAKE_VIDEO = await makeFaceVideo(photo, join(here, '.generated', 'face.y4m'));
    console.log(`e2e: face photo ${photo}; fake camera ${env.E2E_FAKE_VIDEO}`);
  }
} else {
  console.log(`e2e: no face photos at ${faces}: journeys that need a face will be skipped.`);
}

let preview = null;
if (serveDist) {
  if (!existsSync(join(frontend, 'dist', 'index.html'))) {
    console.error('e2e: --serve-dist needs a build first (npm run build).');
    process.exit(1);
  }
  const port = process.env.E2E_PREVIEW_PORT || '4173';
  const url = `http://127.0.0.1:${port}`;
  if (await reachable(url)) {
    console.error(`e2e: port ${port} is already in use; set E2E_PREVIEW_PORT to a free port.`);
    process.exit(1);
  }
  // Vite's own entry point, so that stopping it stops the server (no npx wrapper in between).
  preview = spawn(process.execPath, [join(frontend, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], {
    cwd: frontend,
    env: { ...process.env, AIFASHION_GATEWAY: baseUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 60 && !(await reachable(url)); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await reachable(url))) {
    console.error('e2e: the preview server did not start.');
    preview.kill('SIGTERM');
    process.exit(1);
  }
  env.E2E_BASE_URL = url;
  console.log(`e2e: serving dist at ${url}, API via ${baseUrl}`);
}

const child = spawn('npx', ['playwright', 'test', '-c', join(here, 'playwright.config.ts'), ...rest], { cwd: frontend, env, stdio: 'inherit' });
const code = await new Promise((r) => child.on('exit', (c) => r(c ?? 1)));
if (preview) preview.kill('SIGTERM');
process.exit(code);

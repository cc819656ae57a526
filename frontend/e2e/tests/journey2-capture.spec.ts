import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { analyseByUpload, expectAccessible, FACE_PHOTO, FAKE_VIDEO, requireFace, requireServices, SERVICES, shot, skipBecause, submitForAnalysis } from './helpers';

test.describe('journey 2: take a selfie or upload a photo', () => {
  test('camera with framing guide and light hints, then analysis', async ({ page, request }) => {
    skipBecause(!FAKE_VIDEO, 'no fake camera video (needs --faces)');
    await requireServices(request, SERVICES.analysis);
    await page.goto('/analyze');
    await expectAccessible(page, 'analyse (camera off)');
    await page.getByRole('button', { name: 'Start camera' }).click();
    const video = page.getByLabel('Live camera preview');
    await expect(video).toBeVisible();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    const hint = page.getByTestId('light-hint');
    await expect(hint).not.toHaveText('Checking the light…');
    await expectAccessible(page, 'analyse (camera on)');
    await shot(page, 'j2-01-camera');
    await page.getByRole('button', { name: 'Take photo' }).click();
    await expect(page.getByRole('img', { name: 'Your chosen photo' })).toBeVisible();
    await shot(page, 'j2-02-captured');
    const progress = page.waitForSelector('[role="progressbar"]', { timeout: 30_000 });
    await submitForAnalysis(page);
    await progress;
    await shot(page, 'j2-03-camera-analysed');
  });

  test('upload with progress, then the result', async ({ page, request }) => {
    requireFace();
    await requireServices(request, SERVICES.analysis);
    await page.goto('/analyze');
    await page.getByRole('tab', { name: 'Upload a photo' }).click();
    await expectAccessible(page, 'analyse (upload)');
    await shot(page, 'j2-04-upload');
    await analyseByUpload(page, FACE_PHOTO!);
    await expect(page.getByRole('heading', { level: 1, name: 'Your colours', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/results\//);
  });

  test('a photo without a usable face is explained with what to change', async ({ page, request }, testInfo) => {
    await requireServices(request, SERVICES.analysis);
    // A flat grey picture: nothing to analyse.
    const file = testInfo.outputPath('grey.png');
    execFileSync(process.execPath, ['-e', greyPngScript(file)]);
    await page.goto('/analyze');
    await page.getByRole('tab', { name: 'Upload a photo' }).click();
    await page.getByTestId('photo-input').setInputFiles(file);
    await submitForAnalysis(page);
    const retake = page.locator('[data-retake]');
    await expect(retake).toBeVisible();
    await expect(retake.getByRole('heading', { level: 3, name: 'What to change' })).toBeVisible();
    await expect(retake.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, 'retake');
    await shot(page, 'j2-05-retake');
    await page.getByRole('button', { name: 'Take or choose another photo' }).click();
    await expect(page.getByRole('tablist', { name: 'How to add your photo' })).toBeVisible();
  });
});

/** A tiny script writing a 400×500 mid-grey PNG with Node's zlib (no image library). */
function greyPngScript(path: string): string {
  return `
const zlib = require('zlib'), fs = require('fs');
const w = 400, h = 500;
const raw = Buffer.alloc((w * 3 + 1) * h, 0x80);
for (let y = 0; y < h; y++) raw[y * (w * 3 + 1)] = 0;
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (t, d) => { const l = Buffer.alloc(4); l.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([l, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
fs.writeFileSync(${JSON.stringify(path)}, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
`;
}

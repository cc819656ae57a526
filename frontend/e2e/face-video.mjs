#!/usr/bin/env node
/**
 * Makes a fake-camera video (YUV4MPEG2, 4:2:0) from a face photo, for Chromium's
 * --use-file-for-fake-video-capture. The photo is decoded and placed in a 640×480 frame by Chromium
 * itself (no image library needed), then converted to I420 here. The photo is read from where it
 * lies (e.g. ../shared/data/faces) and never copied into the repository; the video goes to
 * e2e/.generated/ (git-ignored).
 *
 *   node e2e/face-video.mjs <photo.jpg> [out.y4m]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 15;

/** RGBA bytes → one I420 frame (BT.601, full range as in JPEG/`C420jpeg`). */
export function rgbaToI420(rgba, width, height) {
  const ySize = width * height;
  const cw = width >> 1;
  const ch = height >> 1;
  const out = Buffer.alloc(ySize + 2 * cw * ch);
  for (let i = 0, p = 0; i < ySize; i++, p += 4) {
    out[i] = Math.max(0, Math.min(255, Math.round(0.299 * rgba[p] + 0.587 * rgba[p + 1] + 0.114 * rgba[p + 2])));
  }
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const p = ((2 * y + dy) * width + (2 * x + dx)) * 4;
        r += rgba[p];
        g += rgba[p + 1];
        b += rgba[p + 2];
      }
      r /= 4;
      g /= 4;
      b /= 4;
      const u = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
      const v = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
      out[ySize + y * cw + x] = Math.max(0, Math.min(255, Math.round(u)));
      out[ySize + cw * ch + y * cw + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return out;
}

export async function makeFaceVideo(photoPath, outPath) {
  const photo = readFileSync(photoPath).toString('base64');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const b64 = await page.evaluate(
      async ({ photo, width, height }) => {
        const img = new Image();
        img.src = `data:image/jpeg;base64,${photo}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        // A neutral grey wall, the portrait scaled to the frame height and centred (head-and-shoulders
        // photos then put the face inside the app's framing oval).
        ctx.fillStyle = '#8f9397';
        ctx.fillRect(0, 0, width, height);
        const k = height / img.height;
        const w = img.width * k;
        ctx.drawImage(img, (width - w) / 2, 0, w, height);
        const data = ctx.getImageData(0, 0, width, height).data;
        let s = '';
        for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
        return btoa(s);
      },
      { photo, width: WIDTH, height: HEIGHT },
    );
    const frame = rgbaToI420(Buffer.from(b64, 'base64'), WIDTH, HEIGHT);
    const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F15:1 Ip A1:1 C420jpeg\n`, 'ascii');
    const frameHeader = Buffer.from('FRAME\n', 'ascii');
    const parts = [header];
    for (let i = 0; i < FRAMES; i++) parts.push(frameHeader, frame);
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, Buffer.concat(parts));
    return outPath;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [photo, out = resolve(dirname(fileURLToPath(import.meta.url)), '.generated', 'face.y4m')] = process.argv.slice(2);
  if (!photo) {
    console.error('usage: node e2e/face-video.mjs <photo.jpg> [out.y4m]');
    process.exit(2);
  }
  makeFaceVideo(photo, out).then((p) => console.log(`fake camera video: ${p}`));
}

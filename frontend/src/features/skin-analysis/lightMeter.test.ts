import { describe, expect, it } from 'vitest';
import { frameStats, lightHints } from './lightMeter';

function frame(w: number, h: number, px: (x: number, y: number) => [number, number, number]): Uint8ClampedArray {
  const d = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [r, g, b] = px(x, y);
      d.set([r, g, b, 255], (y * w + x) * 4);
    }
  return d;
}

describe('light meter', () => {
  it('is happy with an evenly lit neutral frame', () => {
    expect(lightHints(frameStats(frame(40, 30, () => [180, 150, 130]), 40, 30))).toEqual([]);
  });
  it('says too dark', () => {
    expect(lightHints(frameStats(frame(40, 30, () => [30, 25, 20]), 40, 30))).toContain('too-dark');
  });
  it('says too bright when the face is blown out', () => {
    expect(lightHints(frameStats(frame(40, 30, () => [255, 252, 250]), 40, 30))).toContain('too-bright');
  });
  it('notices light from one side', () => {
    const hints = lightHints(frameStats(frame(40, 30, (x) => (x < 20 ? [60, 50, 45] : [210, 180, 160])), 40, 30));
    expect(hints).toContain('uneven');
  });
  it('notices a strong colour cast', () => {
    expect(lightHints(frameStats(frame(40, 30, () => [200, 120, 60]), 40, 30))).toContain('tinted');
  });
});

/**
 * Live hints while framing a selfie: is the light on the face good enough for a colour reading?
 * Works on a small RGBA frame (e.g. 96×72) sampled from the camera a few times a second. The
 * measurement that counts is the service's quality gate; these hints only help avoid a retake.
 */

export interface FrameStats {
  /** Mean luma (Rec. 601, 0–255) inside the face oval. */
  faceLuma: number;
  /** Share of face-oval pixels that are blown out (any channel ≥ 250). */
  clipped: number;
  /** Share of face-oval pixels that are crushed (luma ≤ 20). */
  crushed: number;
  /** Mean luma of the left and right halves of the oval (as seen by the camera). */
  leftLuma: number;
  rightLuma: number;
  /** Grey-world channel means over the whole frame. */
  meanR: number;
  meanG: number;
  meanB: number;
}

export type LightHint = 'too-dark' | 'too-bright' | 'uneven' | 'tinted';

/** The face oval of the framing guide: centred, 56% of the width and 70% of the height. */
export const GUIDE = { cx: 0.5, cy: 0.46, rx: 0.28, ry: 0.35 };

export function frameStats(data: Uint8ClampedArray | number[], width: number, height: number): FrameStats {
  let n = 0;
  let sum = 0;
  let clipped = 0;
  let crushed = 0;
  let left = 0;
  let leftN = 0;
  let right = 0;
  let rightN = 0;
  let r = 0;
  let g = 0;
  let b = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const R = data[i];
      const G = data[i + 1];
      const B = data[i + 2];
      r += R;
      g += G;
      b += B;
      const dx = ((x + 0.5) / width - GUIDE.cx) / GUIDE.rx;
      const dy = ((y + 0.5) / height - GUIDE.cy) / GUIDE.ry;
      if (dx * dx + dy * dy > 1) continue;
      const luma = 0.299 * R + 0.587 * G + 0.114 * B;
      n++;
      sum += luma;
      if (R >= 250 || G >= 250 || B >= 250) clipped++;
      if (luma <= 20) crushed++;
      if (dx < 0) {
        left += luma;
        leftN++;
      } else {
        right += luma;
        rightN++;
      }
    }
  }
  const total = Math.max(1, width * height);
  return {
    faceLuma: n ? sum / n : 0,
    clipped: n ? clipped / n : 0,
    crushed: n ? crushed / n : 0,
    leftLuma: leftN ? left / leftN : 0,
    rightLuma: rightN ? right / rightN : 0,
    meanR: r / total,
    meanG: g / total,
    meanB: b / total,
  };
}

/** The problems worth telling the person about, most important first. */
export function lightHints(s: FrameStats): LightHint[] {
  const hints: LightHint[] = [];
  if (s.faceLuma < 60 || s.crushed > 0.25) hints.push('too-dark');
  else if (s.faceLuma > 215 || s.clipped > 0.12) hints.push('too-bright');
  const hi = Math.max(s.leftLuma, s.rightLuma);
  const lo = Math.min(s.leftLuma, s.rightLuma);
  if (hi > 40 && hi - lo > 55) hints.push('uneven');
  const maxC = Math.max(s.meanR, s.meanG, s.meanB);
  const minC = Math.min(s.meanR, s.meanG, s.meanB);
  if (minC > 8 && maxC / minC > 1.6) hints.push('tinted');
  return hints;
}

export const HINT_TEXT: Record<LightHint, string> = {
  'too-dark': 'It is a bit dark. Face a window or turn on a light in front of you.',
  'too-bright': 'Too bright: parts of your face are washed out. Step out of direct sun or away from the lamp.',
  uneven: 'One side of your face is in shadow. Turn so the light falls evenly on your face.',
  tinted: 'The light looks tinted. Daylight from a window gives the truest colours; switch off coloured lamps.',
};

export const GOOD_LIGHT_TEXT = 'Good light. Keep your face inside the oval and look at the camera.';

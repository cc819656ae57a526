import { useEffect, useState, type RefObject } from 'react';
import { frameStats, lightHints, type LightHint } from './lightMeter';

const SAMPLE_W = 96;
const SAMPLE_H = 72;

/** Samples the live video a few times a second and returns the current light hints (null before the first sample). */
export function useLightMeter(video: RefObject<HTMLVideoElement | null>, active: boolean, intervalMs = 600): LightHint[] | null {
  const [hints, setHints] = useState<LightHint[] | null>(null);
  useEffect(() => {
    if (!active) {
      setHints(null);
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.width = SAMPLE_W;
    canvas.height = SAMPLE_H;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    let last = '';
    const timer = setInterval(() => {
      const v = video.current;
      if (!v || v.readyState < 2 || !v.videoWidth) return;
      ctx.drawImage(v, 0, 0, SAMPLE_W, SAMPLE_H);
      const next = lightHints(frameStats(ctx.getImageData(0, 0, SAMPLE_W, SAMPLE_H).data, SAMPLE_W, SAMPLE_H));
      const key = next.join(',');
      // Only re-render (and re-announce) when the advice changes.
      if (key !== last || last === '') {
        last = key || 'good';
        setHints(next);
      }
    }, intervalMs);
    return () => clearInterval(timer);
  }, [video, active, intervalMs]);
  return hints;
}

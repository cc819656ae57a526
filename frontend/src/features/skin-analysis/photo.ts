/** Longest edge sent for analysis: plenty for skin colour, and a phone photo uploads in a moment. */
export const MAX_UPLOAD_EDGE = 1600;
/** Longest edge of the copy kept in this tab for the overlay and the draping. */
export const MAX_LOCAL_EDGE = 900;

export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface PreparedPhoto {
  /** What is uploaded. */
  blob: Blob;
  fileName: string;
  /** Pixel size of the uploaded image (the face boxes refer to it). */
  width: number;
  height: number;
  /** A smaller JPEG data URL of the same picture, for display; null if the browser cannot decode it. */
  dataUrl: string | null;
}

function canvasFor(w: number, h: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), type, quality));
}

export function scaleToFit(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const k = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/**
 * Decodes the photo (respecting its EXIF orientation), scales it down for upload and keeps a small
 * display copy. When the browser cannot decode it (e.g. HEIC in some browsers) the original file is
 * uploaded unchanged and the service decides.
 */
export async function preparePhoto(file: Blob, name = 'photo.jpg'): Promise<PreparedPhoto> {
  if (typeof createImageBitmap !== 'function') return { blob: file, fileName: name, width: 0, height: 0, dataUrl: null };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { blob: file, fileName: name, width: 0, height: 0, dataUrl: null };
  }
  try {
    const up = scaleToFit(bitmap.width, bitmap.height, MAX_UPLOAD_EDGE);
    const canvas = canvasFor(up.width, up.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return { blob: file, fileName: name, width: bitmap.width, height: bitmap.height, dataUrl: null };
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, up.width, up.height);
    const blob = (await toBlob(canvas, 'image/jpeg', 0.92)) ?? file;
    const small = scaleToFit(up.width, up.height, MAX_LOCAL_EDGE);
    const sc = canvasFor(small.width, small.height);
    sc.getContext('2d')?.drawImage(canvas, 0, 0, small.width, small.height);
    const dataUrl = sc.toDataURL('image/jpeg', 0.85);
    return { blob, fileName: name.replace(/\.[^.]+$/, '') + '.jpg', width: up.width, height: up.height, dataUrl };
  } finally {
    bitmap.close?.();
  }
}

/** Grabs the current camera frame (not mirrored: the analysis sees the real scene). */
export async function captureFrame(video: HTMLVideoElement): Promise<Blob | null> {
  const w = video.videoWidth;
  const h = video.videoHeight;
  if (!w || !h) return null;
  const canvas = canvasFor(w, h);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(video, 0, 0, w, h);
  return toBlob(canvas, 'image/jpeg', 0.95);
}

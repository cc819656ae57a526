/**
 * Shapes of the image-processing service's API (docs/api.md "Skin analysis"), as the app uses them.
 * `analysisApi.ts` turns whatever the service answers into these (tolerating field-name variants
 * while the service firms up), so components never see raw JSON.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Lab {
  L: number;
  a: number;
  b: number;
}

export type Undertone = 'warm' | 'cool' | 'neutral' | 'olive' | string;

export interface SeasonResult {
  /** The service's identifier, used in URLs (e.g. `TRUE_SPRING` or `true-spring`). */
  id: string;
  /** "True Spring". */
  name: string;
  confidence: number | null;
  explanation: string | null;
  /** Runner-up seasons, best first, when the service gives them. */
  alternatives: Array<{ id: string; name: string; confidence: number | null }>;
}

export interface Face {
  box: Box;
  /** 1–10 on the Monk Skin Tone scale. */
  monkTone: number | null;
  /** How sure the service is of this face's measurement, 0–1. */
  confidence: number | null;
  skinHex: string | null;
  skinLab: Lab | null;
  ita: number | null;
  itaCategory: string | null;
  undertone: Undertone | null;
  hairHex: string | null;
  eyeHex: string | null;
  /** "low" | "medium" | "high", or a number when the service gives one. */
  contrast: string | number | null;
  season: SeasonResult | null;
  /** A PNG (URL or data URL) with the skin pixels, the same size as the analysed image, when given. */
  skinMask: string | null;
  /** Why this face could not be measured (other faces may have been). */
  retake: RetakeReason | null;
}

export type RetakeReason =
  | 'no-face'
  | 'too-dark'
  | 'overexposed'
  | 'blurry'
  | 'color-cast'
  | 'face-too-small'
  | 'multiple-faces'
  | string;

export interface AnalysisWarning {
  code: string;
  message: string | null;
}

export interface Analysis {
  id: string;
  createdAt: string | null;
  /** Size of the analysed image, in the pixels the face boxes refer to. */
  imageWidth: number | null;
  imageHeight: number | null;
  faces: Face[];
  warnings: AnalysisWarning[];
  /** Null when the photo was usable; otherwise why a new one is needed. */
  retake: RetakeReason | null;
  /** The service's own explanation of the retake, when it gives one. */
  retakeDetail: string | null;
  /** Estimated colour temperature of the light in the photo, kelvin. */
  lightCct: number | null;
}

export interface AnalysisSummary {
  id: string;
  createdAt: string | null;
  monkTone: number | null;
  skinHex: string | null;
  season: string | null;
  retake: RetakeReason | null;
}

export interface AnalysisPage {
  items: AnalysisSummary[];
  nextCursor: string | null;
}

/** The photo the person took or chose, kept in this browser tab only. */
export interface LocalPhoto {
  dataUrl: string;
  width: number;
  height: number;
}

export type UploadPhase = 'idle' | 'preparing' | 'uploading' | 'analysing' | 'done' | 'failed';

/**
 * Shapes of the image-processing service's API (docs/api.md "Skin-tone analysis"), as the app uses
 * them. `analysisApi.ts` reads the service's JSON into these, so components never see raw JSON.
 */

import type { Lab } from '../../shared/lib/json';

export type { Lab };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Undertone = 'warm' | 'cool' | 'neutral' | 'olive' | string;

/** The undertone measurement: `type` and the scores behind it. */
export interface UndertoneDetail {
  type: Undertone;
  /** Warm (+) versus cool (−), about −1…1. */
  warmth: number | null;
  /** How olive (green-grey) the skin reads, 0–1. */
  olive: number | null;
  confidence: number | null;
  /** CIELAB hue angle (degrees) and chroma of the skin colour. */
  hue: number | null;
  chroma: number | null;
}

export interface SeasonResult {
  /** The slug the colour-matching API takes (`soft-autumn`). */
  id: string;
  /** "Soft Autumn". */
  name: string;
  confidence: number | null;
  explanation: string | null;
  /** The runner-up season (`seasonRunnerUp`); the service gives its slug, not its score. */
  alternatives: Array<{ id: string; name: string; confidence: number | null }>;
}

export interface DominantColor {
  hex: string;
  /** Share of the measured skin pixels, 0–1. */
  share: number;
}

export interface AnalysisWarning {
  code: string;
  message: string | null;
}

export interface Face {
  box: Box;
  /** The face detector that found it (`haar-frontal`, or `none` when face detection was off). */
  detector: string | null;
  /** 1–10 on the Monk Skin Tone scale. */
  monkTone: number | null;
  /** How sure the service is of the Monk tone, 0–1. */
  confidence: number | null;
  /** CIEDE2000 from the skin colour to the Monk reference colour. */
  deltaE: number | null;
  monkRunnerUp: number | null;
  skinHex: string | null;
  skinLab: Lab | null;
  ita: number | null;
  itaCategory: string | null;
  fitzpatrick: string | null;
  undertone: Undertone | null;
  undertoneDetail: UndertoneDetail | null;
  hairHex: string | null;
  hairConfidence: number | null;
  eyeHex: string | null;
  eyeConfidence: number | null;
  /** `low`, `medium` or `high`. */
  contrast: string | null;
  season: SeasonResult | null;
  /** Share of the face box that was measured as skin, 0–1. */
  maskCoverage: number | null;
  dominantColors: DominantColor[];
  warnings: AnalysisWarning[];
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
  | 'low-skin-coverage'
  | 'grayscale'
  | 'uncertain-light'
  | string;

/** The light the photo was taken in, as the service estimated it before correcting the colours. */
export interface Illuminant {
  /** Correlated colour temperature, kelvin. */
  cct: number | null;
  /** Distance from the Planckian locus (Duv). */
  duv: number | null;
  /** CIE 1931 chromaticity of the light. */
  x: number | null;
  y: number | null;
  method: string | null;
  /** CIEDE2000 by which the colour correction moved the skin colour. */
  correctionDeltaE: number | null;
}

/** Milliseconds per pipeline stage. */
export interface Timings {
  decode: number | null;
  faces: number | null;
  light: number | null;
  skin: number | null;
  report: number | null;
  total: number | null;
}

export interface Analysis {
  id: string;
  createdAt: string | null;
  /** Size of the analysed image, in the pixels the face boxes refer to. */
  imageWidth: number | null;
  imageHeight: number | null;
  mediaType: string | null;
  faces: Face[];
  warnings: AnalysisWarning[];
  /** Null when the photo was usable; otherwise why a new one is needed. */
  retake: RetakeReason | null;
  /** The service's own explanation of the retake. */
  retakeDetail: string | null;
  /** Null when no face was measured. */
  illuminant: Illuminant | null;
  timings: Timings | null;
  /** API path of the PNG report. */
  reportUrl: string | null;
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

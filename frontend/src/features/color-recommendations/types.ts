/** Shapes of the colour-matching service's API (docs/api.md "Colour matching"), as the app uses them. */

import type { Lab } from '../../shared/lib/json';

export interface MonkTone {
  /** 1–10 (`tone`). */
  index: number;
  hex: string;
  lab: Lab | null;
}

/** One of the 12 seasons (`GET /seasons`). */
export interface SeasonInfo {
  /** The slug (`light-spring`). */
  id: string;
  name: string;
  /** `spring`, `summer`, `autumn` or `winter`. */
  family: string | null;
  /** The defining characteristic first (`light`), then the second (`warm`). */
  primary: string | null;
  secondary: string | null;
  description: string | null;
  /** Slugs of the seasons next to it. */
  neighbours: string[];
}

/** A palette colour: `{name, hex, lab, note}`. */
export interface NamedSwatch {
  hex: string;
  name: string | null;
  /** Why it is in the group ("core colour", "best metal", or why to avoid it). */
  note?: string | null;
}

export interface Palette {
  /** The season slug (`soft-autumn`). */
  seasonId: string | null;
  seasonName: string | null;
  /** True when adjusted to the person's own measured colouring. */
  personalised: boolean;
  /** Why this season (only for the person's own palette, `palettes/me`). */
  description: string | null;
  /** Season confidence of the analysis the personal palette came from. */
  confidence: number | null;
  /** The analysis the personal palette came from. */
  analysisId: string | null;
  /** Colours to wear (the core palette, `wearable`). */
  wear: NamedSwatch[];
  neutrals: NamedSwatch[];
  accents: NamedSwatch[];
  metals: NamedSwatch[];
  avoid: NamedSwatch[];
}

export interface SeasonAnalysisRequest {
  skin: string;
  hair?: string | null;
  eyes?: string | null;
}

export interface SeasonAnalysisResult {
  seasonId: string;
  seasonName: string;
  confidence: number | null;
  runnerUp: string | null;
  /** Every season's score, 0–1. */
  scores: Record<string, number>;
  explanation: string | null;
  palette: Palette | null;
}

export interface ColorMatchRequest {
  hex: string;
  season?: string | null;
}

/** How well one colour suits a person/season. */
export interface ColorMatchResult {
  hex: string;
  /** Derived from `score` and `penalised` (the service gives no verdict of its own). */
  verdict: 'wear' | 'neutral' | 'avoid' | null;
  /** 0–100. */
  score: number | null;
  /** CIEDE2000 to the nearest palette colour. */
  deltaE: number | null;
  nearest: NamedSwatch | null;
  /** True when the colour is closer to a colour to avoid than to the palette. */
  penalised: boolean;
  nearestAvoid: NamedSwatch | null;
  avoidDeltaE: number | null;
  explanation: string | null;
}

/** Shapes of the colour-matching service's API (docs/api.md "Colour"), as the app uses them. */

export interface MonkTone {
  /** 1–10. */
  index: number;
  hex: string;
  name: string | null;
}

export interface SeasonInfo {
  id: string;
  name: string;
  family: string | null;
  description: string | null;
  characteristics: string[];
}

export interface NamedSwatch {
  hex: string;
  name: string | null;
}

export interface Palette {
  seasonId: string | null;
  seasonName: string | null;
  description: string | null;
  /** Colours to wear (the core palette). */
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
  explanation: string | null;
}

export interface ColorMatchRequest {
  hex: string;
  season?: string | null;
}

/** How well one colour suits a person/season. */
export interface ColorMatchResult {
  hex: string;
  verdict: 'wear' | 'neutral' | 'avoid' | string | null;
  score: number | null;
  deltaE: number | null;
  nearest: NamedSwatch | null;
  explanation: string | null;
}

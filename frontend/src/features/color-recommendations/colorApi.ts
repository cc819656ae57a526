import { api } from '../../app/api';
import { arr, bool, hex, humanize, lab, num, obj, objOrNull, str, strs } from '../../shared/lib/json';
import type { ColorMatchRequest, ColorMatchResult, MonkTone, NamedSwatch, Palette, SeasonAnalysisRequest, SeasonAnalysisResult, SeasonInfo } from './types';

/*
 * Readers for docs/api.md "Colour matching" (ColorViews/PaletteViews in the colour-matching
 * service). Every palette colour is `{name, hex, lab, note}`, metals included.
 */

function toSwatch(v: unknown): NamedSwatch | null {
  const o = obj(v);
  const h = hex(o.hex);
  return h ? { hex: h, name: str(o.name), note: str(o.note) } : null;
}

function swatches(v: unknown): NamedSwatch[] {
  return arr(v).map(toSwatch).filter((s): s is NamedSwatch => s !== null);
}

/** A season's palette: `{season, seasonName, personalised, wearable, neutrals, accents, metals, avoid}`. */
export function toPalette(v: unknown): Palette {
  const o = obj(v);
  const season = str(o.season);
  return {
    seasonId: season,
    seasonName: str(o.seasonName) ?? (season ? humanize(season) : null),
    personalised: bool(o.personalised) ?? false,
    description: null,
    confidence: null,
    analysisId: null,
    wear: swatches(o.wearable),
    neutrals: swatches(o.neutrals),
    accents: swatches(o.accents),
    metals: swatches(o.metals),
    avoid: swatches(o.avoid),
  };
}

/** `GET /palettes/me`: `{id, analysisId, season, seasonName, confidence, explanation, createdAt, palette}`. */
export function toMyPalette(v: unknown): Palette {
  const o = obj(v);
  return {
    ...toPalette(o.palette),
    seasonId: str(o.season),
    seasonName: str(o.seasonName),
    description: str(o.explanation),
    confidence: num(o.confidence),
    analysisId: str(o.analysisId),
  };
}

/** `GET /monk-scale`: `{name, tones: [{tone, hex, lab}]}`. */
export function toMonkTones(v: unknown): MonkTone[] {
  return arr(obj(v).tones)
    .map((t) => {
      const o = obj(t);
      const index = num(o.tone);
      const h = hex(o.hex);
      return index !== null && h ? { index, hex: h, lab: lab(o.lab) } : null;
    })
    .filter((t): t is MonkTone => t !== null)
    .sort((a, b) => a.index - b.index);
}

/** `GET /seasons`: `[{id, name, family, primary, secondary, description, neighbours}]`. */
export function toSeasons(v: unknown): SeasonInfo[] {
  return arr(v)
    .map(obj)
    .filter((o) => str(o.id) !== null)
    .map((o) => ({
      id: str(o.id) as string,
      name: str(o.name) ?? humanize(str(o.id) as string),
      family: str(o.family),
      primary: str(o.primary),
      secondary: str(o.secondary),
      description: str(o.description),
      neighbours: strs(o.neighbours),
    }));
}

/** `POST /seasons/analyze`: `{season, seasonName, confidence, runnerUp, scores, explanation, palette}`. */
export function toSeasonAnalysis(v: unknown): SeasonAnalysisResult {
  const o = obj(v);
  const id = str(o.season) ?? '';
  const scores: Record<string, number> = {};
  for (const [k, s] of Object.entries(obj(o.scores))) {
    const n = num(s);
    if (n !== null) scores[k] = n;
  }
  const palette = objOrNull(o.palette);
  return {
    seasonId: id,
    seasonName: str(o.seasonName) ?? humanize(id),
    confidence: num(o.confidence),
    runnerUp: str(o.runnerUp),
    scores,
    explanation: str(o.explanation),
    palette: palette ? toPalette(palette) : null,
  };
}

/** Score 0–100 (how well the colour sits with the palette) to a verdict; a penalised colour is one to avoid. */
export function verdictFor(score: number | null, penalised: boolean): ColorMatchResult['verdict'] {
  if (penalised) return 'avoid';
  if (score === null) return null;
  if (score >= 70) return 'wear';
  if (score >= 40) return 'neutral';
  return 'avoid';
}

/**
 * `POST /colors/match` answers `{season, results: [{index, score, nearest, deltaE, penalised,
 * nearestAvoid, avoidDeltaE, explanation}]}`; the app asks about one colour, so it reads `index` 0.
 */
export function toColorMatch(v: unknown, requested: string): ColorMatchResult {
  const o = obj(arr(obj(v).results).find((r) => num(obj(r).index) === 0));
  const score = num(o.score);
  const penalised = bool(o.penalised) ?? false;
  return {
    hex: requested,
    verdict: verdictFor(score, penalised),
    score,
    deltaE: num(o.deltaE),
    nearest: toSwatch(o.nearest),
    penalised,
    nearestAvoid: toSwatch(o.nearestAvoid),
    avoidDeltaE: num(o.avoidDeltaE),
    explanation: str(o.explanation),
  };
}

export const colorApi = api.injectEndpoints({
  endpoints: (build) => ({
    getMonkScale: build.query<MonkTone[], void>({
      query: () => '/monk-scale',
      transformResponse: toMonkTones,
      keepUnusedDataFor: 3600,
    }),
    getSeasons: build.query<SeasonInfo[], void>({
      query: () => '/seasons',
      transformResponse: toSeasons,
      keepUnusedDataFor: 3600,
    }),
    getSeasonPalette: build.query<Palette, string>({
      query: (season) => `/seasons/${encodeURIComponent(season)}/palette`,
      transformResponse: toPalette,
      keepUnusedDataFor: 600,
    }),
    getMyPalette: build.query<Palette, void>({
      query: () => '/palettes/me',
      transformResponse: toMyPalette,
      providesTags: ['Palette'],
    }),
    analyzeSeason: build.mutation<SeasonAnalysisResult, SeasonAnalysisRequest>({
      query: ({ skin, hair, eyes }) => ({
        url: '/seasons/analyze',
        method: 'POST',
        body: { skin: { hex: skin }, ...(hair ? { hair: { hex: hair } } : {}), ...(eyes ? { eyes: { hex: eyes } } : {}) },
      }),
      transformResponse: toSeasonAnalysis,
    }),
    matchColor: build.mutation<ColorMatchResult, ColorMatchRequest>({
      query: ({ hex: h, season }) => ({ url: '/colors/match', method: 'POST', body: { ...(season ? { season } : {}), colors: [{ hex: h }] } }),
      transformResponse: (v: unknown, _meta, arg) => toColorMatch(v, arg.hex),
    }),
  }),
});

export const { useGetMonkScaleQuery, useGetSeasonsQuery, useGetSeasonPaletteQuery, useGetMyPaletteQuery, useAnalyzeSeasonMutation, useMatchColorMutation } = colorApi;

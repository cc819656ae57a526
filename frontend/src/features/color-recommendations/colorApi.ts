import { api } from '../../app/api';
import { arr, hex, humanize, num, obj, pick, str, type Json } from '../../shared/lib/json';
import type { ColorMatchRequest, ColorMatchResult, MonkTone, NamedSwatch, Palette, SeasonAnalysisRequest, SeasonAnalysisResult, SeasonInfo } from './types';

/** Metals are often named rather than given a colour: the usual jewellery tones, for display only. */
const METAL_HEX: Record<string, string> = {
  gold: '#d4af37',
  'yellow gold': '#d4af37',
  'rose gold': '#b76e79',
  'white gold': '#e8e4d8',
  silver: '#c0c0c0',
  platinum: '#e5e4e2',
  copper: '#b87333',
  bronze: '#cd7f32',
  brass: '#b5a642',
  pewter: '#8e8e8e',
  gunmetal: '#53565a',
};

function toSwatch(v: unknown): NamedSwatch | null {
  if (typeof v === 'string') {
    const h = hex(v);
    if (h) return { hex: h, name: null };
    const metal = METAL_HEX[v.toLowerCase()];
    return metal ? { hex: metal, name: humanize(v) } : null;
  }
  const o = obj(v);
  const name = str(pick(o, 'name', 'label', 'displayName'));
  const h = hex(pick(o, 'hex', 'color', 'colour', 'value')) ?? (name ? (METAL_HEX[name.toLowerCase()] ?? null) : null);
  return h ? { hex: h, name } : null;
}

function swatches(v: unknown): NamedSwatch[] {
  return arr(v).map(toSwatch).filter((s): s is NamedSwatch => s !== null);
}

export function toPalette(v: unknown): Palette {
  const o = obj(v);
  const inner = obj(pick(o, 'palette'));
  const p: Json = Object.keys(inner).length ? { ...o, ...inner } : o;
  const seasonRaw = pick(o, 'season', 'seasonId');
  const seasonObj = obj(seasonRaw);
  const seasonId = typeof seasonRaw === 'string' ? seasonRaw : str(pick(seasonObj, 'id', 'key', 'name'));
  return {
    seasonId,
    seasonName: str(pick(o, 'seasonName', 'displayName')) ?? str(pick(seasonObj, 'displayName', 'name')) ?? (seasonId ? humanize(seasonId) : null),
    description: str(pick(p, 'description', 'explanation', 'summary')) ?? str(pick(seasonObj, 'description')),
    wear: swatches(pick(p, 'wear', 'best', 'wearable', 'colors', 'colours', 'core')),
    neutrals: swatches(pick(p, 'neutrals')),
    accents: swatches(pick(p, 'accents', 'accent')),
    metals: swatches(pick(p, 'metals', 'metal')),
    avoid: swatches(pick(p, 'avoid', 'colorsToAvoid', 'worst')),
  };
}

function toMonkTones(v: unknown): MonkTone[] {
  const list = Array.isArray(v) ? v : arr(pick(obj(v), 'tones', 'items', 'scale'));
  return list
    .map((t, i) => {
      const o = obj(t);
      const h = hex(typeof t === 'string' ? t : pick(o, 'hex', 'color'));
      return h ? { index: num(pick(o, 'index', 'tone', 'level', 'id')) ?? i + 1, hex: h, name: str(pick(o, 'name', 'label')) } : null;
    })
    .filter((t): t is MonkTone => t !== null)
    .sort((a, b) => a.index - b.index);
}

function toSeasons(v: unknown): SeasonInfo[] {
  const list = Array.isArray(v) ? v : arr(pick(obj(v), 'seasons', 'items'));
  return list.map((s) => {
    const o = obj(s);
    const id = typeof s === 'string' ? s : (str(pick(o, 'id', 'key', 'season', 'name')) ?? '');
    return {
      id,
      name: str(pick(o, 'displayName', 'name')) ?? humanize(id),
      family: str(pick(o, 'family')),
      description: str(pick(o, 'description', 'summary')),
      characteristics: arr(pick(o, 'characteristics', 'traits')).map((c) => str(c) ?? '').filter(Boolean),
    };
  });
}

function toSeasonAnalysis(v: unknown): SeasonAnalysisResult {
  const o = obj(v);
  const s = pick(o, 'season');
  const so = obj(s);
  const id = typeof s === 'string' ? s : (str(pick(so, 'id', 'name')) ?? '');
  return {
    seasonId: id,
    seasonName: str(pick(o, 'seasonName')) ?? str(pick(so, 'displayName', 'name')) ?? humanize(id),
    confidence: num(pick(o, 'confidence') ?? pick(so, 'confidence')),
    explanation: str(pick(o, 'explanation', 'reason') ?? pick(so, 'explanation')),
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

function toColorMatch(v: unknown, requested: string): ColorMatchResult {
  const first = Array.isArray(v) ? v[0] : (arr(pick(obj(v), 'results', 'matches', 'items'))[0] ?? v);
  const o = obj(first);
  const score = num(pick(o, 'score', 'suitability', 'harmony'));
  return {
    hex: hex(pick(o, 'hex', 'color')) ?? requested,
    verdict: str(pick(o, 'verdict', 'rating')) ?? verdictFor(score, o.penalised === true),
    score,
    deltaE: num(pick(o, 'deltaE', 'deltaE00', 'distance')),
    nearest: toSwatch(pick(o, 'nearest', 'closest', 'nearestPaletteColor')),
    explanation: str(pick(o, 'explanation', 'reason', 'message')),
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
      transformResponse: toPalette,
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

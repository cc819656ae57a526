import { api, apiUrl, uploadWithReauth } from '../../app/api';
import { arr, hex, humanize, num, obj, pick, str, type Json } from '../../shared/lib/json';
import { uploadProgressed, uploadPhaseChanged } from './analysisSlice';
import type { Analysis, AnalysisPage, AnalysisSummary, AnalysisWarning, Box, Face, Lab, SeasonResult } from './types';

function toBox(v: unknown): Box {
  const o = obj(v);
  if (Array.isArray(v) && v.length === 4) {
    const [x, y, width, height] = v.map((n) => num(n) ?? 0);
    return { x, y, width, height };
  }
  return {
    x: num(pick(o, 'x', 'left')) ?? 0,
    y: num(pick(o, 'y', 'top')) ?? 0,
    width: num(pick(o, 'width', 'w')) ?? 0,
    height: num(pick(o, 'height', 'h')) ?? 0,
  };
}

function toLab(v: unknown): Lab | null {
  if (Array.isArray(v) && v.length >= 3) {
    const [L, a, b] = v.map((n) => num(n));
    return L === null || a === null || b === null ? null : { L, a, b };
  }
  const o = obj(v);
  const L = num(pick(o, 'L', 'l'));
  const a = num(o.a);
  const b = num(o.b);
  return L === null || a === null || b === null ? null : { L, a, b };
}

export function toSeason(raw: Json): SeasonResult | null {
  const s = pick(raw, 'season');
  if (s === undefined) return null;
  const so = obj(s);
  const id = typeof s === 'string' ? s : str(pick(so, 'id', 'key', 'season', 'name'));
  if (!id) return null;
  const name = str(pick(so, 'displayName', 'name')) ?? humanize(id);
  const runnerUp = str(pick(so, 'runnerUp') ?? pick(raw, 'seasonRunnerUp'));
  const listed = arr(pick(so, 'alternatives', 'runnersUp', 'candidates') ?? pick(raw, 'seasonAlternatives'));
  const alternatives = (listed.length ? listed : runnerUp ? [runnerUp] : []).map((a) => {
    const ao = obj(a);
    const aid = typeof a === 'string' ? a : (str(pick(ao, 'id', 'season', 'name')) ?? '');
    return { id: aid, name: str(pick(ao, 'displayName', 'name')) ?? humanize(aid), confidence: num(pick(ao, 'confidence', 'score')) };
  });
  return {
    id,
    name: typeof s === 'string' ? (str(raw.seasonName) ?? humanize(id)) : name,
    confidence: num(pick(so, 'confidence', 'score') ?? pick(raw, 'seasonConfidence')),
    explanation: str(pick(so, 'explanation', 'reason', 'description') ?? pick(raw, 'seasonExplanation', 'explanation')),
    alternatives: alternatives.filter((a) => a.id !== id && a.id !== ''),
  };
}

export function toFace(v: unknown): Face {
  // The service nests the measurement under `skin` (absent when the face needs a retake).
  const raw = obj(v);
  const measured = obj(raw.skin);
  const o: Json = Object.keys(measured).length ? { ...raw, ...measured, skin: undefined } : raw;
  const monk = pick(o, 'monkTone', 'monk', 'mst');
  const monkObj = obj(monk);
  const maskRaw = pick(o, 'skinMask', 'skinMaskPng', 'mask', 'skinMaskUrl');
  let skinMask: string | null = null;
  if (typeof maskRaw === 'string' && maskRaw) {
    skinMask = maskRaw.startsWith('data:') || maskRaw.startsWith('/') || maskRaw.startsWith('http') ? maskRaw : `data:image/png;base64,${maskRaw}`;
  }
  const contrastRaw = pick(o, 'contrast', 'contrastLevel');
  const contrastObj = obj(contrastRaw);
  return {
    box: toBox(pick(o, 'box', 'boundingBox', 'bbox')),
    monkTone: typeof monk === 'object' ? num(pick(monkObj, 'index', 'tone', 'value', 'level')) : num(monk),
    confidence: num(pick(o, 'confidence', 'score')),
    skinHex: hex(pick(o, 'skinHex', 'skin', 'skinColor')),
    skinLab: toLab(pick(o, 'skinLab', 'lab')),
    ita: num(pick(o, 'ita', 'itaDegrees')),
    itaCategory: str(pick(o, 'itaCategory', 'itaClass')),
    undertone: str(typeof pick(o, 'undertone') === 'object' ? pick(obj(o.undertone), 'type', 'value', 'name', 'kind') : pick(o, 'undertone')),
    hairHex: hex(pick(o, 'hairHex', 'hair', 'hairColor')),
    eyeHex: hex(pick(o, 'eyeHex', 'eyes', 'eye', 'eyeColor')),
    retake: str(typeof pick(raw, 'retake') === 'object' ? pick(obj(raw.retake), 'code', 'reason') : pick(raw, 'retake')),
    contrast: typeof contrastRaw === 'object' && contrastRaw !== null ? (str(pick(contrastObj, 'level', 'name')) ?? num(pick(contrastObj, 'value'))) : (num(contrastRaw) ?? str(contrastRaw)),
    season: toSeason(o),
    skinMask,
  };
}

function toWarning(v: unknown): AnalysisWarning {
  if (typeof v === 'string') return { code: v, message: null };
  const o = obj(v);
  return { code: str(pick(o, 'code', 'type', 'reason')) ?? 'warning', message: str(pick(o, 'message', 'detail')) };
}

/** Reads the service's analysis into the app's shape. */
export function toAnalysis(v: unknown): Analysis {
  // A stored analysis may wrap the pipeline's result: {id, createdAt, result: {...}}.
  const outer = obj(v);
  const inner = obj(outer.result);
  const o: Json = Object.keys(inner).length ? { ...inner, ...outer, result: undefined } : outer;
  const image = obj(pick(o, 'image', 'imageSize', 'size'));
  const retakeRaw = pick(o, 'retake', 'retakeReason');
  const retakeObj = obj(retakeRaw);
  const retake = typeof retakeRaw === 'string' ? retakeRaw : typeof retakeRaw === 'object' ? str(pick(retakeObj, 'reason', 'code', 'type')) : null;
  return {
    id: str(pick(o, 'id', 'analysisId')) ?? '',
    createdAt: str(pick(o, 'createdAt', 'analysedAt', 'analyzedAt', 'timestamp')),
    imageWidth: num(pick(image, 'width', 'w') ?? pick(o, 'imageWidth', 'width')),
    imageHeight: num(pick(image, 'height', 'h') ?? pick(o, 'imageHeight', 'height')),
    faces: arr(pick(o, 'faces')).map(toFace),
    warnings: arr(pick(o, 'warnings')).map(toWarning),
    retake: retake && retake !== 'none' ? retake : null,
    retakeDetail: typeof retakeRaw === 'object' ? str(pick(retakeObj, 'message', 'detail')) : str(pick(o, 'retakeMessage', 'retakeDetail')),
    lightCct: num(pick(obj(pick(o, 'light', 'illuminant')), 'cct', 'kelvin')),
  };
}

function toSummary(v: unknown): AnalysisSummary {
  const full = toAnalysis(v);
  const o = obj(v);
  const face = full.faces[0];
  const seasonRaw = pick(o, 'season');
  return {
    id: full.id,
    createdAt: full.createdAt,
    monkTone: face?.monkTone ?? num(pick(o, 'monkTone')),
    skinHex: face?.skinHex ?? hex(pick(o, 'skinHex')),
    season: face?.season?.name ?? (typeof seasonRaw === 'string' ? humanize(seasonRaw) : (toSeason(o)?.name ?? null)),
    retake: full.retake,
  };
}

export function toAnalysisPage(v: unknown): AnalysisPage {
  if (Array.isArray(v)) return { items: v.map(toSummary), nextCursor: null };
  const o = obj(v);
  return {
    items: arr(pick(o, 'items', 'content', 'analyses', 'data')).map(toSummary),
    nextCursor: str(pick(o, 'nextCursor', 'cursor', 'next')),
  };
}

export interface CreateAnalysisArgs {
  image: Blob;
  fileName?: string;
  /** `false` skips face detection (the whole image is treated as the face area). */
  faceDetection?: boolean;
}

export const analysisApi = api.injectEndpoints({
  endpoints: (build) => ({
    createAnalysis: build.mutation<Analysis, CreateAnalysisArgs>({
      queryFn: async ({ image, fileName, faceDetection }, queryApi, extra) => {
        const body = new FormData();
        body.append('image', image, fileName ?? 'photo.jpg');
        if (faceDetection === false) body.append('faceDetection', 'false');
        queryApi.dispatch(uploadPhaseChanged('uploading'));
        const result = await uploadWithReauth(
          {
            url: '/analyses',
            body,
            onProgress: (loaded, total) => {
              queryApi.dispatch(uploadProgressed({ loaded, total }));
              if (total > 0 && loaded >= total) queryApi.dispatch(uploadPhaseChanged('analysing'));
            },
          },
          queryApi,
          extra as object,
        );
        if (result.error) {
          queryApi.dispatch(uploadPhaseChanged('failed'));
          return { error: result.error };
        }
        queryApi.dispatch(uploadPhaseChanged('done'));
        return { data: toAnalysis(result.data) };
      },
      invalidatesTags: [{ type: 'Analysis', id: 'LIST' }, 'Palette', 'Recommendation'],
    }),
    getAnalysis: build.query<Analysis, string>({
      query: (id) => `/analyses/${encodeURIComponent(id)}`,
      transformResponse: toAnalysis,
      providesTags: (_r, _e, id) => [{ type: 'Analysis', id }],
    }),
    listMyAnalyses: build.query<AnalysisPage, { cursor?: string | null; limit?: number } | void>({
      query: (arg) => ({ url: '/analyses', params: { mine: true, limit: arg?.limit ?? 20, ...(arg?.cursor ? { cursor: arg.cursor } : {}) } }),
      transformResponse: toAnalysisPage,
      providesTags: (r) => [{ type: 'Analysis', id: 'LIST' }, ...(r?.items ?? []).map((a) => ({ type: 'Analysis' as const, id: a.id }))],
    }),
    deleteAnalysis: build.mutation<void, string>({
      query: (id) => ({ url: `/analyses/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: (_r, _e, id) => [{ type: 'Analysis', id }, { type: 'Analysis', id: 'LIST' }],
    }),
  }),
});

/** The server-rendered report (photo with face box and skin mask) for an analysis. */
export function reportUrl(id: string): string {
  return apiUrl(`/analyses/${encodeURIComponent(id)}/report.png`);
}

export const { useCreateAnalysisMutation, useGetAnalysisQuery, useListMyAnalysesQuery, useDeleteAnalysisMutation } = analysisApi;

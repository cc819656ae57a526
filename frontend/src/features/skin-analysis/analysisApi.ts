import { api, apiUrl, uploadWithReauth } from '../../app/api';
import { arr, hex, humanize, lab, num, obj, objOrNull, str, type Json } from '../../shared/lib/json';
import { uploadProgressed, uploadPhaseChanged } from './analysisSlice';
import type { Analysis, AnalysisPage, AnalysisSummary, AnalysisWarning, Box, DominantColor, Face, Illuminant, SeasonResult, Timings, UndertoneDetail } from './types';

/*
 * Readers for the analysis as docs/api.md "Skin-tone analysis" shows it (AnalysisView in the
 * image-processing service): the measurement sits flat on each face, the season as `season`
 * (slug), `seasonName`, `seasonConfidence`, `seasonRunnerUp`, `seasonExplanation`.
 */

function toBox(v: unknown): Box {
  const o = obj(v);
  return { x: num(o.x) ?? 0, y: num(o.y) ?? 0, width: num(o.width) ?? 0, height: num(o.height) ?? 0 };
}

function toUndertone(v: unknown): UndertoneDetail | null {
  const o = objOrNull(v);
  const type = o ? str(o.type) : null;
  if (!o || !type) return null;
  return { type, warmth: num(o.warmth), olive: num(o.olive), confidence: num(o.confidence), hue: num(o.hue), chroma: num(o.chroma) };
}

/** The season fields of a face; null when the face has no season (a retake). */
export function toSeason(face: Json): SeasonResult | null {
  const id = str(face.season);
  if (!id) return null;
  const runnerUp = str(face.seasonRunnerUp);
  return {
    id,
    name: str(face.seasonName) ?? humanize(id),
    confidence: num(face.seasonConfidence),
    explanation: str(face.seasonExplanation),
    // The service names the runner-up by slug only; seasons are named after their slug.
    alternatives: runnerUp && runnerUp !== id ? [{ id: runnerUp, name: humanize(runnerUp), confidence: null }] : [],
  };
}

function toWarning(v: unknown): AnalysisWarning {
  const o = obj(v);
  return { code: str(o.code) ?? 'warning', message: str(o.message) };
}

function toDominant(v: unknown): DominantColor | null {
  const o = obj(v);
  const h = hex(o.hex);
  const share = num(o.share);
  return h && share !== null ? { hex: h, share } : null;
}

export function toFace(v: unknown): Face {
  const o = obj(v);
  const undertone = toUndertone(o.undertone);
  return {
    box: toBox(o.box),
    detector: str(o.detector),
    monkTone: num(o.monkTone),
    confidence: num(o.confidence),
    deltaE: num(o.deltaE),
    monkRunnerUp: num(o.monkRunnerUp),
    skinHex: hex(o.skinHex),
    skinLab: lab(o.skinLab),
    ita: num(o.ita),
    itaCategory: str(o.itaCategory),
    fitzpatrick: str(o.fitzpatrick),
    undertone: undertone?.type ?? null,
    undertoneDetail: undertone,
    hairHex: hex(o.hairHex),
    hairConfidence: num(o.hairConfidence),
    eyeHex: hex(o.eyeHex),
    eyeConfidence: num(o.eyeConfidence),
    contrast: str(o.contrast),
    season: toSeason(o),
    maskCoverage: num(o.maskCoverage),
    dominantColors: arr(o.dominantColors).map(toDominant).filter((d): d is DominantColor => d !== null),
    warnings: arr(o.warnings).map(toWarning),
    retake: str(obj(o.retake).reason),
  };
}

function toIlluminant(v: unknown): Illuminant | null {
  const o = objOrNull(v);
  if (!o) return null;
  const xy = obj(o.chromaticity);
  return { cct: num(o.cct), duv: num(o.duv), x: num(xy.x), y: num(xy.y), method: str(o.method), correctionDeltaE: num(o.correctionDeltaE) };
}

function toTimings(v: unknown): Timings | null {
  const o = objOrNull(v);
  if (!o) return null;
  return { decode: num(o.decode), faces: num(o.faces), light: num(o.light), skin: num(o.skin), report: num(o.report), total: num(o.total) };
}

/** Reads the service's analysis (`POST`/`GET /analyses`, and each history item) into the app's shape. */
export function toAnalysis(v: unknown): Analysis {
  const o = obj(v);
  const retake = obj(o.retake);
  return {
    id: str(o.id) ?? '',
    createdAt: str(o.createdAt),
    imageWidth: num(o.width),
    imageHeight: num(o.height),
    mediaType: str(o.mediaType),
    faces: arr(o.faces).map(toFace),
    warnings: arr(o.warnings).map(toWarning),
    retake: str(retake.reason),
    retakeDetail: str(retake.message),
    illuminant: toIlluminant(o.illuminant),
    timings: toTimings(o.timings),
    reportUrl: str(o.reportUrl),
  };
}

function toSummary(v: unknown): AnalysisSummary {
  const full = toAnalysis(v);
  const face = full.faces[0];
  return {
    id: full.id,
    createdAt: full.createdAt,
    monkTone: face?.monkTone ?? null,
    skinHex: face?.skinHex ?? null,
    season: face?.season?.name ?? null,
    retake: full.retake,
  };
}

/** `GET /analyses?mine`: `{items: [analysis], nextCursor}`. */
export function toAnalysisPage(v: unknown): AnalysisPage {
  const o = obj(v);
  return { items: arr(o.items).map(toSummary), nextCursor: str(o.nextCursor) };
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

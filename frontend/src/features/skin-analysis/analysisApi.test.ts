import { describe, expect, it } from 'vitest';
import { makeStore } from '../../app/store';
import { installFakeXhr } from '../../test/fakeXhr';
import { signedInState } from '../../test/utils';
import { analysisApi, toAnalysis, toAnalysisPage } from './analysisApi';
import { ANALYSIS_HISTORY, RETAKE_ANALYSIS, SAMPLE_ANALYSIS, UNSUPPORTED_IMAGE_PROBLEM } from '../../test/fixtures';

describe('toAnalysis', () => {
  it('reads a measured analysis exactly as the service sends it', () => {
    const a = toAnalysis(SAMPLE_ANALYSIS);
    expect(a).toMatchObject({ id: '15610ba3-9b3b-4359-8571-c8a0abfd52c8', createdAt: '2026-11-25T15:26:39.049152Z', imageWidth: 450, imageHeight: 550, mediaType: 'image/jpeg', warnings: [], retake: null, retakeDetail: null });
    expect(a.reportUrl).toBe('/api/v1/analyses/15610ba3-9b3b-4359-8571-c8a0abfd52c8/report.png');
    expect(a.illuminant).toEqual({ cct: 9980, duv: 0.0107, x: 0.2742, y: 0.3016, method: 'gray-edge+shades-of-gray', correctionDeltaE: 2.44 });
    expect(a.timings).toEqual({ decode: 3.1, faces: 58.1, light: 9.7, skin: 93.7, report: 142.3, total: 306.9 });
    const f = a.faces[0];
    expect(f).toMatchObject({
      box: { x: 64, y: 138, width: 271, height: 270 },
      detector: 'haar-frontal',
      monkTone: 5,
      confidence: 0.247,
      deltaE: 9.35,
      monkRunnerUp: 6,
      skinHex: '#d3a481',
      skinLab: { L: 70.84, a: 12.56, b: 24.73 },
      ita: 40.1,
      itaCategory: 'intermediate',
      fitzpatrick: 'III',
      undertone: 'warm',
      undertoneDetail: { type: 'warm', warmth: 0.589, olive: 0, confidence: 0.384, hue: 63.1, chroma: 27.7 },
      hairHex: '#766141',
      hairConfidence: 1,
      eyeHex: '#837863',
      eyeConfidence: 0.7,
      contrast: 'medium',
      maskCoverage: 0.821,
      warnings: [],
      retake: null,
    });
    expect(f.dominantColors).toEqual([
      { hex: '#f1be9d', share: 0.379 },
      { hex: '#cb9f7b', share: 0.313 },
      { hex: '#a97f5b', share: 0.308 },
    ]);
    expect(f.season).toEqual({
      id: 'soft-autumn',
      name: 'Soft Autumn',
      confidence: 0.302,
      explanation: 'Soft Autumn: your colouring reads slightly soft and slightly warm. …',
      alternatives: [{ id: 'true-autumn', name: 'True Autumn', confidence: null }],
    });
  });

  it('reads a retake: the reason and message, no faces, no illuminant', () => {
    const a = toAnalysis(RETAKE_ANALYSIS);
    expect(a).toMatchObject({ imageWidth: 400, imageHeight: 400, mediaType: 'image/png', faces: [], retake: 'no-face', illuminant: null });
    expect(a.retakeDetail).toBe('No face was found. Face the camera with your whole face in the picture.');
    expect(a.warnings).toEqual([{ code: 'no-face', message: 'No face was found. Face the camera with your whole face in the picture.' }]);
    expect(a.timings?.total).toBe(74.1);
  });

  it('reads a face whose colours could not be measured as nulls, with its own retake', () => {
    const face = { ...SAMPLE_ANALYSIS.faces[0], monkTone: null, skinHex: null, skinLab: null, undertone: null, season: null, seasonName: null, warnings: [{ code: 'face-too-small', message: 'Move closer.' }], retake: { reason: 'face-too-small', message: 'Move closer.' } };
    const f = toAnalysis({ ...SAMPLE_ANALYSIS, faces: [face] }).faces[0];
    expect(f).toMatchObject({ monkTone: null, skinHex: null, skinLab: null, undertone: null, undertoneDetail: null, season: null, retake: 'face-too-small', warnings: [{ code: 'face-too-small', message: 'Move closer.' }] });
  });

  it('reads the history page with its cursor', () => {
    const page = toAnalysisPage(ANALYSIS_HISTORY);
    expect(page).toEqual({
      items: [{ id: '15610ba3-9b3b-4359-8571-c8a0abfd52c8', createdAt: '2026-11-25T15:26:39.049152Z', monkTone: 5, skinHex: '#d3a481', season: 'Soft Autumn', retake: null }],
      nextCursor: 'MTc5NTYyMDM5OS4yMzM1NzIwMDA6N2MxYzI4YzE',
    });
    expect(toAnalysisPage({ items: [], nextCursor: null }).nextCursor).toBeNull();
  });
});

describe('createAnalysis', () => {
  it('uploads multipart with progress and the token, and stores the phases', async () => {
    const requests = installFakeXhr(() => ({ status: 201, body: SAMPLE_ANALYSIS }));
    const store = makeStore(signedInState('tok'));
    const phases: string[] = [];
    store.subscribe(() => {
      const p = store.getState().analysis.upload.phase;
      if (phases[phases.length - 1] !== p) phases.push(p);
    });
    const result = await store.dispatch(analysisApi.endpoints.createAnalysis.initiate({ image: new Blob(['x'], { type: 'image/jpeg' }), fileName: 'me.jpg', faceDetection: false }));
    expect(result.data?.id).toBe(SAMPLE_ANALYSIS.id);
    expect(requests[0].url).toMatch(/\/api\/v1\/analyses$/);
    expect(requests[0].headers.Authorization).toBe('Bearer tok');
    expect(requests[0].body.get('image')).toBeInstanceOf(Blob);
    expect(requests[0].body.get('faceDetection')).toBe('false');
    expect(phases.filter((p) => p !== 'idle')).toEqual(['uploading', 'analysing', 'done']);
  });

  it('returns the problem on failure', async () => {
    installFakeXhr(() => ({ status: 415, body: UNSUPPORTED_IMAGE_PROBLEM }));
    const store = makeStore();
    const result = await store.dispatch(analysisApi.endpoints.createAnalysis.initiate({ image: new Blob(['x']) }));
    expect(result.error).toMatchObject({ status: 415, data: { reason: 'unsupported-format' } });
    expect(store.getState().analysis.upload.phase).toBe('failed');
  });
});

import { describe, expect, it } from 'vitest';
import { makeStore } from '../../app/store';
import { installFakeXhr } from '../../test/fakeXhr';
import { signedInState } from '../../test/utils';
import { analysisApi, toAnalysis } from './analysisApi';
import { FLAT_ANALYSIS, SAMPLE_ANALYSIS } from '../../test/fixtures';

describe('toAnalysis', () => {
  it('reads the service answer into the app shape', () => {
    const a = toAnalysis(SAMPLE_ANALYSIS);
    expect(a.imageWidth).toBe(450);
    expect(a.faces[0]).toMatchObject({ monkTone: 5, skinHex: '#c68863', undertone: 'warm', ita: 25.8, contrast: 'medium', hairHex: '#2b1d16', eyeHex: '#4a3426', confidence: 0.86 });
    expect(a.faces[0].skinLab).toEqual({ L: 62.1, a: 14.2, b: 24.9 });
    expect(a.faces[0].season).toMatchObject({ id: 'true-autumn', name: 'True Autumn', confidence: 0.72, alternatives: [{ id: 'soft-autumn', name: 'Soft Autumn', confidence: null }] });
    expect(a.retake).toBeNull();
    expect(a.lightCct).toBe(5400);
  });

  it('reads a stored analysis that wraps the result, and a face that needs a retake', () => {
    const a = toAnalysis({ id: 'a-2', createdAt: '2025-11-25T10:00:00Z', result: { width: 10, height: 20, faces: [{ box: { x: 0, y: 0, width: 5, height: 5 }, retake: { code: 'blurry', message: 'Blurry' }, skin: null }], warnings: [{ code: 'low-light', message: 'Dim' }], retake: { code: 'blurry', message: 'The face is blurry.' } } });
    expect(a).toMatchObject({ id: 'a-2', imageWidth: 10, imageHeight: 20, retake: 'blurry', retakeDetail: 'The face is blurry.', warnings: [{ code: 'low-light', message: 'Dim' }] });
    expect(a.faces[0]).toMatchObject({ retake: 'blurry', monkTone: null, season: null });
  });

  it('reads the flat form of docs/api.md', () => {
    const a = toAnalysis(FLAT_ANALYSIS);
    expect(a).toMatchObject({ imageWidth: 450, imageHeight: 550, lightCct: 4612, retake: null });
    expect(a.faces[0]).toMatchObject({ monkTone: 5, undertone: 'olive', itaCategory: 'very-light', hairHex: '#707057', eyeHex: '#7a8984' });
    expect(a.faces[0].season).toEqual({
      id: 'soft-autumn',
      name: 'Soft Autumn',
      confidence: 0.115,
      explanation: 'Soft Autumn: your colouring reads soft (muted) and neutral.',
      alternatives: [{ id: 'light-summer', name: 'Light Summer', confidence: null }],
    });
  });

  it('accepts a flat season string and an object retake', () => {
    const a = toAnalysis({ id: 'x', faces: [{ box: [1, 2, 3, 4], season: 'soft-summer', seasonConfidence: 0.5 }], retake: { reason: 'too-dark', message: 'Mean luminance 31' } });
    expect(a.faces[0].box).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(a.faces[0].season).toMatchObject({ id: 'soft-summer', name: 'Soft Summer', confidence: 0.5 });
    expect(a.retake).toBe('too-dark');
    expect(a.retakeDetail).toBe('Mean luminance 31');
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
    expect(result.data?.id).toBe('a-1');
    expect(requests[0].url).toMatch(/\/api\/v1\/analyses$/);
    expect(requests[0].headers.Authorization).toBe('Bearer tok');
    expect(requests[0].body.get('image')).toBeInstanceOf(Blob);
    expect(requests[0].body.get('faceDetection')).toBe('false');
    expect(phases.filter((p) => p !== 'idle')).toEqual(['uploading', 'analysing', 'done']);
  });

  it('returns the problem on failure', async () => {
    installFakeXhr(() => ({ status: 413, body: { type: 'https://aifashion.io/problems/payload-too-large', title: 'Payload too large', status: 413 } }));
    const store = makeStore();
    const result = await store.dispatch(analysisApi.endpoints.createAnalysis.initiate({ image: new Blob(['x']) }));
    expect(result.error).toMatchObject({ status: 413 });
    expect(store.getState().analysis.upload.phase).toBe('failed');
  });
});

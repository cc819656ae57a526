import { describe, expect, it } from 'vitest';
import { retakeGuidance, warningText } from './retakeGuidance';

describe('retake guidance', () => {
  // Every code docs/api.md lists for `warnings` and `retake.reason`.
  it.each(['no-face', 'multiple-faces', 'face-too-small', 'too-dark', 'overexposed', 'color-cast', 'blurry', 'low-skin-coverage', 'grayscale', 'uncertain-light'])('has specific advice for %s', (reason) => {
    const g = retakeGuidance(reason);
    expect(g.title).not.toBe('Please try another photo');
    expect(g.steps.length).toBeGreaterThan(0);
  });
  it('falls back for unknown reasons', () => {
    expect(retakeGuidance('cosmic-rays').title).toBe('Please try another photo');
  });
  it('explains warnings', () => {
    expect(warningText('color-cast', null)).toMatch(/tinted/);
    expect(warningText('new-thing', 'Service text')).toBe('Service text');
  });
});

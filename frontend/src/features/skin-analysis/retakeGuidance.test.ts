import { describe, expect, it } from 'vitest';
import { retakeGuidance, warningText } from './retakeGuidance';

describe('retake guidance', () => {
  it.each(['no-face', 'too-dark', 'overexposed', 'blurry', 'color-cast', 'face-too-small', 'multiple-faces'])('has specific advice for %s', (reason) => {
    const g = retakeGuidance(reason);
    expect(g.title).not.toBe('Please try another photo');
    expect(g.steps.length).toBeGreaterThan(0);
  });
  it('accepts enum-style codes', () => {
    expect(retakeGuidance('TOO_DARK').title).toBe('The photo is too dark');
  });
  it('falls back for unknown reasons', () => {
    expect(retakeGuidance('cosmic-rays').title).toBe('Please try another photo');
  });
  it('explains warnings', () => {
    expect(warningText('COLOR_CAST', null)).toMatch(/tinted/);
    expect(warningText('new-thing', 'Service text')).toBe('Service text');
  });
});

import { describe, expect, it } from 'vitest';
import { hex, humanize, num } from './json';
import { contrastRatio, readableTextOn } from './color';

describe('json readers', () => {
  it('normalises hex colours', () => {
    expect(hex('#ABC')).toBe('#aabbcc');
    expect(hex('a1b2c3')).toBe('#a1b2c3');
    expect(hex({ hex: '#000000' })).toBe('#000000');
    expect(hex('red')).toBeNull();
  });
  it('humanises identifiers', () => {
    expect(humanize('TRUE_SPRING')).toBe('True Spring');
    expect(humanize('soft-summer')).toBe('Soft Summer');
    expect(humanize('deepWinter')).toBe('Deep Winter');
  });
  it('reads numbers', () => {
    expect(num('3.5')).toBe(3.5);
    expect(num('')).toBeNull();
    expect(num(NaN)).toBeNull();
  });
});

describe('colour contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    // The app's secondary text on its background must pass AA.
    expect(contrastRatio('#57534e', '#faf7f2')).toBeGreaterThan(4.5);
    expect(contrastRatio('#6b2f4f', '#ffffff')).toBeGreaterThan(4.5);
  });
  it('picks readable text', () => {
    expect(readableTextOn('#ffffff')).toBe('#1c1917');
    expect(readableTextOn('#1c1917')).toBe('#ffffff');
  });
});

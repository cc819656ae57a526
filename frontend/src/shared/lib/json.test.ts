import { describe, expect, it } from 'vitest';
import { hex, humanize, lab, num, str } from './json';
import { contrastRatio, parseHexInput, readableTextOn } from './color';

describe('json readers', () => {
  it('read the services\' #rrggbb colours and nothing else', () => {
    expect(hex('#C68863')).toBe('#c68863');
    expect(hex('c68863')).toBeNull();
    expect(hex({ hex: '#000000' })).toBeNull();
    expect(hex('red')).toBeNull();
  });
  it('check types instead of converting', () => {
    expect(num('3.5')).toBeNull();
    expect(num(NaN)).toBeNull();
    expect(num(3.5)).toBe(3.5);
    expect(str(5)).toBeNull();
  });
  it('read CIELAB as {l, a, b}', () => {
    expect(lab({ l: 70.84, a: 12.56, b: 24.73 })).toEqual({ L: 70.84, a: 12.56, b: 24.73 });
    expect(lab({ L: 70.84, a: 12.56, b: 24.73 })).toBeNull();
    expect(lab(null)).toBeNull();
  });
  it('humanises slugs', () => {
    expect(humanize('soft-summer')).toBe('Soft Summer');
  });
  it('parse what people type into a colour field', () => {
    expect(parseHexInput('#ABC')).toBe('#aabbcc');
    expect(parseHexInput(' a1b2c3 ')).toBe('#a1b2c3');
    expect(parseHexInput('red')).toBeNull();
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

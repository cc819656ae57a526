import { describe, expect, it } from 'vitest';
import { fieldMessage, friendlyError, isServiceUnavailable, problemSlug, toProblem } from './problem';

describe('problemSlug', () => {
  it('takes the last path segment of the type URI', () => {
    expect(problemSlug({ type: 'https://aifashion.io/problems/token-expired', status: 401 })).toBe('token-expired');
  });
  it('falls back to the status for about:blank', () => {
    expect(problemSlug({ type: 'about:blank', status: 418 })).toBe('http-418');
  });
});

describe('friendlyError', () => {
  it('explains a missing service in plain words and offers a retry', () => {
    const f = friendlyError({ status: 503, data: { type: 'https://aifashion.io/problems/service-unavailable', title: 'Service unavailable', status: 503, detail: 'The service behind /api/v1/products is not answering right now.' } });
    expect(f.title).toBe('Taking a short break');
    expect(f.message).not.toContain('/api/v1');
    expect(f.retryable).toBe(true);
  });

  it('keeps the service detail and field errors for validation problems', () => {
    const f = friendlyError({
      status: 400,
      data: { type: 'https://aifashion.io/problems/validation-error', title: 'Invalid request', status: 400, detail: 'email must be an e-mail address', errors: [{ field: 'email', message: 'must be an e-mail address' }] },
    });
    expect(f.message).toBe('email must be an e-mail address');
    expect(fieldMessage(f, 'email')).toBe('must be an e-mail address');
    expect(f.retryable).toBe(false);
  });

  it.each([
    ['rate-limited', 429, 'A little too fast'],
    ['payload-too-large', 413, 'That photo is too large'],
    ['token-expired', 401, 'Your session has ended'],
    ['not-found', 404, 'Not found'],
  ])('maps %s to guidance', (slug, status, title) => {
    expect(friendlyError({ status, data: { type: `https://aifashion.io/problems/${slug}`, title: slug, status } }).title).toBe(title);
  });

  it('says "offline" for network failures', () => {
    const f = friendlyError({ status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' });
    expect(f.slug).toBe('network-error');
    expect(f.message).toMatch(/connection/);
  });

  it('never shows a server detail for 5xx', () => {
    const f = friendlyError({ status: 500, data: { type: 'https://aifashion.io/problems/something-new', title: 'x', status: 500, detail: 'NullPointerException at Foo.java:12' } });
    expect(f.message).not.toContain('NullPointer');
  });

  it('uses the detail of an unknown 4xx problem', () => {
    const f = friendlyError({ status: 409, data: { type: 'https://aifashion.io/problems/email-in-use', title: 'Conflict', status: 409, detail: 'That e-mail address is already registered.' } });
    expect(f.message).toBe('That e-mail address is already registered.');
  });

  it('handles a non-problem error body', () => {
    expect(toProblem({ status: 502, data: '<html>bad gateway</html>' })).toEqual({ type: 'http-502', title: 'HTTP 502', status: 502 });
  });
});

describe('isServiceUnavailable', () => {
  it('is true only for 503', () => {
    expect(isServiceUnavailable({ status: 503, data: null })).toBe(true);
    expect(isServiceUnavailable({ status: 500, data: null })).toBe(false);
    expect(isServiceUnavailable(undefined)).toBe(false);
  });
});

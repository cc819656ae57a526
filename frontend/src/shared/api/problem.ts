import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';
import type { SerializedError } from '@reduxjs/toolkit';

/** An RFC 9457 problem as every AI-Fashion service (and the gateway) returns it (DESIGN.md §5). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface FieldError {
  field: string;
  message: string;
}

/** What a person is shown for a failed request: plain words, and what to do next. */
export interface FriendlyError {
  slug: string;
  title: string;
  message: string;
  fields: FieldError[];
  /** Worth a "Try again" button (the same request may well succeed later). */
  retryable: boolean;
  status: number;
  traceId?: string;
}

/** `https://aifashion.io/problems/token-expired` → `token-expired`; `about:blank` → `http-<status>`. */
export function problemSlug(problem: Pick<Problem, 'type' | 'status'>): string {
  const type = problem.type ?? '';
  if (!type || type === 'about:blank') return `http-${problem.status}`;
  const slash = type.lastIndexOf('/');
  return slash >= 0 ? type.slice(slash + 1) : type;
}

function isProblemBody(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && ('type' in body || 'title' in body || 'status' in body);
}

/** Turns whatever RTK Query reports as an error into a problem, inventing one for network failures. */
export function toProblem(error: FetchBaseQueryError | SerializedError | undefined | null): Problem {
  if (!error) return { type: 'unknown', title: 'Unknown error', status: 0 };
  if ('status' in error) {
    const status = error.status;
    if (typeof status === 'number') {
      if (isProblemBody(error.data)) {
        return { ...error.data, status: error.data.status ?? status, type: error.data.type ?? `http-${status}`, title: error.data.title ?? '' };
      }
      return { type: `http-${status}`, title: `HTTP ${status}`, status };
    }
    switch (status) {
      case 'FETCH_ERROR':
        return { type: 'network-error', title: 'Network error', status: 0, detail: error.error };
      case 'TIMEOUT_ERROR':
        return { type: 'timeout', title: 'Timed out', status: 0 };
      case 'PARSING_ERROR':
        return { type: `http-${error.originalStatus}`, title: 'Unreadable answer', status: error.originalStatus };
      default:
        return { type: 'unknown', title: 'Unknown error', status: 0, detail: 'error' in error ? String(error.error) : undefined };
    }
  }
  return { type: 'client-error', title: error.name ?? 'Error', status: 0, detail: error.message };
}

interface Wording {
  title: string;
  message: string;
  retryable?: boolean;
  /** Prefer the service's own `detail` (written for people) over the generic message. */
  useDetail?: boolean;
}

const WORDING: Record<string, Wording> = {
  'validation-error': { title: 'Some details need another look', message: 'Please check the highlighted fields and try again.', useDetail: true },
  'malformed-body': { title: 'We could not read that request', message: 'Please reload the page and try again.' },
  'not-found': { title: 'Not found', message: 'We could not find that. It may have been deleted or the link may be out of date.' },
  'service-unavailable': { title: 'Taking a short break', message: 'This part of AI-Fashion is not available right now. Please try again in a moment.', retryable: true },
  'gateway-timeout': { title: 'That took too long', message: 'The answer did not arrive in time. Please try again.', retryable: true },
  'rate-limited': { title: 'A little too fast', message: 'You have made a lot of requests in a short time. Please wait a few seconds and try again.', retryable: true },
  'payload-too-large': { title: 'That photo is too large', message: 'Please choose a smaller photo (a normal phone photo is fine) or take a new one with the camera.' },
  'unsupported-media-type': { title: 'We cannot read that file', message: 'Please use a photo in JPEG, PNG or WebP format.' },
  'token-expired': { title: 'Your session has ended', message: 'For your security you were signed out. Please sign in again.' },
  'invalid-token': { title: 'Please sign in again', message: 'Your sign-in is no longer valid. Please sign in again.' },
  'invalid-token-audience': { title: 'Please sign in again', message: 'Your sign-in is no longer valid. Please sign in again.' },
  'invalid-token-issuer': { title: 'Please sign in again', message: 'Your sign-in is no longer valid. Please sign in again.' },
  'invalid-token-signature': { title: 'Please sign in again', message: 'Your sign-in is no longer valid. Please sign in again.' },
  'authentication-required': { title: 'Please sign in', message: 'You need to be signed in to do that.' },
  'invalid-credentials': { title: 'Those details do not match', message: 'The e-mail address or password is not right. Please check them and try again.' },
  'email-not-verified': { title: 'Please confirm your e-mail first', message: 'We sent you a link when you signed up. Open it (or paste its code on the confirmation page), then sign in.' },
  'too-many-attempts': { title: 'Too many attempts', message: 'For your security, sign-in is paused for a little while. Please wait and try again.', useDetail: true },
  'refresh-token-expired': { title: 'Your session has ended', message: 'Please sign in again.' },
  'refresh-token-revoked': { title: 'You were signed out', message: 'This session was signed out. Please sign in again.' },
  'refresh-token-reused': { title: 'Please sign in again', message: 'For your security we ended this session everywhere. Please sign in again.' },
  'refresh-token-invalid': { title: 'Please sign in again', message: 'Your sign-in is no longer valid. Please sign in again.' },
  'invalid-verification-token': { title: 'That link has expired', message: 'This confirmation link is unknown, already used or expired. Ask for a new one below.' },
  'invalid-reset-token': { title: 'That link has expired', message: 'This password reset link is unknown, already used or expired. Ask for a new one.' },
  'account-not-found': { title: 'Account not found', message: 'This account no longer exists. Please sign in with another account or create a new one.' },
  'no-palette-yet': { title: 'No palette yet', message: 'Your palette appears after your first analysis. Take a selfie to create it.' },
  'unreadable-image': { title: 'We could not open that photo', message: 'The file seems empty, cut off or damaged. Please choose the photo again or take a new one.' },
  'unsupported-image': { title: 'We cannot read that photo', message: 'This photo uses a colour format we cannot read (for example a print-ready CMYK file). Please use a normal camera photo.' },
  'malformed-multipart': { title: 'The upload did not arrive in one piece', message: 'Please try again.', retryable: true },
  'unprocessable-image': { title: 'We could not analyse that photo', message: 'The photo is too large in pixels or could not be analysed. Please try a normal phone photo or take one with the camera.' },
  'recommendations-warming-up': { title: 'Almost ready', message: 'Recommendations are starting up. Please try again in a few seconds.', retryable: true },
  forbidden: { title: 'Not allowed', message: 'Your account cannot do that.', useDetail: true },
  'method-not-allowed': { title: 'That is not possible here', message: 'This action is not supported. Please reload the page.' },
  'not-acceptable': { title: 'That is not possible here', message: 'This action is not supported. Please reload the page.' },
  'internal-error': { title: 'Something went wrong on our side', message: 'Sorry about that. Please try again; if it keeps happening, try again later.', retryable: true },
  'network-error': { title: 'You seem to be offline', message: 'We cannot reach AI-Fashion. Check your internet connection and try again.', retryable: true },
  timeout: { title: 'That took too long', message: 'The answer did not arrive in time. Please try again.', retryable: true },
};

function byStatus(status: number): Wording {
  if (status === 401) return WORDING['authentication-required'];
  if (status === 403) return WORDING.forbidden;
  if (status === 404) return WORDING['not-found'];
  if (status === 409) return { title: 'That clashes with something that already exists', message: 'Please change it and try again.', useDetail: true };
  if (status === 413) return WORDING['payload-too-large'];
  if (status === 415) return WORDING['unsupported-media-type'];
  if (status === 422) return { title: 'We could not use that', message: 'Please check it and try again.', useDetail: true };
  if (status === 429) return WORDING['rate-limited'];
  if (status === 503) return WORDING['service-unavailable'];
  if (status === 504) return WORDING['gateway-timeout'];
  if (status >= 500) return WORDING['internal-error'];
  if (status >= 400) return { title: 'That did not work', message: 'Please check what you entered and try again.', useDetail: true };
  return { title: 'That did not work', message: 'Something unexpected happened. Please try again.', retryable: true };
}

/** Plain words for a problem: known types get written guidance; unknown ones fall back on the service's detail. */
export function friendlyError(error: FetchBaseQueryError | SerializedError | Problem | undefined | null): FriendlyError {
  const problem: Problem =
    error && 'type' in error && typeof (error as Problem).type === 'string' && !('data' in error)
      ? (error as Problem)
      : toProblem(error as FetchBaseQueryError | SerializedError | undefined);
  const slug = problemSlug(problem);
  const known = WORDING[slug];
  const wording = known ?? byStatus(problem.status);
  const detail = typeof problem.detail === 'string' && problem.detail.trim() ? problem.detail.trim() : undefined;
  const message = (wording.useDetail || !known) && detail && problem.status >= 400 && problem.status < 500 ? detail : wording.message;
  return {
    slug,
    title: wording.title,
    message,
    fields: Array.isArray(problem.errors) ? problem.errors.filter((e) => e && typeof e.field === 'string') : [],
    retryable: wording.retryable ?? false,
    status: problem.status,
    traceId: typeof problem.traceId === 'string' ? problem.traceId : undefined,
  };
}

/** True when the error means "this service is not running / not built yet" (the gateway's 503). */
export function isServiceUnavailable(error: FetchBaseQueryError | SerializedError | undefined | null): boolean {
  if (!error || !('status' in error)) return false;
  return error.status === 503;
}

/** The message for one field, for inline form errors. */
export function fieldMessage(err: FriendlyError | null | undefined, field: string): string | undefined {
  const matches = (path: string) => {
    const bare = path.replace(/\[\d+\]/g, '');
    return bare === field || bare.endsWith(`.${field}`) || bare.startsWith(`${field}.`) || bare.includes(`.${field}.`);
  };
  return err?.fields.find((f) => matches(f.field))?.message;
}

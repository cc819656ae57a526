import { api } from '../../app/api';
import { signedOut } from '../auth/authSlice';
import { arr, hex, num, obj, pick, str } from '../../shared/lib/json';
import type { Consent, Me, MeUpdate, Preferences } from './types';

function strings(v: unknown): string[] {
  return arr(v).map((s) => str(s) ?? '').filter(Boolean);
}

/** Hex colours normalised; colour names kept as the service spells them. */
function colors(v: unknown): string[] {
  return strings(v).map((c) => hex(c) ?? c);
}

const GENDERS = ['female', 'male', 'non-binary'] as const;

export function toPreferences(v: unknown): Preferences {
  const o = obj(v);
  const gender = str(pick(o, 'gender'));
  const budget = obj(pick(o, 'budget'));
  const hasBudget = Object.keys(budget).length > 0;
  return {
    gender: (GENDERS as readonly string[]).includes(gender ?? '') ? (gender as Preferences['gender']) : null,
    sizes: strings(pick(o, 'sizes')),
    budget: hasBudget ? { min: num(budget.min), max: num(budget.max), currency: str(budget.currency) } : null,
    favouriteColors: colors(pick(o, 'favouriteColors', 'favoriteColors')),
    dislikedColors: colors(pick(o, 'dislikedColors')),
    styleTags: strings(pick(o, 'styleTags', 'styles')),
  };
}

export function toMe(v: unknown): Me {
  const o = obj(v);
  const consent = obj(pick(o, 'consent', 'consents'));
  const verified = pick(o, 'emailVerified', 'verified');
  return {
    id: str(pick(o, 'id', 'userId')) ?? '',
    email: str(pick(o, 'email')) ?? '',
    displayName: str(pick(o, 'displayName', 'name')) ?? '',
    emailVerified: typeof verified === 'boolean' ? verified : null,
    createdAt: str(pick(o, 'createdAt')),
    preferences: toPreferences(pick(o, 'preferences')),
    consent: {
      storePhotos: consent.storePhotos === true,
      emails: consent.emails === true,
      push: consent.push === true,
    },
  };
}

export const profileApi = api.injectEndpoints({
  endpoints: (build) => ({
    getMe: build.query<Me, void>({
      query: () => '/users/me',
      transformResponse: toMe,
      providesTags: ['Me'],
    }),
    updateMe: build.mutation<Me, MeUpdate>({
      // A JSON Merge Patch (RFC 7396): members present replace, null clears, lists are replaced whole.
      query: (body) => ({ url: '/users/me', method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': 'application/merge-patch+json' } }),
      transformResponse: toMe,
      async onQueryStarted(arg, { dispatch, queryFulfilled }) {
        // Consent switches change at once (optimistic) and switch back when the save fails.
        const sent = Object.entries(arg.consent ?? {}) as Array<[keyof Consent, boolean]>;
        const consentOnly = sent.length > 0 && arg.preferences === undefined && arg.displayName === undefined;
        const optimistic = consentOnly
          ? dispatch(
              profileApi.util.updateQueryData('getMe', undefined, (me) => {
                for (const [k, v] of sent) me.consent[k] = v;
              }),
            )
          : null;
        try {
          const { data } = await queryFulfilled;
          if (consentOnly) {
            // Only the switches this request changed: another switch may still be on its way.
            dispatch(
              profileApi.util.updateQueryData('getMe', undefined, (me) => {
                for (const [k] of sent) me.consent[k] = data.consent[k];
              }),
            );
          } else {
            dispatch(profileApi.util.upsertQueryData('getMe', undefined, data));
          }
        } catch {
          optimistic?.undo();
          /* the error is shown by the form */
        }
      },
      // New preferences change what is recommended.
      invalidatesTags: (_r, error) => (error ? [] : ['Recommendation']),
    }),
    exportMe: build.mutation<Blob, void>({
      query: () => ({
        url: '/users/me/export',
        // The export is a file to save, not data for the store.
        responseHandler: async (response) => (response.ok ? response.blob() : response.json().catch(() => ({ status: response.status }))),
        cache: 'no-store',
      }),
    }),
    deleteMe: build.mutation<void, void>({
      query: () => ({ url: '/users/me', method: 'DELETE' }),
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        try {
          await queryFulfilled;
          dispatch(signedOut());
          dispatch(api.util.resetApiState());
        } catch {
          /* shown by the dialog */
        }
      },
    }),
  }),
});

export const { useGetMeQuery, useUpdateMeMutation, useExportMeMutation, useDeleteMeMutation } = profileApi;

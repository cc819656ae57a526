import { api } from '../../app/api';
import { signedOut } from '../auth/authSlice';
import { bool, num, obj, objOrNull, str, strs } from '../../shared/lib/json';
import type { Consent, Me, MeUpdate, Preferences } from './types';

/*
 * Readers for `GET/PATCH /users/me` (docs/api.md "Accounts", ProfileDocument in the auth service):
 * `{id, email, emailVerified, displayName, roles, createdAt, preferences, consent, updatedAt}`.
 */

const GENDERS = ['female', 'male', 'non-binary'] as const;

export function toPreferences(v: unknown): Preferences {
  const o = obj(v);
  const gender = str(o.gender);
  const budget = objOrNull(o.budget);
  return {
    gender: (GENDERS as readonly string[]).includes(gender ?? '') ? (gender as Preferences['gender']) : null,
    sizes: strs(o.sizes),
    budget: budget ? { min: num(budget.min), max: num(budget.max), currency: str(budget.currency) } : null,
    // `#rrggbb`, or a colour name in the dictionary's spelling ("Navy Blue"), as the service stores it.
    favouriteColors: strs(o.favouriteColors),
    dislikedColors: strs(o.dislikedColors),
    styleTags: strs(o.styleTags),
  };
}

export function toMe(v: unknown): Me {
  const o = obj(v);
  const consent = obj(o.consent);
  return {
    id: str(o.id) ?? '',
    email: str(o.email) ?? '',
    displayName: str(o.displayName) ?? '',
    emailVerified: bool(o.emailVerified),
    roles: strs(o.roles),
    createdAt: str(o.createdAt),
    updatedAt: str(o.updatedAt),
    preferences: toPreferences(o.preferences),
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

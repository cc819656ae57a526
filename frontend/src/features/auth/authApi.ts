import { api } from '../../app/api';
import { signedOut, tokensReceived } from './authSlice';
import type { LoginRequest, RegisterRequest, RegisterResponse, TokenResponse } from './types';

export const authApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** 202 `{status: "pending-verification"}`: the account exists once the e-mailed link is opened. */
    register: build.mutation<RegisterResponse, RegisterRequest>({
      query: (body) => ({ url: '/auth/register', method: 'POST', body }),
    }),
    verifyEmail: build.mutation<unknown, { token: string }>({
      query: (body) => ({ url: '/auth/verify', method: 'POST', body }),
    }),
    resendVerification: build.mutation<unknown, { email: string }>({
      query: (body) => ({ url: '/auth/verify/resend', method: 'POST', body }),
    }),
    requestPasswordReset: build.mutation<unknown, { email: string }>({
      query: (body) => ({ url: '/auth/password-reset', method: 'POST', body }),
    }),
    confirmPasswordReset: build.mutation<unknown, { token: string; newPassword: string }>({
      query: (body) => ({ url: '/auth/password-reset/confirm', method: 'POST', body }),
    }),
    login: build.mutation<TokenResponse, LoginRequest>({
      query: (body) => ({ url: '/auth/login', method: 'POST', body }),
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(tokensReceived(data));
          // Whatever was cached for the anonymous visitor (recommendations, palette) is stale now.
          dispatch(api.util.invalidateTags(['Me', 'Palette', 'Recommendation', 'Notification', 'Analysis']));
        } catch {
          /* the component shows the error */
        }
      },
    }),
    logout: build.mutation<void, void>({
      queryFn: async (_arg, { getState }, _extra, baseQuery) => {
        const refreshToken = (getState() as { auth: { refreshToken: string | null } }).auth.refreshToken;
        // Tell the server to revoke the refresh token; signing out locally must happen regardless.
        if (refreshToken) await baseQuery({ url: '/auth/logout', method: 'POST', body: { refreshToken } });
        return { data: undefined };
      },
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        try {
          await queryFulfilled;
        } finally {
          dispatch(signedOut());
          dispatch(api.util.resetApiState());
        }
      },
    }),
  }),
});

export const {
  useRegisterMutation,
  useVerifyEmailMutation,
  useResendVerificationMutation,
  useRequestPasswordResetMutation,
  useConfirmPasswordResetMutation,
  useLoginMutation,
  useLogoutMutation,
} = authApi;

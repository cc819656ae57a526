import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import type { Toast } from './types';

const MAX_TOASTS = 4;

const toastSlice = createSlice({
  name: 'toasts',
  initialState: { items: [] as Toast[] },
  reducers: {
    toastAdded: {
      reducer(state, action: PayloadAction<Toast>) {
        if (state.items.some((t) => t.id === action.payload.id)) return;
        state.items.push(action.payload);
        if (state.items.length > MAX_TOASTS) state.items.splice(0, state.items.length - MAX_TOASTS);
      },
      prepare(t: Omit<Toast, 'id' | 'href' | 'tone' | 'body'> & Partial<Pick<Toast, 'id' | 'href' | 'tone' | 'body'>>) {
        return { payload: { id: t.id ?? nanoid(), href: t.href ?? null, tone: t.tone ?? 'info', body: t.body ?? null, title: t.title } };
      },
    },
    toastDismissed(state, action: PayloadAction<string>) {
      state.items = state.items.filter((t) => t.id !== action.payload);
    },
  },
  selectors: {
    selectToasts: (s) => s.items,
  },
});

export const { toastAdded, toastDismissed } = toastSlice.actions;
export const { selectToasts } = toastSlice.selectors;
export default toastSlice;

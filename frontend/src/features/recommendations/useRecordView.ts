import { useEffect, useRef } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectIsSignedIn } from '../auth/authSlice';
import { useRecordInteractionMutation } from './recommendationsApi';

/** Records one `view` interaction per product page visit (signed-in people only). */
export function useRecordView(productId: string | undefined, loaded: boolean) {
  const signedIn = useAppSelector(selectIsSignedIn);
  const [record] = useRecordInteractionMutation();
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!productId || !loaded || !signedIn || sent.current === productId) return;
    sent.current = productId;
    void record({ productId, kind: 'view' });
  }, [productId, loaded, signedIn, record]);
}

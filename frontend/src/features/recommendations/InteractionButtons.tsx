import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { friendlyError } from '../../shared/api/problem';
import { selectIsSignedIn } from '../auth/authSlice';
import { useRecordInteractionMutation } from './recommendationsApi';
import type { InteractionKind } from './types';

interface Props {
  productId: string;
  compact?: boolean;
}

/** Like, dislike and add-to-bag: each is recorded as an interaction so recommendations learn. */
export function InteractionButtons({ productId, compact }: Props) {
  const signedIn = useAppSelector(selectIsSignedIn);
  const location = useLocation();
  const [record, { isLoading }] = useRecordInteractionMutation();
  const [opinion, setOpinion] = useState<'like' | 'dislike' | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [asked, setAsked] = useState(false);

  const send = async (kind: InteractionKind) => {
    if (!signedIn) {
      setAsked(true);
      return;
    }
    const previous = opinion;
    if (kind === 'like' || kind === 'dislike') setOpinion(kind);
    const result = await record({ productId, kind });
    if ('error' in result) {
      if (kind === 'like' || kind === 'dislike') setOpinion(previous);
      setMessage({ text: friendlyError(result.error).message, error: true });
      return;
    }
    setMessage({
      text: kind === 'like' ? 'Liked. We will show you more like this.' : kind === 'dislike' ? 'Noted. We will show you fewer like this.' : 'Added to your bag.',
      error: false,
    });
  };

  const size = compact ? 'btn btn--small' : 'btn';
  return (
    <div className="product-card__actions stack" style={{ gap: '0.5rem' }}>
      <div className="row" style={{ gap: '0.5rem' }}>
        <button type="button" className={size} aria-pressed={opinion === 'like'} onClick={() => send('like')} disabled={isLoading}>
          <span aria-hidden="true">♥</span> Like
        </button>
        <button type="button" className={size} aria-pressed={opinion === 'dislike'} onClick={() => send('dislike')} disabled={isLoading}>
          <span aria-hidden="true">✕</span> Not for me
        </button>
        {!compact && (
          <button type="button" className="btn btn--accent" onClick={() => send('add-to-cart')} disabled={isLoading}>
            Add to bag
          </button>
        )}
      </div>
      <p className={message?.error ? 'small error-text' : 'small muted'} role="status" style={{ margin: 0, minHeight: '1.3em', color: message?.error ? 'var(--danger)' : undefined }}>
        {asked && !signedIn ? (
          <>
            <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to save likes and your bag.
          </>
        ) : (
          (message?.text ?? '')
        )}
      </p>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../shared/limits.ts';
import type { FormContext } from './formContext.ts';
import { RatingScale } from './RatingScale.tsx';
import { useDialogFocus } from '../dialog/useDialogFocus.ts';

type Phase =
  | { name: 'editing'; error?: string }
  | { name: 'sending' }
  | { name: 'done'; queued: boolean };

interface Props {
  ctx: FormContext;
  onClose(): void;
}

/** "How was this page?": a 5-point rating, an optional comment, a thank-you. */
export function FeedbackDialog({ ctx, onClose }: Props) {
  const s = ctx.strings;
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'editing' });
  const ref = useDialogFocus(onClose, 'input[type="radio"]');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (phase.name === 'sending') return;
    if (rating === null) {
      setPhase({ name: 'editing', error: s.chooseRating });
      ref.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setPhase({ name: 'sending' });
    const result = await ctx.submitRating(rating, comment);
    if (result.ok || result.retry) {
      setPhase({ name: 'done', queued: !result.ok });
      // Keep focus inside the dialog once the form it was in is gone.
      requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('.primary')?.focus());
    } else {
      setPhase({ name: 'editing', error: `${s.failed} (${result.message})` });
    }
  };

  const error = phase.name === 'editing' ? phase.error : undefined;
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="tp-title" ref={ref}>
      <button type="button" class="close" aria-label={s.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {phase.name === 'done' ? (
        <div class="thanks" role="status">
          <h2 id="tp-title" class="title">{s.thanks}</h2>
          <p>{phase.queued ? s.queued : s.thanksBody}</p>
          <button type="button" class="primary" onClick={onClose}>{s.close}</button>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <h2 id="tp-title" class="title">{s.dialogTitle}</h2>
          <RatingScale strings={s} value={rating} onChange={(v) => { setRating(v); setPhase({ name: 'editing' }); }} invalid={!!error && rating === null} />
          <label class="label" for="tp-comment">{s.commentLabel}</label>
          <textarea
            id="tp-comment"
            rows={3}
            maxLength={LIMITS.comment}
            placeholder={s.commentPlaceholder}
            value={comment}
            onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
          />
          <p id="tp-error" class="error" role="alert">{error ?? ''}</p>
          <button type="submit" class="primary" disabled={phase.name === 'sending'}>
            {phase.name === 'sending' ? s.sending : s.send}
          </button>
        </form>
      )}
    </div>
  );
}

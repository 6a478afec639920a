import type { ComponentChildren } from 'preact';

interface Props {
  /** The problem's id, for the fields' aria-describedby. */
  problemId: string;
  problem: string | null;
  busy: boolean;
  onSubmit: (event: Event) => void;
  children: ComponentChildren;
}

/** The fields, the reason a sign-in was refused (read out when it appears) and the Sign in button. */
export function SignInForm({ problemId, problem, busy, onSubmit, children }: Props) {
  return (
    <form class="sign-in-form" onSubmit={onSubmit} noValidate>
      {children}
      <p id={problemId} class="sign-in-problem" role="alert">
        {problem}
      </p>
      <button type="submit" class="button button-primary sign-in-submit" disabled={busy} aria-busy={busy}>
        Sign in
      </button>
    </form>
  );
}

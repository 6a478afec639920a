interface Props {
  problem: string | null;
  done: string;
}

/** Under a short form: what went wrong (read out at once) or what was done; each line hidden while empty. */
export function FormOutcome({ problem, done }: Props) {
  return (
    <>
      <p class="account-problem" role="alert">
        {problem}
      </p>
      <p class="account-status" role="status">
        {done}
      </p>
    </>
  );
}

import { useEffect, useRef } from 'preact/hooks';

interface Props {
  canAct: boolean;
  onClose: () => void;
}

/** The inbox's keys, opened with `?`; a native dialog, so focus and Esc behave as everywhere. */
export function KeyboardHelp({ canAct, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const keys: [string, string][] = [
    ['j', 'Next case'],
    ['k', 'Previous case'],
    ['Enter', 'Open the case'],
    ...(canAct
      ? ([
          ['x', 'Select or unselect the case'],
          ['a', 'Assign the selected cases (or this one) to me'],
          ['r', 'Resolve the selected cases (or this one)'],
        ] as [string, string][])
      : []),
    ['?', 'Show or hide these keys'],
  ];
  return (
    <dialog ref={dialog} class="card keyboard-help" aria-labelledby="keyboard-help-title" onClose={onClose}>
      <h2 id="keyboard-help-title">Keyboard</h2>
      <dl class="keyboard-help-keys">
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button class="button" type="submit">
          Close
        </button>
      </form>
    </dialog>
  );
}

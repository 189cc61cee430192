import type { VersionChoice } from './versionChoices';

function Options({ choices }: { choices: readonly VersionChoice[] }) {
  const groups = [...new Set(choices.map((c) => c.group))];
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {choices
            .filter((c) => c.group === group)
            .map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

interface PickerProps {
  choices: readonly VersionChoice[];
  from: string | undefined;
  to: string;
  showAll: boolean;
}

/**
 * Which two versions to compare: a plain GET form, so it works by keyboard, without scripts, and
 * the address of a comparison can be sent to a colleague.
 */
export function VersionPicker({ choices, from, to, showAll }: PickerProps) {
  return (
    <form method="get" className="review-picker">
      <div className="review-picker__field">
        <label htmlFor="review-from">Było (podstawa porównania)</label>
        <select id="review-from" name="od" defaultValue={from}>
          <Options choices={choices} />
        </select>
      </div>
      <div className="review-picker__field">
        <label htmlFor="review-to">Jest (sprawdzana wersja)</label>
        <select id="review-to" name="do" defaultValue={to}>
          <Options choices={choices} />
        </select>
      </div>
      <div className="review-picker__field review-picker__check">
        <input type="checkbox" id="review-all" name="wszystkie" value="tak" defaultChecked={showAll} />
        <label htmlFor="review-all">Pokaż także pola bez zmian</label>
      </div>
      <button type="submit" className="btn btn--style-primary btn--size-medium review-picker__submit">
        Porównaj
      </button>
    </form>
  );
}

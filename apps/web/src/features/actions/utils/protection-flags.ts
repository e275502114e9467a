/** A flag to set on, off, or leave as it is (when its current value could not be read). */
export type FlagChoice = 'keep' | 'on' | 'off';

/**
 * A choice as the request's flag: `true`/`false`, or left out for "leave as is".
 *
 * @example
 * flagValue('keep'); // undefined
 */
export function flagValue(choice: FlagChoice): boolean | undefined {
  if (choice === 'keep') return undefined;
  return choice === 'on';
}

/**
 * Where the protection dialog starts: the flag's current value when the instance page read it,
 * "leave as is" when it is unknown.
 *
 * @example
 * initialChoice(true); // 'on'
 * initialChoice(undefined); // 'keep'
 */
export function initialChoice(current: boolean | null | undefined): FlagChoice {
  if (current === true) return 'on';
  if (current === false) return 'off';
  return 'keep';
}

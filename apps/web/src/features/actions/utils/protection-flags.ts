/** A flag to set on, off, or leave as it is (the API does not report the current value). */
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

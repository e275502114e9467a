// Whether a reason is required is the API's own rule, shared through @fleet/fleet
// (`reasonRequirement`); what is left here is how the dialog checks what was typed.

/** The API's bounds on a reason: 1–500 characters once trimmed. */
export const MAX_REASON_LENGTH = 500;

/**
 * What is wrong with a reason as typed, or `null` when it can be sent.
 *
 * @example
 * reasonProblem('  ', true); // 'Give a reason.'
 */
export function reasonProblem(reason: string, required: boolean): string | null {
  const trimmed = reason.trim();
  if (required && trimmed.length === 0) return 'Give a reason.';
  if (trimmed.length > MAX_REASON_LENGTH) return `At most ${MAX_REASON_LENGTH} characters.`;
  return null;
}

/**
 * What a person must type to confirm a terminate: the instance's name (its id if unnamed), or for
 * several instances their number.
 *
 * @example
 * terminateConfirmation([{ id: 'i-1', name: 'web-1' }]); // 'web-1'
 */
export function terminateConfirmation(
  targets: readonly { id: string; name: string | null }[],
): string {
  const [only] = targets;
  if (targets.length === 1 && only) return only.name ?? only.id;
  return `terminate ${targets.length} instances`;
}

import {
  ActionResponseSchema,
  type ActionRequest,
  type ActionResponse,
  type InstanceAction,
  type InstanceRef,
  type ProtectionRequest,
  type ResizeRequest,
  type StopRequest,
  type TagRequest,
  type TeamRequest,
} from '@fleet/contract';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ApiClient } from '../../../lib/api-client';
import type { PostPath } from '../../../lib/post-bodies';
import { useApiClient } from '../../../lib/api-client-context';
import { keyFor, type SentKey } from '../utils/idempotency-key';

export interface ActionRequestInput {
  action: InstanceAction;
  targets: readonly InstanceRef[];
  reason?: string | undefined;
  /** Stop only. */
  force?: boolean | undefined;
  hibernate?: boolean | undefined;
  /** Protection only. */
  disableApiTermination?: boolean | undefined;
  disableApiStop?: boolean | undefined;
  /** Tags only: tags to add or change, keys to remove. */
  set?: Record<string, string> | undefined;
  remove?: string[] | undefined;
  /** Team only: the new team, `null` to remove the tag. */
  team?: string | null | undefined;
  /** Resize only. */
  instanceType?: string | undefined;
}

const ROUTES = {
  start: '/instances/start',
  stop: '/instances/stop',
  reboot: '/instances/reboot',
  terminate: '/instances/terminate',
  protect: '/instances/protection',
  tag: '/instances/tags',
  'tag-team': '/instances/team',
  resize: '/instances/resize',
} as const satisfies Record<InstanceAction, PostPath>;

/**
 * The request body: one instance as `{ region, id }` (a refusal answers 409), several as
 * `{ instances }` (always 200 with a result each). Unset options are left out.
 *
 * @example
 * actionBody({ action: 'stop', targets: [{ region: 'eu-west-1', id: 'i-1' }], force: true }); // { region: 'eu-west-1', id: 'i-1', force: true }
 */
export function actionBody(
  input: ActionRequestInput,
): ActionRequest | StopRequest | ProtectionRequest | TagRequest | TeamRequest | ResizeRequest {
  const [only] = input.targets;
  const targets: ActionRequest =
    input.targets.length === 1 && only
      ? { region: only.region, id: only.id }
      : { instances: input.targets.map(({ region, id }) => ({ region, id })) };
  // Unset options stay undefined, and JSON leaves them out.
  const { force, hibernate, disableApiTermination, disableApiStop } = input;
  const { set, remove, team, instanceType } = input;
  const reason = input.reason?.trim() || undefined;
  const body = { ...targets, reason, force, hibernate, disableApiTermination, disableApiStop };
  return { ...body, set, remove, instanceType, ...(team === undefined ? {} : { team }) } as
    ActionRequest | TeamRequest;
}

/** `POST /instances/{action}` with an `Idempotency-Key`, so a retry cannot act twice. */
export function runAction(
  api: ApiClient,
  input: ActionRequestInput,
  idempotencyKey: string,
): Promise<ActionResponse> {
  return api.post(ROUTES[input.action], actionBody(input), ActionResponseSchema, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export interface UseRunActionOptions {
  /** After any answer (or failure): the page refreshes the instances it shows. */
  onSettled?: () => void;
}

/**
 * The mutation behind every confirmation. One `Idempotency-Key` per distinct request: a double
 * click or a retry of the same body reuses it (the API answers the first response again), a
 * changed body gets a new one.
 */
export function useRunAction(
  options: UseRunActionOptions = {},
): UseMutationResult<ActionResponse, Error, ActionRequestInput> {
  const api = useApiClient();
  const lastKey = useRef<SentKey | null>(null);
  return useMutation({
    mutationFn: (input: ActionRequestInput) => {
      const body = JSON.stringify([input.action, actionBody(input)]);
      const sent = keyFor(lastKey.current, body, () => crypto.randomUUID());
      lastKey.current = sent;
      return runAction(api, input, sent.key);
    },
    // A lost answer must not be re-sent blindly with a new key; the key makes a manual retry safe.
    retry: false,
    onSettled: () => options.onSettled?.(),
  });
}

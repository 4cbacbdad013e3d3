/**
 * What the panel and the options page say about delivery — one function, so they never disagree.
 * The same shape serves any remote source IT sets by policy (a connector, a followed pack URL):
 * `hostAccessState` is the part about reaching an origin.
 */

/** Whether Murshid may reach an origin: granted host access, or a receiver that answered without it (CORS). */
export type HostAccess = 'granted' | 'reached' | 'missing';

export interface HostAccessInput {
  /** The browser granted host access for the origin (permissions.contains). */
  granted: boolean;
  /** A request to this exact address succeeded without host access (the receiver answers CORS). */
  reachedWithoutAccess: boolean;
}

export function hostAccessState(input: HostAccessInput): HostAccess {
  if (input.granted) return 'granted';
  return input.reachedWithoutAccess ? 'reached' : 'missing';
}

export interface DeliveryInput extends HostAccessInput {
  /** The connector in use (policy first), or null. */
  endpoint: string | null;
  source: 'policy' | 'own';
  pending: number;
  attention: number;
  /** The reason the first record needing attention gives (its last error). */
  attentionError?: string;
  /** The last error of records still waiting (a retried failure), if any. */
  retryError?: string;
}

export type DeliveryState =
  | { kind: 'not-set-up' }
  | { kind: 'needs-access'; host: string; origin: string; source: 'policy' | 'own'; pending: number }
  | { kind: 'attention'; host: string; count: number; problem: DeliveryProblem; pending: number }
  | { kind: 'delivering'; host: string; pending: number; problem?: DeliveryProblem };

/** The origin pattern host access is asked for, and the host named to people. */
export function endpointOrigin(endpoint: string): { origin: string; host: string; pattern: string } | null {
  try {
    const u = new URL(endpoint);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return { origin: `${u.protocol}//${u.hostname}`, host: u.host, pattern: `${u.protocol}//${u.hostname}/*` };
  } catch {
    return null;
  }
}

export function deliveryState(input: DeliveryInput): DeliveryState {
  const where = input.endpoint ? endpointOrigin(input.endpoint) : null;
  if (!input.endpoint || !where) return { kind: 'not-set-up' };
  if (input.attention > 0)
    return { kind: 'attention', host: where.host, count: input.attention, problem: deliveryProblem(input.attentionError ?? ''), pending: input.pending };
  if (hostAccessState(input) === 'missing')
    return { kind: 'needs-access', host: where.host, origin: where.pattern, source: input.source, pending: input.pending };
  return { kind: 'delivering', host: where.host, pending: input.pending, ...(input.retryError ? { problem: deliveryProblem(input.retryError) } : {}) };
}

/** A delivery error (as the outbox keeps it) → a message key and the detail worth showing. */
export interface DeliveryProblem {
  key:
    | 'problemTimeout'
    | 'problemNetwork'
    | 'problemAuth'
    | 'problemNotFound'
    | 'problemServer'
    | 'problemAnswer'
    | 'problemRejected'
    | 'problemRedirect'
    | 'problemEndpoint'
    | 'problemNotAcknowledged'
    | 'problemUnknown';
  detail: string;
}

export function deliveryProblem(error: string): DeliveryProblem {
  const detail = error.slice(0, 200);
  if (/^timeout/.test(error)) return { key: 'problemTimeout', detail };
  if (/^network/.test(error)) return { key: 'problemNetwork', detail };
  if (/^unexpected (answer|error)|^(CiviCRM|Odoo) error/.test(error)) return { key: 'problemAnswer', detail };
  // What http.ts and the outbox write when they refuse an answer: each named, never "unknown".
  if (/^redirect /.test(error)) return { key: 'problemRedirect', detail };
  if (/^endpoint refused/.test(error)) return { key: 'problemEndpoint', detail };
  if (/^not acknowledged/.test(error)) return { key: 'problemNotAcknowledged', detail };
  if (/^refused by the receiver/.test(error)) return { key: 'problemRejected', detail };
  const status = Number(/^HTTP (\d+)/.exec(error)?.[1] ?? 0);
  if (status === 401 || status === 403) return { key: 'problemAuth', detail };
  if (status === 404 || status === 405) return { key: 'problemNotFound', detail };
  if (status >= 500 || status === 429 || status === 408) return { key: 'problemServer', detail };
  if (status) return { key: 'problemRejected', detail };
  return { key: 'problemUnknown', detail };
}

/** Counts and reasons from the outbox entries, as `deliveryState` takes them. */
export function summarizeOutbox(
  entries: Iterable<{ state: 'pending' | 'sent' | 'attention'; last_error?: string }>,
): Pick<DeliveryInput, 'pending' | 'attention' | 'attentionError' | 'retryError'> {
  const out: Pick<DeliveryInput, 'pending' | 'attention' | 'attentionError' | 'retryError'> = { pending: 0, attention: 0 };
  for (const e of entries) {
    if (e.state === 'pending') {
      out.pending++;
      if (e.last_error) out.retryError ??= e.last_error;
    } else if (e.state === 'attention') {
      out.attention++;
      if (e.last_error) out.attentionError ??= e.last_error;
    }
  }
  return out;
}

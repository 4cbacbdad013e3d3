import { useMemo } from 'preact/hooks';
import type { OutboxEntry } from '../../utils/log';
import { connectorSettings, lastDelivered, type ManagedSettings } from '../../utils/settings';
import { type ConnectorConfig, type DeliveryState, deliveryState, endpointOrigin, summarizeOutbox } from '../../utils/sync';
import { useHostAccess } from '../ui/useHostAccess';
import { useStored } from '../ui/useStored';

export interface Delivery {
  state: DeliveryState;
  /** The connector in use: the policy's first, else the one saved here. */
  connector: ConnectorConfig | null;
  source: 'policy' | 'own';
  /** Asks the browser for access to the endpoint's origin (from a click). */
  requestAccess: () => Promise<boolean>;
}

/** The true delivery state from the connector (policy first), host access, the outbox and the last success. */
export function useDelivery(managed: ManagedSettings, entries: Map<string, OutboxEntry> | OutboxEntry[]): Delivery {
  const [own] = useStored(connectorSettings, null);
  const [reached] = useStored(lastDelivered, null);
  const policy = managed.connector?.endpoint ? managed.connector : null;
  const connector = policy ?? (own?.endpoint ? own : null);
  const source = policy ? 'policy' : 'own';
  const pattern = connector ? (endpointOrigin(connector.endpoint)?.pattern ?? null) : null;
  const access = useHostAccess(pattern);
  const summary = useMemo(() => summarizeOutbox(entries.values()), [entries]);
  const state = deliveryState({
    endpoint: connector?.endpoint ?? null,
    source,
    // Until the browser answers, access is taken as given: no banner flashes on every open.
    granted: access.granted !== false,
    reachedWithoutAccess: !!connector && reached?.endpoint === connector.endpoint,
    ...summary,
  });
  return { state, connector, source, requestAccess: access.request };
}

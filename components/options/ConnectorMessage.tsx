import type { FormMessage } from './useConnectionTest';

/** What the last save or test of the connector said: a status when it went well, an alert when not. */
export function ConnectorMessage({ message }: { message: FormMessage }) {
  if (!message) return null;
  return (
    <p class={message.ok ? 'toast' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid="connector-message">
      {message.text}
    </p>
  );
}

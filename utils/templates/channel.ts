import type { Platform } from './format';

export interface HostRule {
  channel: string;
  platform: Platform;
}

/** The channel and platform of a page, from the pack's host map (matching subdomains too). */
export function channelForUrl(url: string | undefined, hosts: Record<string, HostRule>): HostRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [pattern, rule] of Object.entries(hosts)) {
    const p = pattern.toLowerCase();
    if (host === p || host.endsWith(`.${p}`)) return rule;
  }
  return null;
}

/** HTTPS is required, except on the loopback address (a receiver on this computer). */
export function checkEndpoint(url: string): { ok: true; origin: string } | { ok: false; reason: 'invalid' | 'https' } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) return { ok: true, origin: `${u.protocol}//${u.hostname}` };
  return { ok: false, reason: u.protocol === 'http:' ? 'https' : 'invalid' };
}

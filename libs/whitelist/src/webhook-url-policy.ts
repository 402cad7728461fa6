import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP, LookupFunction, Socket } from 'node:net';
import { buildConnector } from 'undici';
import { addressProblem, WebhookAddressPolicy } from './webhook-address';

/** A webhook may not reach where it points: permanent, retrying cannot help until the bank changes its URL. */
export class WebhookAddressRefusedError extends Error {
  readonly code = 'ZHIRONG_WEBHOOK_ADDRESS_REFUSED';
}

type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const resolveAll: Resolve = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** Why the URL's form is refused (scheme, credentials), or null; says nothing about where it resolves. */
export function webhookUrlFormProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be http or https';
  if (url.username || url.password) return 'must not carry credentials';
  return null;
}

/**
 * Why a webhook URL is refused, or null: its form, then every address its host resolves to (one
 * refused address refuses the URL, since the connection may use any of them). Configuration-time
 * check; delivery checks again at connect (webhookConnector), because DNS may answer differently then.
 */
export async function webhookUrlProblem(raw: string, policy: WebhookAddressPolicy, resolve: Resolve = resolveAll): Promise<string | null> {
  const form = webhookUrlFormProblem(raw);
  if (form) return form;
  const host = new URL(raw).hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await resolve(host)).map((a) => a.address);
    } catch {
      return `host ${host} does not resolve`;
    }
    if (!addresses.length) return `host ${host} does not resolve`;
  }
  for (const address of addresses) {
    const problem = addressProblem(address, policy);
    if (problem) return `must not point at a refused address: ${host === address ? '' : `${host} → `}${problem}`;
  }
  return null;
}

/**
 * A `lookup` for net/tls.connect that answers only allowed addresses: when any address of the host
 * is refused the connection fails before a packet is sent, whatever DNS answered at configuration.
 */
export function guardedLookup(policy: WebhookAddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const problem = addresses.map((a) => addressProblem(a.address, policy)).find((p) => p !== null);
      if (problem) return callback(new WebhookAddressRefusedError(`webhook address refused: ${hostname} → ${problem}`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * undici's connector with the address policy: the guarded lookup for host names, and a check of the
 * socket's peer address once connected (an IP literal skips lookup), before undici writes a byte.
 */
export function webhookConnector(policy: WebhookAddressPolicy, timeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: timeoutMs, lookup: guardedLookup(policy) } as buildConnector.BuildOptions);
  return (options, callback) =>
    connect(options, (err, socket) => {
      if (err) return callback(err, null);
      const peer = (socket as Socket).remoteAddress ?? '';
      const problem = addressProblem(peer, policy);
      if (problem) {
        socket.destroy();
        return callback(new WebhookAddressRefusedError(`webhook address refused: ${options.hostname} → ${problem}`), null);
      }
      callback(null, socket);
    });
}

// The Host header check: a web page elsewhere can point a name of its own at 127.0.0.1
// (DNS rebinding) and then read the store and write to it through a browser on this
// machine. Its requests carry its own name in Host, so the server answers only to the
// names and addresses it listens on, to localhost when it listens on loopback, and to the
// names given with --allowed-host.
import { isIP } from 'node:net';
import { addressClass } from '../ingest/addresses.ts';

/** The host name of a Host header value, without port, brackets or a final dot, lower-cased. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  const name = value.startsWith('[') ? value.slice(1, value.indexOf(']')) : value.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** Whether a request with this Host header is answered by a server listening on `listenHost`. */
export function hostChecker(listenHost: string, allowedHosts: readonly string[] = []): (header: string | undefined) => boolean {
  const listen = hostName(listenHost);
  const allowed = new Set(allowedHosts.map(hostName));
  const wildcard = listen === '0.0.0.0' || listen === '::' || listen === '';
  const loopback = listen === 'localhost' || (isIP(listen) > 0 && addressClass(listen) === 'loopback');
  return (header) => {
    if (header === undefined) return false;
    const name = hostName(header);
    if (name === listen || allowed.has(name)) return true;
    // Listening on every interface: any address of this machine, which no rebound name is.
    if (wildcard) return isIP(name) > 0 || name === 'localhost';
    if (loopback) return name === 'localhost' || (isIP(name) > 0 && addressClass(name) === 'loopback');
    return false;
  };
}

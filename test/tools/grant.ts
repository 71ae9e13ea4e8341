// Admin CLI: makes a key pair, or signs an exception request (or an explicit scope) into a grant code.
// Usage:
//   npm run grant -- --keygen [--out admin.pem]                 prints the public JWK for policy.exceptions.adminKeys
//   npm run grant -- --request CODE --key admin.pem --hours 8   prints the grant code (stdout)
//   npm run grant -- --user ID --channels upload,copy --hosts a.example --key admin.pem --hours 8
// --seconds N instead of --hours for short grants (tests); --revoke-id is not a thing: revoke by putting the id in policy.exceptions.revoked.
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateAdminKeys, importPrivateKey, newId, signGrant, type GrantPayload } from '../../utils/exceptions/grant';
import { checkRequest, parseRequestCode } from '../../utils/exceptions/request';
import type { Channel } from '../../utils/policy/types';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Any EC private key file openssl makes (SEC1 or PKCS#8 PEM, or a JWK) as JWK text WebCrypto can import. */
function readKey(file: string): string {
  const text = readFileSync(file, 'utf8').trim();
  if (text.startsWith('{')) return text;
  return JSON.stringify(createPrivateKey(text).export({ format: 'jwk' }));
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--keygen')) {
    const out = arg(argv, '--out') ?? 'admin.pem';
    if (existsSync(out)) {
      console.error(`${out} exists; not overwriting it (choose another --out)`);
      return 2;
    }
    const k = await generateAdminKeys();
    writeFileSync(out, k.privatePem, { mode: 0o600 });
    console.error(`private key written to ${out} (keep it offline; anyone holding it can grant exceptions)`);
    console.error('add this public key to policy.exceptions.adminKeys:');
    console.log(k.publicJwk);
    return 0;
  }
  const keyFile = arg(argv, '--key');
  if (!keyFile) {
    console.error('usage: npm run grant -- --keygen [--out admin.pem] | --request CODE --key admin.pem --hours 8 [--seconds N]');
    return 2;
  }
  let key: CryptoKey;
  try {
    const r = await importPrivateKey(readKey(keyFile));
    if (!r.ok) throw new Error(r.problem === 'public' ? 'that is a public key' : 'not an ECDSA P-256 private key');
    key = r.key;
  } catch (e) {
    console.error(`cannot use ${keyFile}: ${(e as Error).message}`);
    return 2;
  }
  const seconds = arg(argv, '--seconds') !== undefined ? Number(arg(argv, '--seconds')) : Number(arg(argv, '--hours') ?? NaN) * 3600;
  const code = arg(argv, '--request');
  let scope: { user: string; channels: Channel[]; hosts: string[]; requestId?: string };
  if (code) {
    const req = parseRequestCode(code);
    if (!req) {
      console.error('the request code cannot be read (was it copied whole?)');
      return 2;
    }
    console.error(`request ${req.id} from ${req.user}: ${req.channels.join(',')} on ${req.hosts.join(',')} for ${req.hours} h — ${req.reason}`);
    scope = { user: req.user, channels: req.channels, hosts: req.hosts, requestId: req.id };
  } else {
    scope = { user: arg(argv, '--user') ?? '', channels: (arg(argv, '--channels') ?? '').split(',').filter(Boolean) as Channel[], hosts: (arg(argv, '--hosts') ?? '').split(',').filter(Boolean) };
    const problem = checkRequest({ ...scope, hours: 1, reason: 'issued by the admin CLI' }, 1);
    if (problem || !scope.user) {
      console.error(`need --user, --channels and --hosts (${problem ?? 'user'})`);
      return 2;
    }
  }
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('need --hours H or --seconds S (> 0)');
    return 2;
  }
  const now = Date.now();
  // A minute back so a user's clock slightly behind the admin's does not reject a fresh grant.
  const payload: GrantPayload = { id: newId('g-'), ...scope, notBefore: now - 60_000, expiresAt: now + Math.round(seconds * 1000), issuedAt: now };
  console.error(`grant ${payload.id} valid until ${new Date(payload.expiresAt).toISOString()}`);
  console.log(await signGrant(payload, key));
  return 0;
}

main(process.argv.slice(2)).then((c) => process.exit(c), (e) => {
  console.error(e);
  process.exit(1);
});

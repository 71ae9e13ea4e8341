// The local sites maruhi is demonstrated and tested against: one server, routed by Host header.
// Browsers reach it with --host-resolver-rules="MAP *.test 127.0.0.1". See README.md.

import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCustomers } from './customers.mjs';
import { handleCrm } from './crm.mjs';
import { handleShare } from './share.mjs';
import { handleNews } from './news.mjs';
import { createCollector } from './collector.mjs';
import { handleWidgets } from './widgets.mjs';

export const HOSTS = ['crm.test', 'share.test', 'partner.test', 'news.test', 'collector.test'];
const LOG_BODY_LIMIT = 1024 * 1024; // what `requests` keeps of each body
const HANDLER_BODY_LIMIT = 16 * 1024 * 1024; // what handlers may read; beyond it bytes are only counted
const CORS_HOSTS = new Set(['share.test', 'partner.test', 'collector.test']);

/**
 * @typedef {{ host: string, method: string, path: string, query: string, contentType: string,
 *             bodyBytes: number, body: Buffer, time: number }} LoggedRequest
 * @typedef {{ req: http.IncomingMessage, res: http.ServerResponse, method: string, host: string,
 *             pathname: string, query: URLSearchParams, body: Buffer, bodyBytes: number,
 *             send(status: number, headers: object, body: string|Buffer): void,
 *             html(s: string, status?: number): void, json(v: any, status?: number): void,
 *             text(s: string, status?: number): void }} Ctx
 */

function makeCert() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maruhi-sites-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=crm.test',
    '-addext', `subjectAltName=${['*.test', ...HOSTS].map((h) => `DNS:${h}`).join(',')}`,
    '-days', '2', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { dir, key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

// --- WebSocket: just enough of RFC 6455 to receive messages and answer each with JSON ---

function wsFrame(opcode, payload) {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len])
    : len < 65536 ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 255])
      : (() => { const b = Buffer.alloc(10); b[0] = 0x80 | opcode; b[1] = 127; b.writeBigUInt64BE(BigInt(len), 2); return b; })();
  return Buffer.concat([head, payload]);
}

function acceptWebSocket(req, socket, head, onMessage) {
  const key = req.headers['sec-websocket-key'];
  if (!key || String(req.headers.upgrade).toLowerCase() !== 'websocket') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    return;
  }
  const accept = crypto.createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let buf = head && head.length ? Buffer.from(head) : Buffer.alloc(0);
  let fragments = [];
  let fragOpcode = 0;
  const parse = () => {
    for (;;) {
      if (buf.length < 2) return;
      const fin = (buf[0] & 0x80) !== 0;
      const opcode = buf[0] & 0x0f;
      const masked = (buf[1] & 0x80) !== 0;
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
      else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
      const maskOff = off;
      if (masked) off += 4;
      if (buf.length < off + len) return;
      const payload = Buffer.from(buf.subarray(off, off + len));
      if (masked) for (let i = 0; i < len; i++) payload[i] ^= buf[maskOff + (i & 3)];
      buf = buf.subarray(off + len);
      if (opcode === 0x8) { socket.end(wsFrame(0x8, payload.subarray(0, 2))); return; }
      if (opcode === 0x9) { socket.write(wsFrame(0xa, payload)); continue; }
      if (opcode === 0xa) continue;
      if (opcode !== 0) fragOpcode = opcode;
      fragments.push(payload);
      if (fin) {
        const data = Buffer.concat(fragments);
        fragments = [];
        const reply = onMessage(data, fragOpcode === 0x1);
        if (reply != null && !socket.destroyed) socket.write(wsFrame(0x1, Buffer.from(JSON.stringify(reply))));
      }
    }
  };
  socket.on('data', (chunk) => { buf = Buffer.concat([buf, chunk]); parse(); });
  socket.on('error', () => {});
  parse();
}

/**
 * Start all sites on one port.
 * @param {{ port?: number, https?: boolean, listenHost?: string, seed?: number, customers?: number }} [opts]
 */
export async function startSites({ port = 0, https: useHttps = false, listenHost = '127.0.0.1', seed = 20261122, customers: n = 300 } = {}) {
  const customers = generateCustomers(seed, n);
  const collector = createCollector();
  /** @type {LoggedRequest[]} */
  const requests = [];
  const sockets = new Set();
  let certDir = null;

  const log = (entry) => { requests.push(entry); return entry; };

  async function onRequest(req, res) {
    const host = String(req.headers.host || '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url, 'http://x');
    const chunks = [];
    let bodyBytes = 0;
    for await (const chunk of req) {
      if (bodyBytes < HANDLER_BODY_LIMIT) chunks.push(chunk.subarray(0, HANDLER_BODY_LIMIT - bodyBytes));
      bodyBytes += chunk.length;
    }
    const body = Buffer.concat(chunks);

    const headers = { 'Cache-Control': 'no-store' };
    if (CORS_HOSTS.has(host)) {
      headers['Access-Control-Allow-Origin'] = '*';
      headers['Access-Control-Allow-Methods'] = 'GET, POST, PUT, DELETE, OPTIONS';
      headers['Access-Control-Allow-Headers'] = req.headers['access-control-request-headers'] || '*';
    }
    /** @type {Ctx} */
    const ctx = {
      req, res, method: req.method, host, pathname: url.pathname, query: url.searchParams, body, bodyBytes,
      send(status, extra, payload) {
        const buf = Buffer.isBuffer(payload) ? payload : Buffer.from(String(payload), 'utf8');
        res.writeHead(status, { ...headers, 'Content-Length': buf.length, ...extra });
        res.end(req.method === 'HEAD' ? undefined : buf);
      },
      html(s, status = 200) { ctx.send(status, { 'Content-Type': 'text/html; charset=utf-8' }, s); },
      json(v, status = 200) { ctx.send(status, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(v, null, 1)); },
      text(s, status = 200) { ctx.send(status, { 'Content-Type': 'text/plain; charset=utf-8' }, s); },
    };

    // The debugging view of the log is not itself logged, so reading it never changes it.
    if (url.pathname === '/__requests') {
      if (req.method === 'DELETE') { removeWhere((r) => r.host === host); return ctx.json({ ok: true }); }
      return ctx.json(requests.filter((r) => r.host === host).map((r) => ({ ...r, body: r.body.toString('utf8', 0, Math.min(r.body.length, 2000)) })));
    }
    log({ host, method: req.method, path: url.pathname, query: url.search, contentType: req.headers['content-type'] || '', bodyBytes, body: body.subarray(0, LOG_BODY_LIMIT), time: Date.now() });

    try {
      if (req.method === 'OPTIONS') return ctx.send(204, {}, '');
      if (url.pathname === '/favicon.ico') return ctx.send(204, {}, '');
      if (handleWidgets(ctx)) return;
      switch (host) {
        case 'crm.test': return handleCrm(ctx, customers);
        case 'share.test': return handleShare(ctx, 'share');
        case 'partner.test': return handleShare(ctx, 'partner');
        case 'news.test': return handleNews(ctx);
        case 'collector.test': return collector.handle(ctx);
        default:
          return ctx.text(`404: unknown host "${host}".\nThis test server serves: ${HOSTS.join(', ')}.\nMap them with --host-resolver-rules="MAP *.test 127.0.0.1" or send a Host header.\n`, 404);
      }
    } catch (err) {
      console.error('[sites]', err);
      if (!res.headersSent) ctx.text(`500: ${err.message}\n`, 500);
    }
  }

  function removeWhere(pred) {
    const keep = requests.filter((r) => !pred(r));
    requests.length = 0;
    requests.push(...keep);
  }

  const handler = (req, res) => { onRequest(req, res).catch((err) => { console.error('[sites]', err); res.destroy(); }); };
  let server;
  if (useHttps) {
    const c = makeCert();
    certDir = c.dir;
    server = https.createServer({ key: c.key, cert: c.cert }, handler);
  } else {
    server = http.createServer(handler);
  }
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  server.on('secureConnection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  server.on('upgrade', (req, socket, head) => {
    const host = String(req.headers.host || '').replace(/:\d+$/, '').toLowerCase();
    const pathname = new URL(req.url, 'http://x').pathname;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    log({ host, method: req.method, path: pathname, query: '', contentType: '', bodyBytes: 0, body: Buffer.alloc(0), time: Date.now() });
    if (pathname !== '/ws' || !HOSTS.includes(host)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    acceptWebSocket(req, socket, head, (data, isText) => {
      log({ host, method: 'WS', path: pathname, query: '', contentType: isText ? 'websocket/text' : 'websocket/binary', bodyBytes: data.length, body: data.subarray(0, LOG_BODY_LIMIT), time: Date.now() });
      return { ok: true, bytes: data.length };
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, listenHost, () => { server.off('error', reject); resolve(); });
  });
  const actualPort = server.address().port;
  const proto = useHttps ? 'https' : 'http';

  return {
    port: actualPort,
    https: useHttps,
    customers,
    /** url('crm.test', '/customers') → http://crm.test:PORT/customers */
    url: (host, p = '/') => `${proto}://${host}:${actualPort}${p.startsWith('/') ? p : '/' + p}`,
    /** Live log of every request (and WebSocket message) received, all hosts, oldest first. */
    requests,
    /** Requests received by one host. */
    requestsFor: (host) => requests.filter((r) => r.host === host),
    /** Total request-body bytes (incl. WebSocket messages) one host received. */
    bytesReceived: (host) => requests.reduce((n, r) => n + (r.host === host ? r.bodyBytes : 0), 0),
    clearRequests: () => { requests.length = 0; },
    /** The fake SIEM's store: { events, deliveries, down, clear() }. */
    collector: collector.state,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => {
        if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
        resolve();
      });
    }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 8080;
  const sites = await startSites({ port, https: args.includes('--https') });
  console.log(`maruhi test sites on port ${sites.port}${sites.https ? ' (https, self-signed)' : ''}:`);
  for (const [h, p] of [['crm.test', '/'], ['crm.test', '/customers'], ['crm.test', '/spa'], ['share.test', '/'], ['share.test', '/chat'], ['partner.test', '/'], ['news.test', '/'], ['news.test', '/long'], ['collector.test', '/events']]) {
    console.log(`  ${sites.url(h, p)}`);
  }
  console.log(`\nBrowser: chromium --host-resolver-rules="MAP *.test 127.0.0.1" ${sites.url('crm.test', '/')}`);
  console.log(`curl:    curl -H 'Host: crm.test' ${sites.https ? 'https' : 'http'}://127.0.0.1:${sites.port}/customers`);
  const stop = () => sites.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export const siteDir = path.dirname(fileURLToPath(import.meta.url));

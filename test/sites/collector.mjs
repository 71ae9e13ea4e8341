// collector.test: a fake SIEM that stores whatever the reporter ships, and can be told to fail.

/** Split a body into events: a JSON array, one JSON object, JSON Lines, or HEC-style `{..}{..}`. */
export function parseEvents(text) {
  const t = text.trim();
  if (!t) return [];
  try {
    const v = JSON.parse(t);
    return Array.isArray(v) ? v : [v];
  } catch { /* not one JSON value: fall through to concatenated objects */ }
  const out = [];
  let depth = 0, start = -1, inStr = false, escNext = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (inStr) {
      if (escNext) escNext = false;
      else if (ch === '\\') escNext = true;
      else if (ch === '"') inStr = false;
      continue;
    }
    if (ch === '"') inStr = true;
    else if (ch === '{' || ch === '[') { if (depth++ === 0) start = i; }
    else if (ch === '}' || ch === ']') { if (--depth === 0) out.push(JSON.parse(t.slice(start, i + 1))); }
    else if (depth === 0 && !/\s/.test(ch)) throw new Error(`unexpected ${JSON.stringify(ch)} at ${i}`);
  }
  if (depth !== 0) throw new Error('unterminated JSON');
  return out;
}

export function createCollector() {
  const state = {
    /** @type {any[]} every event received, in order */
    events: [],
    /** @type {Array<{time:number,path:string,contentType:string,authorization:string,count:number,bytes:number,status:number}>} */
    deliveries: [],
    down: false,
    downStatus: 503,
    /** @type {string[]} grant codes sent back with every accepted delivery (maruhi format), like a collector that answers requests */
    grants: [],
    clear() { state.events.length = 0; state.deliveries.length = 0; },
  };

  /** @param {import('./server.mjs').Ctx} ctx */
  function handle(ctx) {
    const { pathname, method, req } = ctx;
    if (pathname === '/__down' && method === 'POST') { state.down = true; state.downStatus = Number(ctx.query.get('status')) || 503; return ctx.json({ down: true, status: state.downStatus }); }
    if (pathname === '/__up' && method === 'POST') { state.down = false; return ctx.json({ down: false }); }
    const isHec = pathname === '/services/collector/event' || pathname === '/services/collector';
    if (pathname === '/events' || isHec) {
      if (method === 'GET' && pathname === '/events') return ctx.json({ count: state.events.length, down: state.down, events: state.events, deliveries: state.deliveries });
      if (method === 'DELETE' && pathname === '/events') { state.clear(); return ctx.json({ ok: true }); }
      if (method !== 'POST') return ctx.json({ error: 'method not allowed' }, 405);
      const delivery = { time: Date.now(), path: pathname, contentType: req.headers['content-type'] || '', authorization: req.headers.authorization || '', count: 0, bytes: ctx.bodyBytes, status: 200 };
      state.deliveries.push(delivery);
      if (state.down) { delivery.status = state.downStatus; return ctx.json({ error: 'collector is down (simulated)' }, state.downStatus); }
      let events;
      try { events = parseEvents(ctx.body.toString('utf8')); } catch (err) {
        delivery.status = 400;
        return ctx.json(isHec ? { text: 'Invalid data format', code: 6 } : { error: `invalid JSON: ${err.message}` }, 400);
      }
      delivery.count = events.length;
      state.events.push(...events);
      return ctx.json(isHec ? { text: 'Success', code: 0 } : { ok: true, received: events.length, ...(state.grants.length ? { grants: state.grants } : {}) });
    }
    if (pathname === '/' && method === 'GET') {
      return ctx.text(`collector.test — fake SIEM\nPOST /events (JSON, array or JSONL)\nPOST /services/collector/event (Splunk HEC)\nGET /events, DELETE /events\nPOST /__down[?status=503], POST /__up\nreceived: ${state.events.length} events, down: ${state.down}\n`);
    }
    return ctx.text(`404 not found on collector.test: ${pathname}\n`, 404);
  }
  return { state, handle };
}

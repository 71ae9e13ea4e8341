// share.test (unapproved FreeShare / AIチャット) and partner.test (approved partner portal):
// every way a page can send data out, each reporting its outcome in #status.

import { esc, page } from './layout.mjs';

const SITES = {
  share: {
    brand: '#2b6cb0', logo: '<span class="mark">F</span>FreeShare<small>無料ファイル共有 / AIチャット</small>',
    nav: [['/', 'ファイル共有'], ['/chat', 'AIチャット']], title: 'FreeShare - 無料ファイル共有',
    intro: '登録不要・無料でファイルを共有できます。<span class="sub">Free file sharing, no sign-up.</span>',
  },
  partner: {
    brand: '#2f855a', logo: '<span class="mark">P</span>パートナーポータル<small>Partner Portal</small>',
    nav: [['/', 'ファイル受け渡し']], title: 'パートナーポータル - ファイル受け渡し',
    intro: '委託先との正式なファイル受け渡し窓口です。<span class="sub">Approved exchange with our contractor.</span>',
  },
};

const CLIENT_JS = `
var statusEl = document.getElementById('status');
var logEl = document.getElementById('log');
function report(msg) {
  statusEl.textContent = msg;
  var li = document.createElement('li'); li.textContent = new Date().toLocaleTimeString() + ' ' + msg; logEl.prepend(li);
}
// The selected file, or the textarea's text as paste.txt when no file is chosen.
function payload() {
  var f = document.getElementById('file').files[0];
  if (f) return f;
  var t = document.getElementById('paste-text').value || document.getElementById('paste-rich').innerText || '';
  return new File([t], 'paste.txt', { type: 'text/plain' });
}
function fd(file) { var d = new FormData(); d.append('file', file, file.name); d.append('comment', document.getElementById('comment').value); return d; }
function done(via) { return function (j) { report('uploaded ' + j.bytes + ' bytes via ' + via); }; }
function fail(via) { return function (e) { report('error: ' + via + ': ' + (e && e.message || e)); }; }

document.getElementById('btn-fetch').addEventListener('click', function () {
  try { fetch('/upload', { method: 'POST', body: fd(payload()) }).then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); }).then(done('fetch'), fail('fetch')); }
  catch (e) { fail('fetch')(e); }
});
document.getElementById('btn-fetch-raw').addEventListener('click', function () {
  try { var f = payload(); fetch('/upload?name=' + encodeURIComponent(f.name), { method: 'POST', headers: { 'Content-Type': f.type || 'application/octet-stream' }, body: f }).then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); }).then(done('fetch (raw body)'), fail('fetch (raw body)')); }
  catch (e) { fail('fetch (raw body)')(e); }
});
document.getElementById('btn-xhr').addEventListener('click', function () {
  try {
    var x = new XMLHttpRequest();
    x.open('POST', '/upload');
    x.onload = function () { try { done('XMLHttpRequest')(JSON.parse(x.responseText)); } catch (e) { fail('XMLHttpRequest')(e); } };
    x.onerror = function () { fail('XMLHttpRequest')('network error'); };
    x.onabort = function () { fail('XMLHttpRequest')('aborted'); };
    x.send(fd(payload()));
  } catch (e) { fail('XMLHttpRequest')(e); }
});
document.getElementById('btn-beacon').addEventListener('click', function () {
  try {
    var f = payload();
    var ok = navigator.sendBeacon('/upload?via=beacon', f);
    report(ok ? 'beacon queued ' + f.size + ' bytes' : 'error: sendBeacon returned false');
  } catch (e) { fail('sendBeacon')(e); }
});
document.getElementById('btn-ws').addEventListener('click', function () {
  try {
    var f = payload();
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    ws.binaryType = 'arraybuffer';
    ws.onopen = function () { f.arrayBuffer().then(function (buf) { try { ws.send(buf); } catch (e) { fail('WebSocket')(e); } }); };
    ws.onmessage = function (ev) { try { done('WebSocket')(JSON.parse(ev.data)); } catch (e) { fail('WebSocket')(e); } ws.close(); };
    ws.onerror = function () { fail('WebSocket')('connection error'); };
  } catch (e) { fail('WebSocket')(e); }
});
document.getElementById('btn-ws-text').addEventListener('click', function () {
  try {
    var t = document.getElementById('paste-text').value;
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    ws.onopen = function () { try { ws.send(t); } catch (e) { fail('WebSocket text')(e); } };
    ws.onmessage = function (ev) { try { done('WebSocket text')(JSON.parse(ev.data)); } catch (e) { fail('WebSocket text')(e); } ws.close(); };
    ws.onerror = function () { fail('WebSocket text')('connection error'); };
  } catch (e) { fail('WebSocket text')(e); }
});

// Forms post into a hidden frame so the page stays put; the frame's JSON becomes the status.
var frame = document.getElementById('result-frame');
frame.addEventListener('load', function () {
  try {
    var txt = frame.contentDocument && frame.contentDocument.body ? frame.contentDocument.body.innerText : '';
    if (!txt) return;
    var j = JSON.parse(txt); report('uploaded ' + j.bytes + ' bytes via form (' + j.contentType.split(';')[0] + ')');
  } catch (e) { fail('form')(e); }
});
document.querySelectorAll('form').forEach(function (f) { f.addEventListener('submit', function () { report('submitting ' + f.id + '…'); }); });

var drop = document.getElementById('dropzone');
['dragenter', 'dragover'].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); }); });
drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
drop.addEventListener('drop', function (e) {
  e.preventDefault(); drop.classList.remove('over');
  var files = e.dataTransfer.files;
  if (!files.length) {
    var text = e.dataTransfer.getData('text/plain');
    if (!text) { report('error: nothing dropped'); return; }
    files = [new File([text], 'dropped.txt', { type: 'text/plain' })];
  }
  var d = new FormData();
  for (var i = 0; i < files.length; i++) d.append('file', files[i], files[i].name);
  try { fetch('/upload?via=drop', { method: 'POST', body: d }).then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); }).then(done('drop'), fail('drop')); }
  catch (err) { fail('drop')(err); }
});

function pasted(el, get) { el.addEventListener('paste', function (e) {
  var files = e.clipboardData ? e.clipboardData.files.length : 0;
  setTimeout(function () { report('pasted into ' + el.id + ': ' + get().length + ' chars' + (files ? ', ' + files + ' file(s)' : '')); }, 0);
}); }
pasted(document.getElementById('paste-text'), function () { return document.getElementById('paste-text').value; });
pasted(document.getElementById('paste-rich'), function () { return document.getElementById('paste-rich').innerText; });
document.getElementById('file').addEventListener('change', function (e) { var f = e.target.files[0]; report(f ? 'selected ' + f.name + ' (' + f.size + ' bytes)' : 'no file selected'); });
report('ready');
`;

function uploadPage(kind) {
  const s = SITES[kind];
  return page({
    title: s.title, brand: s.brand, logo: s.logo, nav: s.nav, active: '/',
    head: '<style>#dropzone{border:2px dashed #9fb3c8;border-radius:8px;padding:28px;text-align:center;color:#52606d;background:#fff}#dropzone.over{background:#ebf8ff;border-color:var(--brand)}.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}#paste-rich{min-height:110px;border:1px solid #cfd6de;border-radius:4px;padding:8px;background:#fff}#log{font-size:12px;color:#52606d;max-height:160px;overflow:auto}label{display:block;margin:8px 0 4px;font-weight:600}</style>',
    body: `<h1>${kind === 'share' ? 'ファイルをアップロード' : 'ファイル受け渡し'}<small>${kind === 'share' ? 'Upload and share' : 'Secure exchange'}</small></h1>
<p>${s.intro}</p>
<div class="card"><h2>結果<small>Status</small></h2><div id="status" role="status" aria-live="polite"></div><ul id="log"></ul></div>
<div class="grid2">
<div class="card"><h2>貼り付け<small>Paste targets</small></h2>
<label for="paste-text">テキストエリア <small class="sub">textarea</small></label><textarea id="paste-text" name="paste" rows="5" placeholder="ここに貼り付け / paste here"></textarea>
<label>リッチテキスト <small class="sub">contenteditable</small></label><div id="paste-rich" contenteditable="true"></div>
</div>
<div class="card"><h2>ファイル<small>File upload</small></h2>
<form id="upload-form" method="post" action="/upload" enctype="multipart/form-data" target="result-frame">
<label for="file">ファイルを選択 <small class="sub">input type=file</small></label><input type="file" id="file" name="file" multiple>
<label for="comment">コメント</label><input type="text" id="comment" name="comment" value="">
<div class="row"><button class="btn" type="submit" id="btn-form">フォーム送信 <small>form POST</small></button></div>
</form>
<div class="row">
<button class="btn secondary" id="btn-fetch" type="button">fetch(FormData)</button>
<button class="btn secondary" id="btn-fetch-raw" type="button">fetch(raw)</button>
<button class="btn secondary" id="btn-xhr" type="button">XMLHttpRequest</button>
<button class="btn secondary" id="btn-beacon" type="button">sendBeacon</button>
<button class="btn secondary" id="btn-ws" type="button">WebSocket</button>
<button class="btn secondary" id="btn-ws-text" type="button">WebSocket (text)</button>
</div>
<p class="sub" style="margin:8px 0 0">ファイル未選択時はテキストエリアの内容を paste.txt として送信します。</p>
</div>
</div>
<div class="card"><h2>ドラッグ＆ドロップ<small>Drop zone → fetch POST /upload</small></h2><div id="dropzone">ここにファイルをドロップ<br><small>Drop files here</small></div></div>
<div class="card"><h2>お問い合わせ<small>URL-encoded form</small></h2>
<form id="text-form" method="post" action="/upload" target="result-frame">
<label for="tf-name">お名前</label><input type="text" id="tf-name" name="name">
<label for="tf-email">メール</label><input type="email" id="tf-email" name="email">
<label for="tf-message">内容</label><textarea id="tf-message" name="message" rows="3"></textarea>
<div class="row"><button class="btn" type="submit" id="btn-text-form">送信 <small>Submit</small></button></div>
</form></div>
<iframe name="result-frame" id="result-frame" title="upload result" style="display:none"></iframe>
<script>${CLIENT_JS}</script>`,
  });
}

function chatPage() {
  const s = SITES.share;
  return page({
    title: 'AIチャット - FreeShare', brand: s.brand, logo: s.logo, nav: s.nav, active: '/chat',
    head: '<style>#conversation{display:flex;flex-direction:column;gap:10px;min-height:240px}.msg{max-width:75%;padding:10px 14px;border-radius:12px;white-space:pre-wrap}.msg.user{align-self:flex-end;background:#2b6cb0;color:#fff}.msg.ai{align-self:flex-start;background:#edf2f7}</style>',
    body: `<h1>AIチャット<small>Ask anything — free AI assistant</small></h1>
<div class="card"><div id="conversation"><div class="msg ai">こんにちは！何でも聞いてください。データを貼り付けて要約もできます。</div></div></div>
<div class="card"><label for="prompt" style="font-weight:600">メッセージ <small class="sub">prompt</small></label>
<textarea id="prompt" rows="5" placeholder="顧客リストを貼り付けて「整理して」など"></textarea>
<div style="display:flex;gap:8px;margin-top:10px;align-items:center"><button class="btn" id="send" type="button">送信 <small>Send</small></button></div>
<h2 style="margin-top:14px">結果<small>Status</small></h2><div id="status" role="status"></div></div>
<script>
var statusEl = document.getElementById('status'), conv = document.getElementById('conversation'), prompt = document.getElementById('prompt');
function add(cls, text) { var d = document.createElement('div'); d.className = 'msg ' + cls; d.textContent = text; conv.appendChild(d); }
prompt.addEventListener('paste', function () { setTimeout(function () { statusEl.textContent = 'pasted into prompt: ' + prompt.value.length + ' chars'; }, 0); });
document.getElementById('send').addEventListener('click', function () {
  var text = prompt.value;
  if (!text) { statusEl.textContent = 'error: empty prompt'; return; }
  add('user', text);
  try {
    fetch('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: 'free-ai-1', messages: [{ role: 'user', content: text }] }) })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (j) { add('ai', j.reply); statusEl.textContent = 'sent ' + j.bytes + ' bytes'; prompt.value = ''; },
            function (e) { statusEl.textContent = 'error: ' + (e && e.message || e); });
  } catch (e) { statusEl.textContent = 'error: ' + e.message; }
});
statusEl.textContent = 'ready';
</script>`,
  });
}

/** @param {import('./server.mjs').Ctx} ctx */
export function handleShare(ctx, kind) {
  const { pathname, method } = ctx;
  if (pathname === '/' && method === 'GET') return ctx.html(uploadPage(kind));
  if (pathname === '/chat' && kind === 'share') return ctx.html(chatPage());
  if (pathname === '/upload' && method === 'POST') {
    return ctx.json({ ok: true, bytes: ctx.bodyBytes, contentType: ctx.req.headers['content-type'] || '' });
  }
  if (pathname === '/api/chat' && kind === 'share' && method === 'POST') {
    return ctx.json({ ok: true, bytes: ctx.bodyBytes, reply: `受け取りました（${ctx.bodyBytes} バイト）。内容を整理しました。※これはテスト用のダミー応答です。` });
  }
  if (pathname === '/upload') return ctx.text('POST anything here; it is recorded and answered with {ok, bytes}.\n');
  return ctx.text(`404 not found on ${kind}.test: ${esc(pathname)}\n`, 404);
}

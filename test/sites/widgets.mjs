// Real upload widgets from npm (Uppy, FilePond, Dropzone) on share.test and partner.test, served from node_modules,
// so the upload guard is tested against the libraries sites really use. Each page reports the widget's own outcome in #status.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esc, page } from './layout.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VENDOR = {
  'uppy.min.js': 'node_modules/uppy/dist/uppy.min.js',
  'uppy.min.css': 'node_modules/uppy/dist/uppy.min.css',
  'filepond.min.js': 'node_modules/filepond/dist/filepond.min.js',
  'filepond.min.css': 'node_modules/filepond/dist/filepond.min.css',
  'dropzone-min.js': 'node_modules/dropzone/dist/dropzone-min.js',
  'dropzone.css': 'node_modules/dropzone/dist/dropzone.css',
};
const cache = new Map();

// `window.widgetAdd(name, text)` hands the widget a file the page made itself (as an app that builds an export
// would): the selection guard never sees it, so only the request hooks stand between it and the network.
const WIDGETS = {
  uppy: {
    name: 'Uppy',
    head: '<link rel="stylesheet" href="/vendor/uppy.min.css"><script src="/vendor/uppy.min.js"></script>',
    body: '<div id="widget"></div>',
    js: (endpoint) => `
var uppy = new Uppy.Uppy({ autoProceed: true })
  .use(Uppy.Dashboard, { inline: true, target: '#widget', height: 320, proudlyDisplayPoweredByUppy: false })
  .use(Uppy.XHRUpload, { endpoint: ${JSON.stringify(endpoint)}, fieldName: 'file', formData: true });
uppy.on('upload-success', function (file, res) { report('uploaded ' + file.name + ': ' + (res.body && res.body.bytes) + ' bytes'); });
uppy.on('upload-error', function (file, err) { report('error: ' + file.name + ': ' + (err && err.message || err)); });
window.widgetAdd = function (name, text) { uppy.addFile({ name: name, type: 'text/csv', data: new Blob([text], { type: 'text/csv' }) }); };`,
  },
  filepond: {
    name: 'FilePond',
    head: '<link rel="stylesheet" href="/vendor/filepond.min.css"><script src="/vendor/filepond.min.js"></script>',
    body: '<input type="file" id="widget" name="filepond">',
    js: (endpoint) => `
var pond = FilePond.create(document.getElementById('widget'), {
  server: ${JSON.stringify(endpoint)},
  onprocessfile: function (err, file) {
    if (err) report('error: ' + file.filename + ': ' + (err.main || err.type) + (err.code ? ' ' + err.code : ''));
    else report('uploaded ' + file.filename + ': ' + JSON.parse(file.serverId).bytes + ' bytes');
  },
});
window.widgetAdd = function (name, text) { pond.addFile(new File([text], name, { type: 'text/csv' })); };`,
  },
  dropzone: {
    name: 'Dropzone',
    head: '<link rel="stylesheet" href="/vendor/dropzone.css"><script src="/vendor/dropzone-min.js"></script>',
    body: '<form id="widget" class="dropzone" action="/upload"></form>',
    js: (endpoint) => `
Dropzone.autoDiscover = false;
var dz = new Dropzone('#widget', { url: ${JSON.stringify(endpoint)} });
dz.on('success', function (file, res) { report('uploaded ' + file.name + ': ' + res.bytes + ' bytes'); });
dz.on('error', function (file, msg) { report('error: ' + file.name + ': ' + (typeof msg === 'string' ? msg : (msg && msg.error) || 'upload failed')); });
window.widgetAdd = function (name, text) { dz.addFile(new File([text], name, { type: 'text/csv' })); };`,
  },
  // Dropzone sending every file in 2 KB pieces (file.slice() in a FormData, one POST each), as big-file widgets do.
  'dropzone-chunked': {
    name: 'Dropzone (chunked)',
    head: '<link rel="stylesheet" href="/vendor/dropzone.css"><script src="/vendor/dropzone-min.js"></script>',
    body: '<form id="widget" class="dropzone" action="/upload"></form>',
    js: (endpoint) => `
Dropzone.autoDiscover = false;
var dz = new Dropzone('#widget', { url: ${JSON.stringify(endpoint)}, chunking: true, forceChunking: true, chunkSize: 2048, retryChunks: false, parallelChunkUploads: false });
dz.on('success', function (file) { report('uploaded ' + file.name + ' in ' + file.upload.totalChunkCount + ' pieces'); });
dz.on('error', function (file, msg) { report('error: ' + file.name + ': ' + (typeof msg === 'string' ? msg : (msg && msg.error) || 'upload failed')); });
window.widgetAdd = function (name, text) { dz.addFile(new File([text], name, { type: 'text/csv' })); };`,
  },
};

const BRAND = { share: '#2b6cb0', partner: '#2f855a' };

function widgetPage(kind, id, endpoint) {
  const w = WIDGETS[id];
  return page({
    title: `${w.name} - ${kind}.test`,
    brand: BRAND[kind],
    logo: `<span class="mark">${kind === 'share' ? 'F' : 'P'}</span>${kind === 'share' ? 'FreeShare' : 'パートナーポータル'}<small>${esc(w.name)}</small>`,
    head: w.head,
    body: `<h1>${esc(w.name)}<small>POST ${esc(endpoint)}</small></h1>
<div class="card">${w.body}</div>
<div id="status">ready</div>
<ul id="log"></ul>
<script>
var statusEl = document.getElementById('status');
function report(msg) {
  statusEl.textContent = msg;
  var li = document.createElement('li'); li.textContent = msg; document.getElementById('log').prepend(li);
}
${w.js(endpoint)}
</script>`,
  });
}

/** Serves /vendor/* and /widgets/* on share.test and partner.test; returns false for anything else. */
export function handleWidgets(ctx) {
  const kind = ctx.host === 'share.test' ? 'share' : ctx.host === 'partner.test' ? 'partner' : null;
  if (!kind || ctx.method !== 'GET') return false;
  const [, top, name] = ctx.pathname.split('/');
  if (top === 'vendor' && Object.hasOwn(VENDOR, name)) {
    if (!cache.has(name)) cache.set(name, fs.readFileSync(path.join(ROOT, VENDOR[name])));
    ctx.send(200, { 'Content-Type': name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8' }, cache.get(name));
    return true;
  }
  if (top === 'widgets' && Object.hasOwn(WIDGETS, name)) {
    // ?to=<host> makes the widget post to another site (CORS is open on share and partner).
    const to = ctx.query.get('to');
    const endpoint = to && /^[a-z0-9.-]+(:\d+)?$/.test(to) ? `//${to}/upload` : '/upload';
    ctx.html(widgetPage(kind, name, endpoint));
    return true;
  }
  return false;
}

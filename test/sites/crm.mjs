// crm.test: the demo CRM 「さくらCRM」 — the classified site maruhi protects.

import { esc, page } from './layout.mjs';
import { customersCsv, formatCard, formatMyNumber, mulberry32 } from './customers.mjs';
import { encodeShiftJis } from './sjis.mjs';

export const PER_PAGE = 50;

const NAV = [
  ['/', 'ダッシュボード'],
  ['/customers', '顧客一覧'],
  ['/notes', '活動メモ'],
  ['/spa', 'SPA版'],
  ['/public-info', '会社情報'],
];

const crmPage = (o) => page({
  brand: '#b83b5e', accent: '#9c2c4c', logo: '<span class="mark">桜</span>さくらCRM<small>Sakura CRM</small>', nav: NAV,
  user: '営業一課 田村 恵子', ...o,
});

const labelled = (ja, en) => `${ja}<small>${en}</small>`;

function customerRow(c) {
  return `<tr data-id="${c.id}"><td>${c.id}</td>`
    + `<td><a href="/customers/${c.id}">${esc(c.name)}</a><span class="kana">${esc(c.nameKana)}</span></td>`
    + `<td>${esc(c.company)}</td><td>${esc(c.email)}</td><td>${esc(c.phone)}</td>`
    + `<td>〒${esc(c.postalCode)}<br>${esc(c.address)}</td><td><span class="badge ${c.rank}">${c.rank}</span></td></tr>`;
}

const TABLE_HEAD = `<thead><tr><th>ID</th><th>${labelled('氏名', 'Name')}</th><th>${labelled('会社名', 'Company')}</th>`
  + `<th>${labelled('メール', 'E-mail')}</th><th>${labelled('電話番号', 'Phone')}</th><th>${labelled('住所', 'Address')}</th>`
  + `<th>${labelled('ランク', 'Rank')}</th></tr></thead>`;

// Client-side row builder shared by ?late=1 and the SPA (kept in sync with customerRow above).
const CLIENT_ROW_JS = `
function esc(v){return String(v==null?'':v).replace(/[&<>"']/g,function(c){return{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]})}
function rowHtml(c,base){return '<tr data-id="'+c.id+'"><td>'+c.id+'</td><td><a href="'+base+c.id+'">'+esc(c.name)+'</a><span class="kana">'+esc(c.nameKana)+'</span></td><td>'+esc(c.company)+'</td><td>'+esc(c.email)+'</td><td>'+esc(c.phone)+'</td><td>〒'+esc(c.postalCode)+'<br>'+esc(c.address)+'</td><td><span class="badge '+c.rank+'">'+c.rank+'</span></td></tr>'}
`;

function pager(pageNo, pages, extra = '') {
  const links = [];
  if (pageNo > 1) links.push(`<a href="/customers?page=${pageNo - 1}${extra}" rel="prev">‹ 前へ</a>`);
  for (let p = 1; p <= pages; p++) {
    links.push(p === pageNo ? `<span class="current">${p}</span>` : `<a href="/customers?page=${p}${extra}">${p}</a>`);
  }
  if (pageNo < pages) links.push(`<a href="/customers?page=${pageNo + 1}${extra}" rel="next">次へ ›</a>`);
  return `<div class="pager">${links.join('')}</div>`;
}

function dashboard(customers) {
  const withCard = customers.filter((c) => c.card).length;
  const recent = [...customers].sort((a, b) => b.lastContact.localeCompare(a.lastContact)).slice(0, 5);
  return crmPage({
    title: 'ダッシュボード - さくらCRM', active: '/',
    body: `<h1>ダッシュボード<small>Dashboard</small></h1>
<div class="stats">
 <div class="stat">顧客数 <small class="sub">Customers</small><b>${customers.length}</b></div>
 <div class="stat">ランクA <small class="sub">Rank A</small><b>${customers.filter((c) => c.rank === 'A').length}</b></div>
 <div class="stat">カード登録 <small class="sub">Cards on file</small><b>${withCard}</b></div>
 <div class="stat">今月の商談 <small class="sub">Meetings</small><b>37</b></div>
</div>
<div class="card"><h2>メニュー<small>Menu</small></h2>
<ul class="links">
 <li><a href="/customers">顧客一覧</a> <span class="sub">/customers</span></li>
 <li><a href="/customers?late=1">顧客一覧（遅延読み込み）</a> <span class="sub">/customers?late=1</span></li>
 <li><a href="/customers/1">顧客詳細 #1</a> <span class="sub">/customers/1</span></li>
 <li><a href="/notes">活動メモ</a> <span class="sub">/notes</span></li>
 <li><a href="/export.csv">CSVエクスポート (UTF-8)</a> <span class="sub">/export.csv</span></li>
 <li><a href="/export-sjis.csv">CSVエクスポート (Shift_JIS)</a> <span class="sub">/export-sjis.csv</span></li>
 <li><a href="/spa">SPA版 顧客管理</a> <span class="sub">/spa</span></li>
 <li><a href="/frame-host">iframe埋め込み</a> <span class="sub">/frame-host</span></li>
 <li><a href="/meta-classified">極秘ページ (meta)</a> <span class="sub">/meta-classified</span></li>
 <li><a href="/public-info">会社情報 (公開)</a> <span class="sub">/public-info</span></li>
</ul></div>
<div class="card"><h2>最近の接触<small>Recent contacts</small></h2>
<table class="grid">${TABLE_HEAD}<tbody>${recent.map(customerRow).join('')}</tbody></table></div>`,
  });
}

function customerList(customers, query) {
  const pages = Math.ceil(customers.length / PER_PAGE);
  const pageNo = Math.min(Math.max(parseInt(query.get('page') || '1', 10) || 1, 1), pages);
  const late = query.get('late') === '1';
  const rows = customers.slice((pageNo - 1) * PER_PAGE, pageNo * PER_PAGE);
  const extra = late ? '&late=1' : '';
  const lateScript = late ? `<script>
${CLIENT_ROW_JS}
// Rows arrive 1 s after load, the way slow CRMs fill their tables, to exercise incremental scanning.
window.addEventListener('load', function () {
  var data = fetch('/api/customers?page=${pageNo}').then(function (r) { return r.json(); });
  setTimeout(function () {
    data.then(function (d) {
      document.querySelector('#customers tbody').innerHTML = d.customers.map(function (c) { return rowHtml(c, '/customers/'); }).join('');
      document.getElementById('loading').remove();
      document.body.dataset.rowsLoaded = 'true';
    });
  }, 1000);
});
</script>` : '';
  return crmPage({
    title: `顧客一覧 (${pageNo}/${pages}) - さくらCRM`, active: '/customers',
    body: `<h1>顧客一覧<small>Customers — ${customers.length}件 · page ${pageNo}/${pages}</small></h1>
<div style="display:flex;gap:8px;margin-bottom:12px"><a class="btn" href="/export.csv" download>CSVエクスポート</a><a class="btn secondary" href="/export-sjis.csv" download>Shift_JIS CSV</a></div>
${pager(pageNo, pages, extra)}
<table class="grid" id="customers">${TABLE_HEAD}<tbody>${late ? '' : rows.map(customerRow).join('')}</tbody></table>
${late ? '<p id="loading" class="muted">読み込み中… <small>Loading</small></p>' : ''}
${pager(pageNo, pages, extra)}${lateScript}`,
    bodyAttrs: late ? 'data-rows-loaded="false"' : '',
  });
}

function detailFields(c) {
  const f = (ja, en, v) => `<dt>${labelled(ja, en)}</dt><dd>${v}</dd>`;
  return `<section class="card"><h2>基本情報<small>Profile</small></h2><dl class="fields">
${f('顧客ID', 'ID', c.id)}
${f('氏名', 'Name', `<span class="name">${esc(c.name)}</span>`)}
${f('フリガナ', 'Kana', esc(c.nameKana))}
${f('性別', 'Gender', c.gender)}
${f('生年月日', 'Date of birth', c.birthDate)}
${f('会社名', 'Company', esc(c.company))}
${f('部署・役職', 'Department', esc(`${c.department} ${c.title}`.trim()))}
${f('ランク', 'Rank', `<span class="badge ${c.rank}">${c.rank}</span>`)}
${f('担当者', 'Owner', esc(c.owner))}
</dl></section>
<section class="card"><h2>連絡先<small>Contact</small></h2><dl class="fields">
${f('メールアドレス', 'E-mail', `<a href="mailto:${esc(c.email)}">${esc(c.email)}</a>`)}
${f('電話番号', 'Phone', esc(c.phone))}
${f('郵便番号', 'Postal code', `〒${esc(c.postalCode)}`)}
${f('住所', 'Address', esc(c.address))}
</dl></section>
<section class="card sensitive" id="sensitive"><h2>機密情報<small>Sensitive — 取扱注意</small></h2><dl class="fields">
${f('クレジットカード', 'Card', c.card ? `${esc(c.card.brand)} <span class="card-number">${formatCard(c.card.number)}</span> (有効期限 ${c.card.expiry})` : '<span class="muted">登録なし</span>')}
${f('マイナンバー', 'My Number', c.myNumber ? `<span class="my-number">${formatMyNumber(c.myNumber)}</span>` : '<span class="muted">登録なし</span>')}
${f('備考', 'Notes', c.note ? esc(c.note) : '<span class="muted">なし</span>')}
</dl></section>`;
}

function customerDetail(customers, id) {
  const c = customers[id - 1];
  const nav = `<div class="pager">${id > 1 ? `<a href="/customers/${id - 1}">‹ 前の顧客</a>` : ''}<a href="/customers?page=${Math.ceil(id / PER_PAGE)}">一覧へ戻る</a>${id < customers.length ? `<a href="/customers/${id + 1}">次の顧客 ›</a>` : ''}</div>`;
  return crmPage({
    title: `${c.name} - 顧客詳細 - さくらCRM`, active: '/customers',
    body: `<h1>${esc(c.name)} 様<small>Customer #${c.id}</small></h1>${nav}${detailFields(c)}`,
  });
}

export function generateNotes(customers, count = 60) {
  const rnd = mulberry32(4242);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const templates = [
    (c) => `${c.name}様（${c.company}）より電話。見積書の再送を依頼された。折り返し先 ${c.phone}。`,
    (c) => `${c.name}様へ新サービスの案内メールを送付（${c.email}）。来週フォロー予定。`,
    (c) => `${c.name}様と面談。契約更新に前向き。住所変更あり: 〒${c.postalCode} ${c.address}`,
    (c) => `${c.company} ${c.department}の${c.name}様、担当交代の挨拶。次回は${c.lastContact.slice(5)}頃に訪問。`,
    (c) => `${c.name}様 請求書の宛先確認済み。支払いはカード${c.card ? `（${formatCard(c.card.number)}）` : ''}希望。`,
    (c) => `${c.name}様 体調不良のため訪問延期。${c.sensitiveNote ? c.note + '。' : ''}来月再調整。`,
  ];
  const notes = [];
  for (let i = 0; i < count; i++) {
    const c = pick(customers);
    const day = 20 - Math.floor(i / 3);
    notes.push({ date: `2026-11-${String(Math.max(day, 1)).padStart(2, '0')}`, author: pick(['田村 恵子', '松本 健太', '井上 直樹']), customerId: c.id, text: pick(templates)(c) });
  }
  return notes;
}

function notesPage(customers) {
  const items = generateNotes(customers).map((n) => `<div class="card note"><div class="sub" style="margin:0 0 6px">${n.date} · ${esc(n.author)} · <a href="/customers/${n.customerId}">顧客 #${n.customerId}</a></div><p style="margin:0">${esc(n.text)}</p></div>`);
  return crmPage({ title: '活動メモ - さくらCRM', active: '/notes', body: `<h1>活動メモ<small>Activity notes</small></h1>${items.join('\n')}` });
}

function spaShell() {
  return crmPage({
    title: 'さくらCRM (SPA)', active: '/spa',
    body: `<div id="app"><p class="muted">読み込み中…</p></div>
<script>
${CLIENT_ROW_JS}
// A tiny router: history.pushState for links, popstate for back/forward, and '#/route' hashes.
var app = document.getElementById('app');
var nextPage = 1, totalPages = 1;
function route() {
  var h = location.hash;
  if (h.indexOf('#/') === 0) return h.slice(1);
  var p = location.pathname.replace(/^\\/spa/, '');
  return p || '/';
}
function nav() {
  return '<div class="pager" id="spa-nav"><a href="/spa" data-link>ホーム</a><a href="/spa/customers" data-link>顧客一覧</a><a href="/spa/settings" data-link>設定</a><a href="#/settings">設定 (#hash)</a><a href="#/customers">顧客一覧 (#hash)</a></div>';
}
function render() {
  var r = route(), m;
  document.body.dataset.route = r;
  if (r === '/' ) {
    app.innerHTML = nav() + '<h1>SPA版 顧客管理<small>Single-page app</small></h1><div class="card"><p>左上のメニューから顧客一覧・設定へ移動できます。<br><span class="sub">Use the links above; navigation uses history.pushState.</span></p></div>';
  } else if (r === '/customers') {
    nextPage = 1;
    app.innerHTML = nav() + '<h1>顧客一覧<small>Customers (SPA)</small></h1><table class="grid" id="customers">${TABLE_HEAD.replace(/'/g, "\\'")}<tbody></tbody></table><p><button class="btn" id="load-more">さらに読み込む <small>Load more</small></button> <span id="count" class="sub"></span></p>';
    document.getElementById('load-more').addEventListener('click', loadMore);
    loadMore();
  } else if ((m = /^\\/customers\\/(\\d+)$/.exec(r))) {
    app.innerHTML = nav() + '<p class="muted">読み込み中…</p>';
    fetch('/api/customers/' + m[1]).then(function (res) { return res.ok ? res.json() : Promise.reject(res.status); }).then(function (d) {
      if (route() !== r) return;
      app.innerHTML = nav() + '<h1>' + esc(d.customer.name) + ' 様<small>Customer #' + d.customer.id + '</small></h1>' + d.html;
      document.body.dataset.ready = r;
    }, function (e) { app.innerHTML = nav() + '<p>顧客が見つかりません (' + e + ')</p>'; });
    return;
  } else if (r === '/settings') {
    app.innerHTML = nav() + '<h1>設定<small>Settings</small></h1><div class="card"><dl class="fields"><dt>表示言語</dt><dd><select><option>日本語</option><option>English</option></select></dd><dt>1ページの表示件数</dt><dd>50件</dd><dt>テーマ</dt><dd>さくら</dd><dt>通知</dt><dd><label><input type="checkbox" checked> メール通知を受け取る</label></dd></dl></div>';
  } else {
    app.innerHTML = nav() + '<h1>ページが見つかりません</h1>';
  }
  document.body.dataset.ready = r;
}
function loadMore() {
  var btn = document.getElementById('load-more');
  if (!btn || nextPage > totalPages) return;
  btn.disabled = true;
  var r = route();
  fetch('/api/customers?page=' + nextPage).then(function (res) { return res.json(); }).then(function (d) {
    if (route() !== r) return;
    totalPages = d.pages; nextPage = d.page + 1;
    document.querySelector('#customers tbody').insertAdjacentHTML('beforeend', d.customers.map(function (c) { return rowHtml(c, '/spa/customers/'); }).join(''));
    var n = document.querySelectorAll('#customers tbody tr').length;
    document.getElementById('count').textContent = n + ' / ' + d.total + ' 件';
    btn.disabled = nextPage > totalPages;
    document.body.dataset.rows = n;
  });
}
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a');
  if (!a || a.target || e.metaKey || e.ctrlKey || e.shiftKey) return;
  var url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.indexOf('/spa') !== 0 || a.getAttribute('href').charAt(0) === '#') return;
  e.preventDefault();
  history.pushState({}, '', url.pathname);
  render();
});
window.addEventListener('popstate', render);
window.addEventListener('hashchange', render);
render();
</script>`,
  });
}

function simplePage(title, body, head = '') {
  return crmPage({ title, body, head });
}

/** @param {import('./server.mjs').Ctx} ctx */
export function handleCrm(ctx, customers) {
  const { pathname, query } = ctx;
  let m;
  if (pathname === '/') return ctx.html(dashboard(customers));
  if (pathname === '/customers') return ctx.html(customerList(customers, query));
  if ((m = /^\/customers\/(\d+)$/.exec(pathname))) {
    const id = Number(m[1]);
    if (id < 1 || id > customers.length) return ctx.html(simplePage('顧客が見つかりません', `<h1>顧客 #${id} は存在しません<small>Not found</small></h1>`), 404);
    return ctx.html(customerDetail(customers, id));
  }
  if (pathname === '/notes') return ctx.html(notesPage(customers));
  if (pathname === '/export.csv') {
    return ctx.send(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="customers.csv"',
    }, Buffer.from('\ufeff' + customersCsv(customers), 'utf8'));
  }
  if (pathname === '/export-sjis.csv') {
    return ctx.send(200, {
      'Content-Type': 'text/csv; charset=Shift_JIS',
      'Content-Disposition': 'attachment; filename="customers-sjis.csv"',
    }, encodeShiftJis(customersCsv(customers)));
  }
  if (pathname === '/api/customers') {
    const pages = Math.ceil(customers.length / PER_PAGE);
    const p = Math.min(Math.max(parseInt(query.get('page') || '1', 10) || 1, 1), pages);
    return ctx.json({ page: p, pages, perPage: PER_PAGE, total: customers.length, customers: customers.slice((p - 1) * PER_PAGE, p * PER_PAGE) });
  }
  if ((m = /^\/api\/customers\/(\d+)$/.exec(pathname))) {
    const c = customers[Number(m[1]) - 1];
    if (!c) return ctx.json({ error: 'not found' }, 404);
    return ctx.json({ customer: c, html: detailFields(c) });
  }
  if (pathname === '/spa' || pathname.startsWith('/spa/')) return ctx.html(spaShell());
  if (pathname === '/frame-host') {
    return ctx.html(simplePage('iframe埋め込み - さくらCRM', `<h1>iframe埋め込み<small>A customer record inside an iframe</small></h1>
<div class="card"><p>下の枠には <code>/customers/1</code> が表示されています。<span class="sub">The frame below shows /customers/1.</span></p>
<iframe id="customer-frame" src="/customers/1" style="width:100%;height:640px;border:1px solid #dde3e9;border-radius:6px;background:#fff"></iframe></div>`));
  }
  if (pathname === '/meta-classified') {
    return ctx.html(simplePage('経営会議資料 - さくらCRM', `<h1>経営会議資料（極秘）<small>Board minutes — classified by meta tag</small></h1>
<div class="card"><p>2026年度 下期 経営方針の検討資料です。本ページは顧客情報を含みませんが、<code>&lt;meta name="maruhi-label"&gt;</code> により極秘に分類されています。</p>
<ul><li>新規事業の投資判断は12月の取締役会で決定</li><li>関西拠点の統合案を継続検討</li><li>次期システム更改の予算枠を確保</li></ul></div>`, '<meta name="maruhi-label" content="strictly_confidential">'));
  }
  if (pathname === '/public-info') {
    return ctx.html(simplePage('会社情報 - さくらCRM', `<h1>会社情報<small>About us (public)</small></h1>
<div class="card"><dl class="fields"><dt>社名</dt><dd>さくらソリューションズ（架空）</dd><dt>設立</dt><dd>2009年4月</dd><dt>事業内容</dt><dd>顧客管理クラウドサービスの開発・提供</dd><dt>所在地</dt><dd>東京都内（架空の会社です）</dd><dt>お問い合わせ</dt><dd>このデモサイトには問い合わせ窓口はありません</dd></dl></div>
<div class="card"><h2>私たちについて<small>Our mission</small></h2><p>中小企業の営業活動を支えるシンプルなCRMを提供しています。本ページは公開情報のみで、顧客データは含みません。</p></div>`));
  }
  return ctx.html(simplePage('ページが見つかりません', `<h1>404 ページが見つかりません<small>Not found: ${esc(pathname)}</small></h1><p><a href="/">ダッシュボードへ</a></p>`), 404);
}

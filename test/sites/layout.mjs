// Shared HTML helpers and styles for the local test sites.

export const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,system-ui,sans-serif;font-size:14px;color:#1f2933;background:#f4f6f8}
a{color:var(--accent)}
header.top{display:flex;align-items:center;gap:24px;padding:0 24px;height:52px;background:var(--brand);color:#fff}
header.top .logo{font-weight:700;font-size:17px;letter-spacing:.02em;color:#fff;text-decoration:none}
header.top .logo .mark{display:inline-flex;align-items:center;justify-content:center;width:26px;height:26px;border-radius:50%;background:#fff;color:var(--brand);font-size:14px;margin-right:8px;vertical-align:1px}
header.top .logo small{font-weight:400;opacity:.8;margin-left:6px;font-size:12px}
header.top nav{display:flex;gap:4px;flex:1}
header.top nav a{color:#fff;text-decoration:none;padding:6px 12px;border-radius:4px;opacity:.9}
header.top nav a:hover,header.top nav a.active{background:rgba(255,255,255,.18);opacity:1}
header.top .user{font-size:12px;opacity:.9}
main{max-width:1200px;margin:0 auto;padding:20px 24px 48px}
h1{font-size:20px;margin:4px 0 16px}
h1 small,h2 small,th small,dt small,.sub{font-weight:400;color:#6b7785;font-size:11px;margin-left:6px}
h2{font-size:15px;margin:0 0 12px}
.card{background:#fff;border:1px solid #dde3e9;border-radius:6px;padding:16px 20px;margin-bottom:16px}
table.grid{width:100%;border-collapse:collapse;background:#fff;border:1px solid #dde3e9}
table.grid th{background:#eef2f5;text-align:left;font-weight:600;padding:8px 10px;border-bottom:1px solid #dde3e9;white-space:nowrap;font-size:13px}
table.grid td{padding:7px 10px;border-bottom:1px solid #edf0f3;vertical-align:top;font-size:13px}
table.grid tr:nth-child(even) td{background:#fafbfc}
table.grid tr:hover td{background:#f0f6ff}
.kana{display:block;color:#6b7785;font-size:11px}
.pager{display:flex;gap:6px;margin:14px 0;align-items:center}
.pager a,.pager span{padding:4px 10px;border:1px solid #cfd6de;border-radius:4px;background:#fff;text-decoration:none;color:#1f2933}
.pager .current{background:var(--brand);color:#fff;border-color:var(--brand)}
dl.fields{display:grid;grid-template-columns:180px 1fr;margin:0;row-gap:0}
dl.fields dt{padding:8px 0;color:#52606d;border-bottom:1px solid #edf0f3;font-weight:600}
dl.fields dd{margin:0;padding:8px 0;border-bottom:1px solid #edf0f3}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11px;background:#e3ebf3;color:#334e68}
.badge.A{background:#fde2e1;color:#a61b1b}.badge.B{background:#fff1d6;color:#8a5a00}
section.sensitive{border-left:4px solid #c53030}
section.sensitive h2{color:#c53030}
.muted{color:#8795a1}
.btn{display:inline-block;padding:7px 14px;border-radius:4px;border:1px solid var(--brand);background:var(--brand);color:#fff;text-decoration:none;cursor:pointer;font-size:13px;font-family:inherit}
.btn.secondary{background:#fff;color:var(--brand)}
.stats{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin-bottom:16px}
.stat{background:#fff;border:1px solid #dde3e9;border-radius:6px;padding:14px 18px}
.stat b{display:block;font-size:24px;margin-top:4px}
ul.links{columns:2;margin:0;padding-left:18px;line-height:1.9}
footer{color:#8795a1;font-size:11px;text-align:center;padding:24px}
#status{font-family:ui-monospace,monospace;background:#1f2933;color:#b8f5c8;padding:8px 12px;border-radius:4px;min-height:34px;white-space:pre-wrap}
textarea,input[type=text],input[type=email],select{font:inherit;padding:6px 8px;border:1px solid #cfd6de;border-radius:4px;width:100%}
`;

/**
 * @param {{title:string, brand:string, accent?:string, logo:string, nav?:Array<[string,string]>, active?:string,
 *          head?:string, body:string, user?:string, bodyAttrs?:string}} o
 */
export function page(o) {
  const nav = (o.nav || []).map(([href, label]) => `<a href="${esc(href)}"${href === o.active ? ' class="active"' : ''}>${label}</a>`).join('');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<link rel="icon" href="data:,">
${o.head || ''}
<style>:root{--brand:${o.brand};--accent:${o.accent || o.brand}}${BASE_CSS}</style>
</head>
<body${o.bodyAttrs ? ' ' + o.bodyAttrs : ''}>
<header class="top"><a class="logo" href="/">${o.logo}</a><nav>${nav}</nav>${o.user ? `<span class="user">${o.user}</span>` : ''}</header>
<main>
${o.body}
</main>
</body>
</html>`;
}

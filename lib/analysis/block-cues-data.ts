/**
 * Cue data for cutting a posting into blocks (blocks.ts): heading words that open a block of one
 * kind, and line cues that mark a single line as text that says nothing about the role. Written in
 * our own words for every locale the extractor reads (lib/posting/section-headings.ts): English,
 * Spanish, Portuguese, French, Italian, German, Dutch, Polish, Swedish, Turkish, Japanese, Chinese,
 * Korean and Arabic. Data only; a cue describes a kind of text, never one posting's sentence.
 */

/** What a block of a posting is. Only the first four are the role's own text. */
export type BlockKind =
  | 'role'
  | 'responsibilities'
  | 'basic'
  | 'preferred'
  | 'pitch'
  | 'benefits'
  | 'eeo'
  | 'logistics'
  | 'links';

/** Headings (matched at the start of a short line) and the block they open. */
export const headingCues: readonly (readonly [
  Exclude<BlockKind, 'basic' | 'preferred'>,
  RegExp,
])[] = [
  [
    'pitch',
    /^(?:about\s+(?:amazon|aws|amazon\s+web\s+services|the\s+company|annapurna|audible|twitch|zappos|whole\s+foods|imdb)|why\s+(?:aws|amazon|join\s+us|work\s+(?:here|at|with))|who\s+we\s+are\b(?!.*team)|our\s+(?:company|story)|company\s+overview|sobre\s+(?:amazon|aws|nosotros|n[óo]s)|[àa]\s+propos\s+d['’]amazon|chi\s+siamo|über\s+(?:amazon|aws|uns)|over\s+amazon|o\s+(?:amazon|firmie)|om\s+amazon|amazon\s+hakkında|会社概要|アマゾンについて|关于(?:亚马逊|我们)|關於(?:亞馬遜|我們)|회사\s*소개|عن\s+أمازون)/i,
  ],
  [
    'benefits',
    /^(?:(?:our\s+)?benefits|perks|what\s+we\s+offer|we\s+offer|compensation|work[\s/-]*life\s+(?:balance|harmony)|mentorship\s*(?:&|and)\s*career\s+growth|career\s+growth|beneficios|benef[íi]cios|avantages|vantaggi|(?:zusatz)?leistungen|vorteile|wir\s+bieten|(?:wat\s+)?wij\s+bieden|arbeidsvoorwaarden|oferujemy|benefity|förmåner|vi\s+erbjuder|yan\s+haklar|福利厚生|待遇|福利|복리후생|المزايا)/i,
  ],
  [
    'eeo',
    /^(?:inclusive\s+(?:team\s+)?culture|diversity|diverse\s+experiences|equal\s+(?:employment\s+)?opportunit|accommodations?|privacy|igualdad|diversidad|diversidade|diversit[éà]|vielfalt|chancengleichheit|diversiteit|różnorodność|mångfald|çeşitlilik|ダイバーシティ|多元|다양성|التنوع)/i,
  ],
  [
    'logistics',
    /^(?:questions\??|how\s+to\s+apply|(?:the\s+)?hiring\s+process|(?:the\s+)?interview\s+process|next\s+steps|location(?:s)?\s*:?\s*$|proceso\s+de\s+selecci[óo]n|processus\s+de\s+recrutement|bewerbungsprozess|sollicitatieprocedure|rekrutacja|選考(?:プロセス|フロー)|招聘流程|채용\s*절차|勤務地)/i,
  ],
  [
    'responsibilities',
    /^(?:(?:key|major|main|primary|your|position|job|technical|leadership)?\s*(?:job\s+)?responsibilit|duties|what\s+you['’]?ll\s+do|what\s+you\s+will\s+do|you\s+will|in\s+this\s+role|your\s+role\s+will|a\s+day\s+in\s+the\s+life|responsabilidades|funciones|responsabilit[ée]s|vos\s+missions|missions|mansioni|responsabilit[àa]|(?:ihre\s+)?aufgaben|verantwoordelijkheden|taken|obowiązki|zakres\s+obowiązków|arbetsuppgifter|ansvarsområden|sorumluluklar|görevler|業務内容|主な業務|职责|岗位职责|工作职责|職責|주요\s*업무|담당\s*업무|المسؤوليات|المهام)/i,
  ],
  [
    'role',
    /^(?:about\s+(?:the\s+|our\s+)?(?:team|role|job|position|you|us|this\s+role)|the\s+(?:team|role|opportunity)|our\s+team|team\s+(?:overview|description)|your\s+role|the\s+position|job\s+(?:summary|description|overview)|(?:role\s+)?overview|description|who\s+you\s+are|this\s+team\s+is|sobre\s+(?:el\s+|o\s+)?(?:equipo|puesto|time|cargo)|[àa]\s+propos\s+de\s+l['’][ée]quipe|l['’][ée]quipe|il\s+team|über\s+das\s+team|das\s+team|over\s+het\s+team|o\s+zespole|om\s+teamet|ekip\s+hakkında|チームについて|チーム紹介|职位描述|团队介绍|團隊介紹|팀\s*소개|عن\s+الفريق)/i,
  ],
];

/** A line that points somewhere else: a web address, a "see our site" line, a hashtag line. */
export const linkCues: readonly RegExp[] = [
  /\bhttps?:\/\/|\bwww\.|\b[\w-]+\.(?:com|jobs|org)\/\S*/i,
  /\b(?:for\s+more\s+(?:details|information|info)|learn\s+more|find\s+out\s+more|visit\s+(?:our|the|us|https?)|check\s+out\s+our)\b/i,
  /^[#*][\w-]+(?:\s+[#*][\w-]+)*\s*$/,
  /\bm[áa]s\s+informaci[óo]n\b|\bplus\s+d['’]informations\b|\bmehr\s+informationen\b|\bmeer\s+informatie\b|\bwięcej\s+informacji\b|\b詳しくは|\b详情请|\b자세한\s+내용/i,
];

/** Equal opportunity, accommodation and privacy lines, in any locale we read. */
export const eeoCues: readonly RegExp[] = [
  /\bequal\s+(?:employment\s+)?opportunit|\baffirmative\s+action\b/i,
  /\binclusive\s+(?:team\s+)?culture\b|\bdiversity,?\s+(?:equity|and\s+inclusion)\b/i,
  /\b(?:applicants?|candidates?)\b[^.]{0,80}\b(?:disabilit|accommodat|protected|regardless)/i,
  /\bdisabilit(?:y|ies)\b|\b(?:workplace\s+)?accommodations?\b/i,
  /\b(?:race|religion|gender\s+identity|sexual\s+orientation|veteran\s+status|national\s+origin)\b/i,
  /\b(?:recruiting|hiring|employment)\s+decisions?\b|\bprivacy\s+(?:notice|policy|statement)\b/i,
  /\bigualdad\s+de\s+oportunidades\b|\bdiscapacidad\b|\bigualdade\s+de\s+oportunidades\b|\bdeficiência\b/i,
  /\b[ée]galit[ée]\s+des\s+chances\b|\bhandicap\b|\bpari\s+opportunit[àa]\b|\bdisabilit[àa]\b/i,
  /\bchancengleichheit\b|\bbehinderung\b|\bgelijke\s+kansen\b|\bbeperking\b/i,
  /\brównych\s+szans\b|\bniepełnospraw|\blika\s+möjligheter\b|\bfunktionsneds[äa]ttning\b/i,
  /fırsat\s+eşitliği|engelli|障がい|障害|合理的配慮|平等な雇用|残疾|殘疾|平等就业|장애|동등한\s+고용|تكافؤ\s+الفرص|الإعاقة/i,
];

/** Benefit, perk and employee-programme lines: what the employer gives, not what it asks. */
export const benefitCues: readonly RegExp[] = [
  /\b401\s*\(?k\)?|\bpension\b|\bretirement\s+(?:plan|savings)\b|\b(?:health|medical|dental|vision|life)\s+(?:insurance|coverage|benefits?|plans?)\b/i,
  /\bpaid\s+(?:time\s+off|leave|holidays?)\b|\b(?:parental|maternity|paternity|family)\s+leave\b|\bPTO\b/,
  /\breimburse\w*|\bstipends?\b|\ballowances?\b|\bdiscounts?\b|\bRSUs?\b|\bstock\s+(?:awards?|options?|units?)\b|\bsign[-\s]on\s+bonus\b/i,
  /\b(?:buddy|mentor(?:ing|ship)?|wellness|well-being|onboarding|referral)\s+programs?\b|\bnew[-\s]hire\s+(?:buddy|orientation|onboarding|mentor\w*|programs?)\b/i,
  /\bbenefits?\s+(?:package|include|start|from\s+day)|\bcomprehensive\s+benefits\b|\bcompetitive\s+(?:pay|salary|compensation)\b|\bemployee\s+(?:discount|resource\s+groups?)\b|\baffinity\s+groups?\b/i,
  /\b(?:gym|commuter|transit|meal|relocation)\s+(?:membership|benefits?|subsid\w+|assistance|allowance)\b/i,
  /\b(?:value|values|offer|offers|maintain|believe\s+in|puts?\s+a\s+high\s+value\s+on)\s+(?:\w+\s+){0,2}work[-\s/]*life\s+(?:balance|harmony)\b/i,
  /\bbase\s+pay\b|\bpay\s+(?:range|transparency)\b|\bequity\s+and\s+benefits\b|\bsalary\s+range\b/i,
  /\bseguro\s+m[ée]dico\b|\bmutuelle\b|\bassurance\s+sant[ée]\b|\bbuoni\s+pasto\b|\bbetriebliche\s+altersvorsorge\b|\bpensioen\b|\bopieka\s+medyczna\b|\bfriskvård\b|\bözel\s+sağlık\s+sigortası\b|社会保険|交通費|住宅手当|五险一金|带薪|帶薪|4대\s*보험|التأمين\s+الصحي/i,
];

/** Hiring logistics: where and how the hiring runs, not what the job is. */
export const logisticsCues: readonly RegExp[] = [
  /\bbased\s+on\s+(?:your\s+|their\s+)?location\s+preference|\blocation\s+preference\b/i,
  /\b(?:hiring|recruiting)\s+(?:event|timeline|drive)\b|\binterview(?:s|ing)?\s+(?:process|will\s+be|are\s+held|day|loop\s+will)\b/i,
  /\bapplication\s+(?:deadline|window|process)\b|\b(?:apply|submit\s+(?:your|an)\s+application)\s+(?:by|before|online|through|via|here)\b/i,
  /\bstart\s+dates?\b|\bvisa\s+sponsorship\b|\bjob\s+(?:id|code)\s*:|\brecruiters?\s+will\s+(?:contact|reach)\b/i,
  /\bwe\s+(?:are\s+)?hir(?:e|ing)\s+(?:in|for|across)\s+(?:multiple|several|various|many)\s+(?:locations|teams|cities|sites)\b|\bopen\s+to\s+(?:any|all|multiple)\s+(?:of\s+(?:the|our)\s+)?locations\b/i,
  /\bthis\s+(?:position|role|job)\s+(?:is\s+)?(?:located|based)\s+in\b|\bmultiple\s+(?:locations|openings|positions)\s+(?:are\s+)?available\b/i,
  /\bproceso\s+de\s+selecci[óo]n\b|\bprocessus\s+de\s+recrutement\b|\bprocesso\s+di\s+selezione\b|\bbewerbungs(?:prozess|verfahren)\b|\bsollicitatieprocedure\b|\bproces\s+rekrutacji\b|\brekryteringsprocess\b|\bişe\s+alım\s+süreci\b|選考|面接|面试|面試|면접|المقابلة/i,
];

/**
 * Word lists and templates for the deterministic demo data: categories, product templates,
 * the real counties the demo sellers come from, names and story fragments. Pure data; the
 * generator (generate.ts) combines them with a seeded PRNG.
 *
 * County codes are current GB/T 2260 codes checked against the regions table at seed time
 * (`assertCountyProfiles`); `poverty` must agree with the 832 list, so a wrong code fails loudly.
 */

/** The fixed reference time every demo date counts back from (never Date.now(): determinism). */
export const REFERENCE_DATE = new Date("2026-11-01T00:00:00Z");
/** The year seller ages are computed against. */
export const REFERENCE_YEAR = 2026;
/** Age range for young sellers (DESIGN: rural young sellers; demo sellers are adults). */
export const SELLER_AGE = { min: 18, max: 35 } as const;

export const CATEGORY_HANDLES = [
  "honey",
  "tea",
  "fruit",
  "nuts",
  "grains-oils",
  "mushrooms",
  "dried-goods",
  "handicrafts",
  "textiles",
  "spices",
] as const;
export type CategoryHandle = (typeof CATEGORY_HANDLES)[number];

export interface CategoryDef {
  handle: CategoryHandle;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** What the family does, for seller stories ("养蜂"). */
  craftZh: string;
  /** Shop-name endings that fit the category ("蜂场"). */
  shopNouns: readonly string[];
  /** Last sentence of a product description: storage or care. */
  careZh: readonly string[];
}

export const CATEGORIES: readonly CategoryDef[] = [
  {
    handle: "honey",
    nameZh: "蜂蜜",
    nameEn: "Honey",
    descriptionZh: "深山蜂场的成熟蜜、椴树蜜和蜂巢蜜，农户自家摇蜜，不兑糖、不加热。",
    descriptionEn:
      "Ripe honey, linden honey and honeycomb from mountain apiaries, extracted by the beekeeping families themselves.",
    craftZh: "养蜂",
    shopNouns: ["蜂场", "蜜坊", "蜂蜜小铺"],
    careZh: [
      "常温避光保存即可，天冷结晶是正常现象，温水隔瓶化开就好。",
      "请用干燥的勺子取蜜，开封后拧紧瓶盖，常温存放。",
    ],
  },
  {
    handle: "tea",
    nameZh: "茶叶",
    nameEn: "Tea",
    descriptionZh: "高山茶园的绿茶、红茶、黑茶和普洱，从采摘到炒制都在产地完成。",
    descriptionEn:
      "Green, black, dark and pu-erh teas from mountain gardens, picked and processed where they grow.",
    craftZh: "种茶制茶",
    shopNouns: ["茶园", "茶坊", "茶舍"],
    careZh: [
      "请密封、避光、防潮存放，远离异味，冷藏风味更持久。",
      "开封后尽快饮用，剩余茶叶请封口放在阴凉干燥处。",
    ],
  },
  {
    handle: "fruit",
    nameZh: "新鲜水果",
    nameEn: "Fresh fruit",
    descriptionZh: "当季现摘的苹果、脐橙、猕猴桃和黄桃，果园直发，坏果包赔。",
    descriptionEn:
      "Apples, navel oranges, kiwifruit and peaches picked in season and shipped straight from the orchard.",
    craftZh: "种果树",
    shopNouns: ["果园", "鲜果铺", "果庄"],
    careZh: [
      "收到后请尽快开箱通风，放在阴凉处或冷藏，坏果拍照联系我们包赔。",
      "鲜果以重量计，个头大小会有差异，收到后请及时检查。",
    ],
  },
  {
    handle: "nuts",
    nameZh: "坚果",
    nameEn: "Nuts",
    descriptionZh: "山地核桃和核桃仁，自然晾晒，颗粒饱满。",
    descriptionEn: "Mountain walnuts and walnut kernels, sun-dried and hand-sorted.",
    craftZh: "种核桃",
    shopNouns: ["山货铺", "核桃园", "坚果铺"],
    careZh: ["请密封存放在阴凉干燥处，夏季建议冷藏，防止出油变味。"],
  },
  {
    handle: "grains-oils",
    nameZh: "米面粮油",
    nameEn: "Grains & oils",
    descriptionZh: "梯田红米、香糯、小米、藜麦和山茶油，小农户种植，产地加工。",
    descriptionEn:
      "Terrace red rice, fragrant glutinous rice, millet, quinoa and camellia oil from smallholder farms.",
    craftZh: "种粮食",
    shopNouns: ["粮仓", "米铺", "粮油铺"],
    careZh: [
      "请密封存放在阴凉干燥处，避免高温和阳光直射。",
      "开封后请尽快食用，剩余部分扎紧袋口防潮。",
    ],
  },
  {
    handle: "mushrooms",
    nameZh: "菌菇",
    nameEn: "Mushrooms & fungi",
    descriptionZh: "段木黑木耳、花菇、银耳，自然晾干，泡发率高。",
    descriptionEn: "Log-grown black fungus, flower shiitake and white fungus, naturally dried.",
    craftZh: "种木耳香菇",
    shopNouns: ["菌园", "山珍铺", "菌菇坊"],
    careZh: ["干品请密封防潮，食用前用清水泡发，泡发后尽快烹饪。"],
  },
  {
    handle: "dried-goods",
    nameZh: "干货特产",
    nameEn: "Dried goods",
    descriptionZh: "红枣、粉条、笋干等地方特产，传统晾晒工艺。",
    descriptionEn:
      "Red dates, potato noodles, dried bamboo shoots and other local specialities, traditionally dried.",
    craftZh: "做山里的干货",
    shopNouns: ["干货铺", "特产店", "土货铺"],
    careZh: ["请放在阴凉干燥处，开封后密封保存，梅雨季节可冷藏。"],
  },
  {
    handle: "handicrafts",
    nameZh: "手工艺品",
    nameEn: "Handicrafts",
    descriptionZh: "竹编、苗银、古法造纸，出自村里的老手艺人和年轻学徒。",
    descriptionEn:
      "Bamboo weaving, Miao silverwork and handmade paper by village artisans and their young apprentices.",
    craftZh: "做手艺",
    shopNouns: ["手作坊", "手工坊", "匠人铺"],
    careZh: [
      "纯手工制作，每件细节略有不同，这是手作的味道。",
      "请避免长时间暴晒和受潮，偶尔用软布擦拭即可。",
    ],
  },
  {
    handle: "textiles",
    nameZh: "民族织绣",
    nameEn: "Textiles & embroidery",
    descriptionZh: "苗绣、蜡染、马尾绣和土家织锦，一针一线都是非遗手艺。",
    descriptionEn:
      "Miao embroidery, batik, horsetail embroidery and Tujia brocade, intangible-heritage crafts stitched by hand.",
    craftZh: "刺绣织布",
    shopNouns: ["绣坊", "织锦坊", "蜡染坊"],
    careZh: [
      "建议手洗或干洗，不可暴晒，蜡染轻微掉色属正常现象。",
      "纯手工绣制，图案与照片会有细微差别。",
    ],
  },
  {
    handle: "spices",
    nameZh: "香辛调料",
    nameEn: "Spices & seasonings",
    descriptionZh: "大红袍花椒、高原干辣椒、油辣椒和酸汤，地道山里味道。",
    descriptionEn:
      "Red-robe Sichuan pepper, highland chillies, chilli oil and sour soup base — the taste of the hills.",
    craftZh: "种辣椒花椒",
    shopNouns: ["椒园", "调料铺", "辣椒坊"],
    careZh: ["请密封避光保存，开封后尽快食用，酱类开封后请冷藏。"],
  },
];

/** A title variant: grade, style or size class, with its price factor. */
export interface Variant {
  zh: string;
  en: string;
  factor: number;
}

/** A packaging option: title label, unit text, weight and the base price range in yuan. */
export interface Spec {
  zh: string;
  en: string;
  unit: string;
  grams: number;
  yuan: readonly [number, number];
}

/** Which picture images.ts draws; defaults to the category's own motif. */
export type Motif =
  | "jar"
  | "comb"
  | "leaves"
  | "tea-cake"
  | "fruit"
  | "kiwi"
  | "walnut"
  | "grain"
  | "bottle"
  | "shiitake"
  | "fungus"
  | "dates"
  | "noodles"
  | "basket"
  | "silver"
  | "paper"
  | "embroidery"
  | "batik"
  | "chili"
  | "pepper";

export interface ProductTemplate {
  key: string;
  /** ASCII slug used in product handles. */
  slug: string;
  category: CategoryHandle;
  nameZh: string;
  nameEn: string;
  /** Words put before the name in some titles ("高山"). */
  prefixes: readonly string[];
  variants: readonly Variant[];
  specs: readonly Spec[];
  /** Product-specific description sentences; two are chosen per product. */
  detailZh: readonly string[];
  motif: Motif;
  /** Main colour of the product in its picture (CSS hex). */
  tint: string;
}

const g = (zh: string, en: string, factor = 1): Variant => ({ zh, en, factor });

export const PRODUCT_TEMPLATES: readonly ProductTemplate[] = [
  // honey
  {
    key: "wildflower-honey",
    slug: "wildflower-honey",
    category: "honey",
    nameZh: "土蜂蜜",
    nameEn: "Wildflower Honey",
    prefixes: ["深山", "高山", "农家", "中华蜂"],
    variants: [
      g("成熟蜜", "Ripe", 1.2),
      g("百花蜜", "Multi-floral", 1),
      g("冬蜜", "Winter Harvest", 1.3),
    ],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/瓶", grams: 500, yuan: [58, 98] },
      { zh: "1千克", en: "1 kg", unit: "1千克/瓶", grams: 1000, yuan: [98, 168] },
      {
        zh: "250克×2瓶礼盒",
        en: "2 × 250 g gift box",
        unit: "2瓶/盒",
        grams: 500,
        yuan: [78, 128],
      },
    ],
    detailZh: [
      "蜂箱放在远离农田的山林里，蜜蜂采的是野桂花、五倍子和各种山花。",
      "一年只取一到两次蜜，等蜜蜂把蜜酿足、封盖之后才摇，水分低、味道浓。",
      "从蜂箱到瓶子只经过过滤，不兑糖、不加热浓缩，保留了花粉和香气。",
    ],
    motif: "jar",
    tint: "#e0a12c",
  },
  {
    key: "linden-honey",
    slug: "linden-honey",
    category: "honey",
    nameZh: "椴树蜜",
    nameEn: "Linden Honey",
    prefixes: ["东北黑蜂", "原始林区", "雪蜜"],
    variants: [
      g("结晶雪蜜", "Creamed", 1.15),
      g("液态蜜", "Liquid", 1),
      g("头茬蜜", "First Harvest", 1.3),
    ],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/瓶", grams: 500, yuan: [68, 108] },
      { zh: "1千克", en: "1 kg", unit: "1千克/瓶", grams: 1000, yuan: [118, 188] },
      { zh: "250克", en: "250 g", unit: "250克/瓶", grams: 250, yuan: [38, 58] },
    ],
    detailZh: [
      "每年七月椴树开花，蜂场就搬进林子里，只采这二十来天的椴树花蜜。",
      "椴树蜜天冷会结晶成雪白细腻的膏状，口感清甜，带一点薄荷似的凉意。",
      "蜂场用的是本地的东北黑蜂，抗寒能力强，是这里的宝贝。",
    ],
    motif: "jar",
    tint: "#f1d27a",
  },
  {
    key: "comb-honey",
    slug: "honeycomb",
    category: "honey",
    nameZh: "蜂巢蜜",
    nameEn: "Honeycomb",
    prefixes: ["原切", "深山", "整块"],
    variants: [g("原巢", "Whole Comb", 1.2), g("切块", "Cut Comb", 1)],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/盒", grams: 500, yuan: [88, 148] },
      { zh: "250克", en: "250 g", unit: "250克/盒", grams: 250, yuan: [48, 78] },
      {
        zh: "1千克家庭装",
        en: "1 kg family pack",
        unit: "1千克/盒",
        grams: 1000,
        yuan: [158, 238],
      },
    ],
    detailZh: [
      "整块巢脾从蜂箱里取出直接切块装盒，可以连蜡一起嚼，蜜香很足。",
      "只取封盖完整的巢脾，每一盒都是蜜蜂自己酿熟的蜜。",
    ],
    motif: "comb",
    tint: "#e8a93a",
  },
  {
    key: "acacia-honey",
    slug: "acacia-honey",
    category: "honey",
    nameZh: "洋槐蜜",
    nameEn: "Acacia Honey",
    prefixes: ["黄土高原", "山地", "农家"],
    variants: [g("头茬", "First Flow", 1.2), g("纯槐花", "Pure Acacia", 1)],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/瓶", grams: 500, yuan: [48, 78] },
      { zh: "1千克", en: "1 kg", unit: "1千克/瓶", grams: 1000, yuan: [88, 138] },
      { zh: "2.5千克桶装", en: "2.5 kg tub", unit: "2.5千克/桶", grams: 2500, yuan: [188, 268] },
    ],
    detailZh: [
      "五月槐花开满山坡，这一季的洋槐蜜颜色浅、清亮透明，不容易结晶。",
      "味道清淡带槐花香，适合冲水，也适合给孩子抹面包。",
    ],
    motif: "jar",
    tint: "#f3d98a",
  },
  // tea
  {
    key: "green-tea",
    slug: "green-tea",
    category: "tea",
    nameZh: "云雾绿茶",
    nameEn: "Cloud-Mist Green Tea",
    prefixes: ["高山", "核心产区", "生态"],
    variants: [
      g("明前特级", "Premium Pre-Qingming", 1.7),
      g("雨前一级", "Grade 1 Pre-Grain-Rain", 1.1),
      g("二级口粮茶", "Everyday Grade 2", 0.7),
    ],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/罐", grams: 250, yuan: [128, 228] },
      { zh: "125克", en: "125 g", unit: "125克/罐", grams: 125, yuan: [68, 118] },
      { zh: "50克尝鲜装", en: "50 g trial pack", unit: "50克/袋", grams: 50, yuan: [29, 49] },
      {
        zh: "250克×2罐礼盒",
        en: "2 × 250 g gift box",
        unit: "2罐/盒",
        grams: 500,
        yuan: [258, 428],
      },
    ],
    detailZh: [
      "茶园在海拔一千米以上的山坡上，春天早晚云雾多，芽叶肥壮、香气高。",
      "采的是一芽一叶初展的嫩芽，当天采摘、当天杀青揉捻烘干。",
      "冲泡后汤色嫩绿明亮，栗香里带着兰花香，回甘明显。",
      "建议用八十五度左右的水冲泡，杯泡、盖碗都合适。",
    ],
    motif: "leaves",
    tint: "#5f9e3f",
  },
  {
    key: "black-tea",
    slug: "black-tea",
    category: "tea",
    nameZh: "工夫红茶",
    nameEn: "Gongfu Black Tea",
    prefixes: ["高山", "古树", "手工"],
    variants: [g("特级", "Premium", 1.5), g("一级", "Grade 1", 1), g("金芽", "Golden Tips", 1.9)],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/罐", grams: 250, yuan: [98, 188] },
      { zh: "100克", en: "100 g", unit: "100克/罐", grams: 100, yuan: [48, 88] },
      { zh: "500克量贩装", en: "500 g value pack", unit: "500克/袋", grams: 500, yuan: [168, 298] },
    ],
    detailZh: [
      "夏秋茶叶经过萎凋、揉捻、发酵、烘干，汤色红亮，带蜜香和薯香。",
      "红茶性温和，加奶加柠檬都好喝，放凉了也不苦涩。",
      "每批茶都由制茶师傅手工控制发酵程度，口感稳定。",
    ],
    motif: "leaves",
    tint: "#8a3b1d",
  },
  {
    key: "dark-tea",
    slug: "dark-tea",
    category: "tea",
    nameZh: "黑茶茯砖",
    nameEn: "Fu Brick Dark Tea",
    prefixes: ["金花", "手筑", "陈年"],
    variants: [
      g("特制茯砖", "Special Brick", 1.4),
      g("标准茯砖", "Standard Brick", 1),
      g("五年陈", "Five-Year Aged", 2),
    ],
    specs: [
      { zh: "1千克", en: "1 kg", unit: "1千克/块", grams: 1000, yuan: [128, 228] },
      { zh: "400克", en: "400 g", unit: "400克/块", grams: 400, yuan: [58, 108] },
      { zh: "2千克", en: "2 kg", unit: "2千克/块", grams: 2000, yuan: [238, 388] },
    ],
    detailZh: [
      "茯砖里长着一粒粒金黄色的“金花”，是发花工艺做得好的标志。",
      "可以煮着喝，也可以闷泡，汤色橙红，带菌花香，越放越醇。",
      "砖茶压制紧实，方便存放，放在通风无异味的地方可以长期存储。",
    ],
    motif: "tea-cake",
    tint: "#4a2b18",
  },
  {
    key: "pu-erh",
    slug: "pu-erh",
    category: "tea",
    nameZh: "古树普洱生茶",
    nameEn: "Ancient-Tree Raw Pu-erh",
    prefixes: ["古茶园", "大树", "春茶"],
    variants: [
      g("头春古树", "First Spring Old Tree", 1.8),
      g("春茶大树", "Spring Big Tree", 1.1),
      g("秋茶", "Autumn Flush", 0.8),
    ],
    specs: [
      { zh: "357克饼", en: "357 g cake", unit: "357克/饼", grams: 357, yuan: [168, 398] },
      { zh: "200克饼", en: "200 g cake", unit: "200克/饼", grams: 200, yuan: [98, 218] },
      { zh: "100克散茶", en: "100 g loose leaf", unit: "100克/袋", grams: 100, yuan: [58, 128] },
    ],
    detailZh: [
      "鲜叶采自树龄上百年的古茶树，手工杀青、日光晒干后压饼。",
      "新茶汤色金黄，入口有苦有涩但化得快，生津回甘持久。",
      "生茶适合存放，几年后的口感会更醇厚，也可以当下品饮。",
    ],
    motif: "tea-cake",
    tint: "#7a5a2a",
  },
  // fruit
  {
    key: "apple",
    slug: "apple",
    category: "fruit",
    nameZh: "红富士苹果",
    nameEn: "Red Fuji Apples",
    prefixes: ["高原", "山地", "冰糖心"],
    variants: [
      g("80-85毫米大果", "Large 80–85 mm", 1.25),
      g("75-80毫米中果", "Medium 75–80 mm", 1),
      g("家庭装小果", "Family Small", 0.75),
    ],
    specs: [
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [39, 59] },
      { zh: "10斤装", en: "5 kg box", unit: "5千克/箱", grams: 5000, yuan: [69, 109] },
      { zh: "12枚礼盒", en: "12-piece gift box", unit: "12枚/盒", grams: 3000, yuan: [79, 129] },
    ],
    detailZh: [
      "果园海拔高、日照长、昼夜温差大，苹果着色均匀，脆甜多汁。",
      "果子在树上挂到十月底才摘，不打蜡、不催熟，切开常能看到糖心。",
      "每个苹果都套袋生长，摘下后人工分级，网套加纸箱打包。",
    ],
    motif: "fruit",
    tint: "#c8312c",
  },
  {
    key: "navel-orange",
    slug: "navel-orange",
    category: "fruit",
    nameZh: "脐橙",
    nameEn: "Navel Oranges",
    prefixes: ["现摘", "原产地", "高山"],
    variants: [g("特大果", "Extra Large", 1.3), g("大果", "Large", 1.1), g("中果", "Medium", 0.9)],
    specs: [
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [35, 55] },
      { zh: "10斤装", en: "5 kg box", unit: "5千克/箱", grams: 5000, yuan: [59, 99] },
      { zh: "20枚礼盒", en: "20-piece gift box", unit: "20枚/盒", grams: 4500, yuan: [88, 138] },
    ],
    detailZh: [
      "橙园在向阳的山坡上，果皮薄、橙瓣脆，果汁多得要用纸巾接着。",
      "下单后才从树上摘，48小时内发出，路上自然转色更甜。",
      "酸甜比刚好，老人孩子都爱吃，也适合榨汁。",
    ],
    motif: "fruit",
    tint: "#ef8a1c",
  },
  {
    key: "kiwi",
    slug: "kiwi",
    category: "fruit",
    nameZh: "红心猕猴桃",
    nameEn: "Red-Heart Kiwifruit",
    prefixes: ["山地", "原产地", "现摘"],
    variants: [g("特大果", "Extra Large", 1.3), g("大果", "Large", 1), g("中果", "Medium", 0.8)],
    specs: [
      { zh: "24枚装", en: "24 pieces", unit: "24枚/箱", grams: 2400, yuan: [69, 119] },
      { zh: "12枚装", en: "12 pieces", unit: "12枚/箱", grams: 1200, yuan: [39, 69] },
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [69, 109] },
    ],
    detailZh: [
      "切开是一圈放射状的红心，果肉细嫩，甜度高、酸味轻。",
      "摘下时还是硬果，收到后和苹果放在一起催熟，捏着微软就能吃。",
      "果园不用膨大剂，果子大小不一，但味道更浓。",
    ],
    motif: "kiwi",
    tint: "#7b6a3a",
  },
  {
    key: "yellow-peach",
    slug: "yellow-peach",
    category: "fruit",
    nameZh: "黄桃",
    nameEn: "Yellow Peaches",
    prefixes: ["高山", "现摘", "锦绣"],
    variants: [
      g("特大果", "Extra Large", 1.3),
      g("精选大果", "Select Large", 1.1),
      g("家庭装", "Family Pack", 0.85),
    ],
    specs: [
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [49, 89] },
      { zh: "3斤装", en: "1.5 kg box", unit: "1.5千克/箱", grams: 1500, yuan: [35, 59] },
      { zh: "8枚礼盒", en: "8-piece gift box", unit: "8枚/盒", grams: 2000, yuan: [69, 109] },
    ],
    detailZh: [
      "黄桃果肉金黄、香气浓，熟透后软糯多汁，带一点点酸。",
      "每个桃子单独包泡沫网套，冷链发货，减少路上磕碰。",
    ],
    motif: "fruit",
    tint: "#f2b33d",
  },
  {
    key: "plum",
    slug: "crisp-plum",
    category: "fruit",
    nameZh: "脆李",
    nameEn: "Crisp Plums",
    prefixes: ["江边", "高山", "现摘"],
    variants: [g("特级大果", "Premium Large", 1.3), g("一级果", "Grade 1", 1)],
    specs: [
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [49, 79] },
      { zh: "3斤装", en: "1.5 kg box", unit: "1.5千克/箱", grams: 1500, yuan: [32, 52] },
      { zh: "10斤装", en: "5 kg box", unit: "5千克/箱", grams: 5000, yuan: [88, 128] },
    ],
    detailZh: [
      "李子表皮带一层白霜，咬下去嘎嘣脆，果肉清甜。",
      "七月成熟，摘下当天装箱，冷藏后口感更脆。",
    ],
    motif: "fruit",
    tint: "#3f6b2a",
  },
  {
    key: "passion-fruit",
    slug: "passion-fruit",
    category: "fruit",
    nameZh: "百香果",
    nameEn: "Passion Fruit",
    prefixes: ["紫皮", "现摘", "原生态"],
    variants: [g("大果", "Large", 1.2), g("中果", "Medium", 1)],
    specs: [
      { zh: "3斤装", en: "1.5 kg box", unit: "1.5千克/箱", grams: 1500, yuan: [29, 45] },
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [42, 66] },
      { zh: "2斤尝鲜装", en: "1 kg trial box", unit: "1千克/箱", grams: 1000, yuan: [22, 32] },
    ],
    detailZh: [
      "果皮起皱说明熟透了，这时候最香最甜，挖出果肉加蜂蜜冲水最好喝。",
      "果园在山脚向阳坡，自然授粉，果汁多、籽粒饱满。",
    ],
    motif: "fruit",
    tint: "#5b2a4f",
  },
  {
    key: "ponkan",
    slug: "ponkan",
    category: "fruit",
    nameZh: "椪柑",
    nameEn: "Ponkan Mandarins",
    prefixes: ["山地", "现摘", "薄皮"],
    variants: [g("大果", "Large", 1.2), g("中果", "Medium", 1)],
    specs: [
      { zh: "5斤装", en: "2.5 kg box", unit: "2.5千克/箱", grams: 2500, yuan: [29, 49] },
      { zh: "10斤装", en: "5 kg box", unit: "5千克/箱", grams: 5000, yuan: [49, 79] },
      { zh: "3斤装", en: "1.5 kg box", unit: "1.5千克/箱", grams: 1500, yuan: [22, 35] },
    ],
    detailZh: [
      "椪柑皮松好剥，果肉化渣，甜中带一点清爽的酸。",
      "十一月到一月是椪柑最好吃的时候，现摘现发。",
    ],
    motif: "fruit",
    tint: "#f0901e",
  },
  // nuts
  {
    key: "walnut",
    slug: "walnut",
    category: "nuts",
    nameZh: "薄皮核桃",
    nameEn: "Thin-Shell Walnuts",
    prefixes: ["山地", "原味", "当季"],
    variants: [
      g("特级大果", "Premium Large", 1.3),
      g("一级果", "Grade 1", 1),
      g("生核桃", "Raw", 0.9),
    ],
    specs: [
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [39, 69] },
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/箱", grams: 2500, yuan: [89, 149] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [22, 38] },
    ],
    detailZh: [
      "壳薄到用手一捏就开，仁饱满、颜色浅，吃起来香而不涩。",
      "白露前后打下核桃，脱青皮后清水洗净，自然晾晒，不漂白。",
      "每颗都经过人工挑选，去掉空壳和坏果。",
    ],
    motif: "walnut",
    tint: "#a77a45",
  },
  {
    key: "walnut-kernel",
    slug: "walnut-kernel",
    category: "nuts",
    nameZh: "核桃仁",
    nameEn: "Walnut Kernels",
    prefixes: ["手剥", "原味", "新鲜"],
    variants: [g("半仁", "Halves", 1.2), g("四分仁", "Quarters", 1)],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/罐", grams: 500, yuan: [49, 89] },
      { zh: "250克", en: "250 g", unit: "250克/罐", grams: 250, yuan: [28, 48] },
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [88, 158] },
    ],
    detailZh: [
      "村里的婶子们手工剥仁，保留完整的仁形，不用机器破壳。",
      "可以直接吃，也适合打豆浆、做点心。",
    ],
    motif: "walnut",
    tint: "#c49a63",
  },
  // grains & oils
  {
    key: "red-rice",
    slug: "red-rice",
    category: "grains-oils",
    nameZh: "梯田红米",
    nameEn: "Terrace Red Rice",
    prefixes: ["哈尼", "老品种", "新米"],
    variants: [g("新米", "New Crop", 1.1), g("糙红米", "Whole Grain", 1)],
    specs: [
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/袋", grams: 2500, yuan: [49, 89] },
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [22, 39] },
      { zh: "5千克", en: "5 kg", unit: "5千克/袋", grams: 5000, yuan: [89, 149] },
    ],
    detailZh: [
      "红米是梯田里种了上千年的老品种，一年只种一季，用山泉水灌溉。",
      "米粒外层是红色的米糠，煮饭香、有嚼劲，和白米按一比二混煮最合适。",
    ],
    motif: "grain",
    tint: "#9c3b2e",
  },
  {
    key: "glutinous-rice",
    slug: "glutinous-rice",
    category: "grains-oils",
    nameZh: "香禾糯",
    nameEn: "Fragrant Glutinous Rice",
    prefixes: ["侗乡", "苗寨", "山泉"],
    variants: [g("新糯", "New Crop", 1.1), g("精选", "Select", 1)],
    specs: [
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/袋", grams: 2500, yuan: [45, 79] },
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [22, 35] },
      { zh: "5千克", en: "5 kg", unit: "5千克/袋", grams: 5000, yuan: [79, 129] },
    ],
    detailZh: [
      "稻田里同时养鱼养鸭，稻谷长得慢，糯米香气特别浓。",
      "蒸出来软糯不粘牙，做糍粑、粽子、甜酒都很好。",
    ],
    motif: "grain",
    tint: "#efe3c2",
  },
  {
    key: "millet",
    slug: "millet",
    category: "grains-oils",
    nameZh: "黄小米",
    nameEn: "Yellow Millet",
    prefixes: ["旱地", "新", "农家"],
    variants: [g("头茬新米", "First Cut New Crop", 1.15), g("精选", "Select", 1)],
    specs: [
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/袋", grams: 2500, yuan: [39, 69] },
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [19, 32] },
      { zh: "500克×4袋", en: "4 × 500 g", unit: "4袋/箱", grams: 2000, yuan: [36, 58] },
    ],
    detailZh: [
      "旱地小米靠天吃饭，生长期长，熬粥时表面能结一层厚厚的米油。",
      "米粒金黄均匀，现碾现发，保留米香。",
    ],
    motif: "grain",
    tint: "#e8b53a",
  },
  {
    key: "quinoa",
    slug: "quinoa",
    category: "grains-oils",
    nameZh: "藜麦",
    nameEn: "Quinoa",
    prefixes: ["高原", "三色", "白"],
    variants: [g("白藜麦", "White", 1), g("三色藜麦", "Tri-Colour", 1.2)],
    specs: [
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [39, 69] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [22, 36] },
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/箱", grams: 2500, yuan: [89, 139] },
    ],
    detailZh: [
      "藜麦种在海拔一千五百米以上的山地，颗粒小而饱满。",
      "煮饭时抓一把和大米一起煮，或者单独煮熟拌沙拉。",
    ],
    motif: "grain",
    tint: "#d9c48f",
  },
  {
    key: "camellia-oil",
    slug: "camellia-oil",
    category: "grains-oils",
    nameZh: "山茶油",
    nameEn: "Camellia Seed Oil",
    prefixes: ["压榨", "古法", "野生"],
    variants: [g("一级压榨", "First Press", 1.2), g("古法木榨", "Wooden-Press", 1.4)],
    specs: [
      { zh: "500毫升", en: "500 ml", unit: "500毫升/瓶", grams: 460, yuan: [58, 98] },
      { zh: "2.5升", en: "2.5 L", unit: "2.5升/桶", grams: 2300, yuan: [218, 358] },
      { zh: "1升", en: "1 L", unit: "1升/瓶", grams: 920, yuan: [108, 178] },
    ],
    detailZh: [
      "油茶树长在山上，十月霜降前后摘果，晒干剥籽后压榨。",
      "茶油烟点高，炒菜不冒烟，凉拌也有一股清香。",
    ],
    motif: "bottle",
    tint: "#e8c547",
  },
  {
    key: "hemp-seed-oil",
    slug: "hemp-seed-oil",
    category: "grains-oils",
    nameZh: "火麻油",
    nameEn: "Hemp Seed Oil",
    prefixes: ["冷榨", "本地", "纯"],
    variants: [g("冷榨", "Cold-Pressed", 1.2), g("物理压榨", "Pressed", 1)],
    specs: [
      { zh: "500毫升", en: "500 ml", unit: "500毫升/瓶", grams: 460, yuan: [68, 128] },
      { zh: "250毫升", en: "250 ml", unit: "250毫升/瓶", grams: 230, yuan: [38, 68] },
      { zh: "1升", en: "1 L", unit: "1升/瓶", grams: 920, yuan: [128, 218] },
    ],
    detailZh: [
      "火麻是这里家家户户都种的作物，火麻籽低温压榨成油。",
      "可以直接拌菜，也可以煮火麻汤，是当地人餐桌上的日常。",
    ],
    motif: "bottle",
    tint: "#9bab3c",
  },
  {
    key: "olive-oil",
    slug: "olive-oil",
    category: "grains-oils",
    nameZh: "特级初榨橄榄油",
    nameEn: "Extra Virgin Olive Oil",
    prefixes: ["河谷", "冷榨", "当季"],
    variants: [g("新油", "New Harvest", 1.1), g("精选", "Select", 1)],
    specs: [
      { zh: "500毫升", en: "500 ml", unit: "500毫升/瓶", grams: 460, yuan: [88, 158] },
      { zh: "250毫升", en: "250 ml", unit: "250毫升/瓶", grams: 230, yuan: [49, 89] },
      {
        zh: "500毫升×2瓶礼盒",
        en: "2 × 500 ml gift box",
        unit: "2瓶/盒",
        grams: 920,
        yuan: [168, 298],
      },
    ],
    detailZh: [
      "油橄榄在河谷里种了几十年，十月采果，二十四小时内冷榨。",
      "新油带青草香和一点辣味，适合凉拌和蘸面包。",
    ],
    motif: "bottle",
    tint: "#8f9a2a",
  },
  {
    key: "buckwheat",
    slug: "tartary-buckwheat",
    category: "grains-oils",
    nameZh: "苦荞米",
    nameEn: "Tartary Buckwheat",
    prefixes: ["高原", "黑", "全胚"],
    variants: [g("全胚芽", "Whole Germ", 1.2), g("精选", "Select", 1)],
    specs: [
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [29, 49] },
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/袋", grams: 2500, yuan: [59, 99] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [16, 26] },
    ],
    detailZh: [
      "苦荞耐寒耐旱，在高寒山区一年只种一季。",
      "可以煮饭煮粥，也可以炒香后泡茶，有淡淡的麦香。",
    ],
    motif: "grain",
    tint: "#6b5a3a",
  },
  // mushrooms & fungi
  {
    key: "black-fungus",
    slug: "black-fungus",
    category: "mushrooms",
    nameZh: "黑木耳",
    nameEn: "Black Fungus",
    prefixes: ["秦岭", "段木", "小碗耳"],
    variants: [g("特级小碗耳", "Premium Small Cup", 1.3), g("一级", "Grade 1", 1)],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [39, 69] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [69, 119] },
      { zh: "100克×3袋", en: "3 × 100 g", unit: "3袋/盒", grams: 300, yuan: [49, 79] },
    ],
    detailZh: [
      "木耳挂在大棚里的吊袋上生长，山泉水喷淋，朵小肉厚。",
      "晒干后一斤能泡发十斤以上，口感脆嫩，凉拌最好吃。",
      "采收后在阳光下自然晒干，不用烘干机。",
    ],
    motif: "fungus",
    tint: "#2b2220",
  },
  {
    key: "shiitake",
    slug: "shiitake",
    category: "mushrooms",
    nameZh: "干花菇",
    nameEn: "Dried Flower Shiitake",
    prefixes: ["段木", "深山", "厚肉"],
    variants: [
      g("白花菇", "White Flower", 1.4),
      g("茶花菇", "Tea Flower", 1.1),
      g("香菇片", "Sliced", 0.8),
    ],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [39, 79] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [69, 138] },
      { zh: "150克礼罐", en: "150 g gift jar", unit: "150克/罐", grams: 150, yuan: [36, 58] },
    ],
    detailZh: [
      "香菇长在青冈木段上，冬天慢慢长，菌盖上裂出白色的花纹。",
      "泡发后香味很浓，炖鸡、焖饭、做卤都合适。",
    ],
    motif: "shiitake",
    tint: "#7a4a2a",
  },
  {
    key: "white-fungus",
    slug: "white-fungus",
    category: "mushrooms",
    nameZh: "银耳",
    nameEn: "White Fungus",
    prefixes: ["段木", "山里", "本色"],
    variants: [g("特级", "Premium", 1.4), g("一级", "Grade 1", 1), g("碎耳", "Pieces", 0.7)],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [49, 99] },
      { zh: "100克", en: "100 g", unit: "100克/袋", grams: 100, yuan: [25, 45] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [88, 168] },
    ],
    detailZh: [
      "段木银耳颜色微黄，不是雪白，因为没有用硫磺熏。",
      "小火慢炖一个小时就能出胶，加冰糖、红枣炖成银耳羹。",
    ],
    motif: "fungus",
    tint: "#f1e6c4",
  },
  {
    key: "morel",
    slug: "morel",
    category: "mushrooms",
    nameZh: "羊肚菌干",
    nameEn: "Dried Morels",
    prefixes: ["高山", "林下", "精选"],
    variants: [g("大朵", "Large", 1.3), g("中朵", "Medium", 1)],
    specs: [
      { zh: "50克", en: "50 g", unit: "50克/罐", grams: 50, yuan: [69, 128] },
      { zh: "100克", en: "100 g", unit: "100克/罐", grams: 100, yuan: [128, 228] },
      { zh: "25克尝鲜装", en: "25 g trial jar", unit: "25克/罐", grams: 25, yuan: [38, 66] },
    ],
    detailZh: [
      "羊肚菌春天在林下出菇，采回来后剪掉泥脚，低温烘干。",
      "泡发后炖汤、清炒都很鲜，泡菌的水也别倒掉。",
    ],
    motif: "shiitake",
    tint: "#8c6a48",
  },
  // dried goods
  {
    key: "red-dates",
    slug: "red-dates",
    category: "dried-goods",
    nameZh: "红枣",
    nameEn: "Red Dates",
    prefixes: ["黄河滩", "老树", "自然晾干"],
    variants: [
      g("特级大枣", "Premium Large", 1.3),
      g("一级", "Grade 1", 1),
      g("家庭装", "Family Pack", 0.8),
    ],
    specs: [
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [29, 59] },
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/箱", grams: 2500, yuan: [59, 109] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [16, 32] },
    ],
    detailZh: [
      "枣子在树上红透了才打下来，铺在院子里晒干，皮薄肉厚。",
      "直接吃有股焦糖香，煮粥、泡茶、蒸糕都离不开它。",
      "手工挑掉裂口和虫眼的枣，每颗都干净完整。",
    ],
    motif: "dates",
    tint: "#8c1c1c",
  },
  {
    key: "potato-noodles",
    slug: "potato-noodles",
    category: "dried-goods",
    nameZh: "土豆粉条",
    nameEn: "Potato Starch Noodles",
    prefixes: ["手工", "农家", "纯"],
    variants: [g("宽粉", "Wide", 1.1), g("细粉", "Thin", 1)],
    specs: [
      { zh: "2.5千克", en: "2.5 kg", unit: "2.5千克/箱", grams: 2500, yuan: [39, 59] },
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [19, 29] },
      { zh: "500克×3袋", en: "3 × 500 g", unit: "3袋/箱", grams: 1500, yuan: [29, 45] },
    ],
    detailZh: [
      "用本地土豆打的淀粉，冬天在户外冻干，不加明矾。",
      "煮不烂、有嚼劲，炖菜、凉拌、涮火锅都好吃。",
    ],
    motif: "noodles",
    tint: "#e6dcc0",
  },
  {
    key: "bamboo-shoots",
    slug: "dried-bamboo-shoots",
    category: "dried-goods",
    nameZh: "笋干",
    nameEn: "Dried Bamboo Shoots",
    prefixes: ["高山", "野生", "农家"],
    variants: [g("笋尖", "Tips", 1.3), g("笋片", "Slices", 1)],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [29, 59] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [52, 98] },
      { zh: "150克", en: "150 g", unit: "150克/袋", grams: 150, yuan: [19, 36] },
    ],
    detailZh: [
      "春笋破土后挖回来，煮熟切片，用柴火慢慢烘干。",
      "泡发后炖肉特别香，是过年餐桌上少不了的菜。",
    ],
    motif: "noodles",
    tint: "#c9a86a",
  },
  {
    key: "lily-bulbs",
    slug: "dried-lily",
    category: "dried-goods",
    nameZh: "百合干",
    nameEn: "Dried Lily Bulbs",
    prefixes: ["无硫", "山地", "手剥"],
    variants: [g("特级", "Premium", 1.3), g("一级", "Grade 1", 1)],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [35, 65] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [62, 118] },
    ],
    detailZh: [
      "百合一瓣瓣手工剥开，开水烫过后晒干，颜色微黄，没有熏硫。",
      "煮绿豆汤、百合粥时放一把，口感粉糯微苦回甘。",
    ],
    motif: "dates",
    tint: "#efe0b8",
  },
  // handicrafts
  {
    key: "bamboo-basket",
    slug: "bamboo-basket",
    category: "handicrafts",
    nameZh: "手工竹编收纳篮",
    nameEn: "Handwoven Bamboo Basket",
    prefixes: ["侗家", "老篾匠", "楠竹"],
    variants: [g("大号", "Large", 1.3), g("中号", "Medium", 1), g("小号", "Small", 0.75)],
    specs: [
      { zh: "单个", en: "single", unit: "1个", grams: 400, yuan: [59, 129] },
      { zh: "两件套", en: "set of 2", unit: "2个/套", grams: 800, yuan: [108, 228] },
      { zh: "带盖款", en: "with lid", unit: "1个", grams: 500, yuan: [79, 159] },
    ],
    detailZh: [
      "选三年生的楠竹，破篾、刮青、编织全靠手工，一个篮子要编大半天。",
      "篮子透气结实，放水果、放毛线、放杂物都合适。",
      "编篮子的是村里的老篾匠，年轻人跟着学，手艺才传得下去。",
    ],
    motif: "basket",
    tint: "#c89b5a",
  },
  {
    key: "silver-bracelet",
    slug: "silver-bracelet",
    category: "handicrafts",
    nameZh: "苗银錾花手镯",
    nameEn: "Miao Chased Silver Bracelet",
    prefixes: ["手工", "苗家", "传统"],
    variants: [
      g("蝴蝶纹", "Butterfly Motif", 1.2),
      g("水波纹", "Wave Motif", 1),
      g("素面", "Plain", 0.8),
    ],
    specs: [
      { zh: "开口可调", en: "adjustable", unit: "1只", grams: 35, yuan: [168, 398] },
      { zh: "宽版", en: "wide", unit: "1只", grams: 55, yuan: [288, 568] },
      { zh: "细版", en: "slim", unit: "1只", grams: 20, yuan: [128, 268] },
    ],
    detailZh: [
      "银匠用小锤和錾子一下下敲出花纹，蝴蝶妈妈是苗族银饰里最常见的图案。",
      "手镯开口可以微调大小，佩戴久了会有自然的包浆。",
      "每只手镯花纹都略有不同，附带手艺人签名的卡片。",
    ],
    motif: "silver",
    tint: "#b9c0c8",
  },
  {
    key: "bark-paper",
    slug: "handmade-paper",
    category: "handicrafts",
    nameZh: "古法构皮纸",
    nameEn: "Handmade Mulberry-Bark Paper",
    prefixes: ["手抄", "古法", "植物"],
    variants: [g("花草纸", "Pressed Flowers", 1.3), g("本色纸", "Natural", 1)],
    specs: [
      { zh: "10张", en: "10 sheets", unit: "10张/卷", grams: 300, yuan: [49, 99] },
      { zh: "信笺本", en: "letter pad", unit: "1本", grams: 200, yuan: [39, 69] },
      { zh: "30张", en: "30 sheets", unit: "30张/包", grams: 900, yuan: [128, 228] },
    ],
    detailZh: [
      "用构树皮蒸煮、捶打成浆，再一张张手工抄纸、贴在墙上晾干。",
      "纸面柔韧、纤维清晰，写毛笔字、做手账、包装礼物都好看。",
    ],
    motif: "paper",
    tint: "#efe6cf",
  },
  // textiles
  {
    key: "miao-embroidery",
    slug: "miao-embroidery",
    category: "textiles",
    nameZh: "苗绣",
    nameEn: "Miao Embroidery",
    prefixes: ["手工", "破线绣", "非遗"],
    variants: [
      g("挂画", "Wall Hanging", 1.6),
      g("零钱包", "Coin Purse", 0.5),
      g("杯垫四件套", "Coaster Set", 0.6),
    ],
    specs: [
      { zh: "红黑配色", en: "red & black", unit: "1件", grams: 150, yuan: [128, 298] },
      { zh: "靛蓝配色", en: "indigo", unit: "1件", grams: 150, yuan: [128, 298] },
      { zh: "彩色", en: "multicolour", unit: "1件", grams: 150, yuan: [138, 318] },
    ],
    detailZh: [
      "绣娘把一根丝线劈成十几股来绣，图案是祖辈传下来的蝴蝶、鱼和鸟。",
      "一幅绣片要绣上好几天，是寨子里妇女在农闲时一针一线完成的。",
      "每卖出一件，绣娘按件拿到手工费，不用离开家就能挣钱。",
    ],
    motif: "embroidery",
    tint: "#b3262e",
  },
  {
    key: "batik",
    slug: "batik",
    category: "textiles",
    nameZh: "蓝染蜡染",
    nameEn: "Indigo Batik",
    prefixes: ["手绘", "植物蓝", "古法"],
    variants: [
      g("方巾", "Square Scarf", 1),
      g("桌旗", "Table Runner", 1.3),
      g("帆布包", "Tote Bag", 0.9),
    ],
    specs: [
      { zh: "漩涡纹", en: "spiral pattern", unit: "1件", grams: 120, yuan: [88, 188] },
      { zh: "鸟纹", en: "bird pattern", unit: "1件", grams: 120, yuan: [98, 198] },
      { zh: "花草纹", en: "floral pattern", unit: "1件", grams: 120, yuan: [88, 178] },
    ],
    detailZh: [
      "用铜刀蘸蜂蜡在白布上画出图案，再放进板蓝根发酵的染缸里反复浸染。",
      "去蜡之后，蓝底白花的纹路带着自然的冰裂纹，每一件都独一无二。",
    ],
    motif: "batik",
    tint: "#1f3a6b",
  },
  {
    key: "horsetail-embroidery",
    slug: "horsetail-embroidery",
    category: "textiles",
    nameZh: "马尾绣",
    nameEn: "Horsetail Embroidery",
    prefixes: ["水族", "手工", "非遗"],
    variants: [
      g("胸针", "Brooch", 0.6),
      g("挂饰", "Hanging Ornament", 1),
      g("手包", "Clutch", 1.8),
    ],
    specs: [
      { zh: "黑底", en: "black ground", unit: "1件", grams: 80, yuan: [98, 198] },
      { zh: "蓝底", en: "blue ground", unit: "1件", grams: 80, yuan: [98, 198] },
    ],
    detailZh: [
      "马尾绣用白丝线紧紧缠住马尾毛做成绣线，盘绣出立体的轮廓。",
      "图案多是水族传统的鱼纹和花纹，结实耐用，不怕变形。",
    ],
    motif: "embroidery",
    tint: "#263a5a",
  },
  {
    key: "tujia-brocade",
    slug: "tujia-brocade",
    category: "textiles",
    nameZh: "土家织锦",
    nameEn: "Tujia Brocade",
    prefixes: ["西兰卡普", "手织", "非遗"],
    variants: [
      g("围巾", "Scarf", 1.2),
      g("抱枕套", "Cushion Cover", 1),
      g("书签三件套", "Bookmark Set", 0.4),
    ],
    specs: [
      { zh: "四十八勾纹", en: "48-hook pattern", unit: "1件", grams: 200, yuan: [128, 268] },
      { zh: "台台花纹", en: "tai-tai flower pattern", unit: "1件", grams: 200, yuan: [118, 248] },
    ],
    detailZh: [
      "西兰卡普在木织机上一梭一梭织出来，反面挑花、正面成纹。",
      "色彩浓烈，几何纹样里藏着土家人的山和河。",
    ],
    motif: "embroidery",
    tint: "#c2462a",
  },
  {
    key: "li-brocade",
    slug: "li-brocade",
    category: "textiles",
    nameZh: "黎锦",
    nameEn: "Li Brocade",
    prefixes: ["手织", "黎族", "非遗"],
    variants: [
      g("挂毯", "Tapestry", 1.5),
      g("手机包", "Phone Pouch", 0.6),
      g("披肩", "Shawl", 1.2),
    ],
    specs: [
      { zh: "人纹", en: "human-figure pattern", unit: "1件", grams: 180, yuan: [138, 298] },
      { zh: "蛙纹", en: "frog pattern", unit: "1件", grams: 180, yuan: [128, 288] },
    ],
    detailZh: [
      "黎族妇女坐在地上用腰织机织锦，纺、染、织、绣都是手工。",
      "纹样里的人形纹和蛙纹，记录着黎族的祖先和生活。",
    ],
    motif: "embroidery",
    tint: "#5a2a1a",
  },
  // spices
  {
    key: "sichuan-pepper",
    slug: "sichuan-pepper",
    category: "spices",
    nameZh: "大红袍花椒",
    nameEn: "Red-Robe Sichuan Pepper",
    prefixes: ["头茬", "河谷", "手摘"],
    variants: [g("特级", "Premium", 1.4), g("一级", "Grade 1", 1)],
    specs: [
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [39, 79] },
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [69, 138] },
      { zh: "100克", en: "100 g", unit: "100克/罐", grams: 100, yuan: [22, 36] },
    ],
    detailZh: [
      "花椒颗粒大、颜色红，麻味足、香味正，开口率高、籽少。",
      "七月伏天手工一颗颗摘，在太阳下晒到开口，再筛掉黑籽和枝梗。",
    ],
    motif: "pepper",
    tint: "#a3271b",
  },
  {
    key: "dried-chili",
    slug: "dried-chili",
    category: "spices",
    nameZh: "干辣椒",
    nameEn: "Dried Chillies",
    prefixes: ["朝天", "高原", "农家"],
    variants: [g("特辣", "Extra Hot", 1.1), g("香辣", "Fragrant Medium", 1)],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/袋", grams: 500, yuan: [29, 49] },
      { zh: "250克", en: "250 g", unit: "250克/袋", grams: 250, yuan: [16, 28] },
      { zh: "1千克", en: "1 kg", unit: "1千克/袋", grams: 1000, yuan: [52, 88] },
    ],
    detailZh: [
      "辣椒在地里红透才摘，挂在屋檐下自然风干，颜色红亮。",
      "香味比辣味更突出，炒菜、做油泼辣子、煮火锅都合适。",
    ],
    motif: "chili",
    tint: "#c1231b",
  },
  {
    key: "chili-sauce",
    slug: "chili-oil",
    category: "spices",
    nameZh: "油辣椒",
    nameEn: "Chilli Crisp Oil",
    prefixes: ["手工", "糍粑", "农家"],
    variants: [
      g("香辣", "Fragrant", 1),
      g("特辣", "Extra Hot", 1.05),
      g("牛肉款", "With Beef", 1.4),
    ],
    specs: [
      { zh: "280克", en: "280 g", unit: "280克/瓶", grams: 280, yuan: [19, 36] },
      { zh: "280克×3瓶", en: "3 × 280 g", unit: "3瓶/箱", grams: 840, yuan: [49, 89] },
      { zh: "500克", en: "500 g", unit: "500克/瓶", grams: 500, yuan: [32, 56] },
    ],
    detailZh: [
      "本地辣椒和菜籽油、花生、芝麻一起小火慢熬，香而不燥。",
      "拌面、拌饭、蘸菜都行，是家里妈妈的做法。",
    ],
    motif: "chili",
    tint: "#a8281c",
  },
  {
    key: "sour-soup",
    slug: "red-sour-soup",
    category: "spices",
    nameZh: "红酸汤",
    nameEn: "Red Sour Soup Base",
    prefixes: ["苗家", "自然发酵", "古法"],
    variants: [g("原味", "Original", 1), g("微辣", "Mildly Spicy", 1.05)],
    specs: [
      { zh: "500克", en: "500 g", unit: "500克/瓶", grams: 500, yuan: [19, 35] },
      { zh: "500克×2瓶", en: "2 × 500 g", unit: "2瓶/箱", grams: 1000, yuan: [35, 62] },
    ],
    detailZh: [
      "用野生毛辣果和辣椒装坛自然发酵几个月，酸得清爽。",
      "煮鱼、煮火锅、做酸汤粉，加一勺就是苗家的味道。",
    ],
    motif: "chili",
    tint: "#d0432a",
  },
];

/** A product a county is known for: a template, optionally under the county's own name for it. */
export interface Signature {
  key: string;
  nameZh?: string;
  nameEn?: string;
}

/** A real county a demo seller comes from. */
export interface CountyProfile {
  code: string;
  /** Current name, exactly as in the regions table. */
  name: string;
  /** Short name used in titles ("雷山"). */
  short: string;
  pinyin: string;
  /** Whether the county is one of the 832 (checked against regions at seed time). */
  poverty: boolean;
  /** One true, general sentence about the place (not about a product: it opens every description). */
  geoZh: string;
  products: readonly (string | Signature)[];
  /** Names that fit the place better than the general pool. */
  names?: readonly string[];
}

export const COUNTY_PROFILES: readonly CountyProfile[] = [
  // 贵州
  {
    code: "522634",
    name: "雷山县",
    short: "雷山",
    pinyin: "leishan",
    poverty: true,
    geoZh: "雷山县在黔东南的雷公山脚下，森林茂密，常年云雾缭绕。",
    products: [
      { key: "green-tea", nameZh: "银球茶", nameEn: "Silver Ball Tea" },
      "green-tea",
      "miao-embroidery",
      "silver-bracelet",
    ],
    names: ["阿榜", "阿花", "仰欧", "阿妹", "金花"],
  },
  {
    code: "522633",
    name: "从江县",
    short: "从江",
    pinyin: "congjiang",
    poverty: true,
    geoZh: "从江县地处月亮山区，侗寨苗寨依山傍水，稻田层层叠叠。",
    products: ["glutinous-rice", "ponkan", "sour-soup"],
    names: ["阿英", "银花", "小龙"],
  },
  {
    code: "522636",
    name: "丹寨县",
    short: "丹寨",
    pinyin: "danzhai",
    poverty: true,
    geoZh: "丹寨县是黔东南的苗族聚居县，山间溪流多，寨子依山而建。",
    products: ["batik", "bark-paper", "black-tea"],
  },
  {
    code: "520328",
    name: "湄潭县",
    short: "湄潭",
    pinyin: "meitan",
    poverty: true,
    geoZh: "湄潭县在黔北的丘陵盆地里，气候温和，空气湿润。",
    products: [{ key: "green-tea", nameZh: "翠芽", nameEn: "Cuiya Green Tea" }, "black-tea"],
  },
  {
    code: "522732",
    name: "三都水族自治县",
    short: "三都",
    pinyin: "sandu",
    poverty: true,
    geoZh: "三都是全国唯一的水族自治县，都柳江从县城边流过。",
    products: ["horsetail-embroidery", "glutinous-rice", "chili-sauce"],
  },
  {
    code: "520526",
    name: "威宁彝族回族苗族自治县",
    short: "威宁",
    pinyin: "weining",
    poverty: true,
    geoZh: "威宁地处乌蒙山区，海拔高、日照足，昼夜温差大。",
    products: ["apple", "buckwheat", "dried-chili"],
  },
  // 云南
  {
    code: "532823",
    name: "勐腊县",
    short: "勐腊",
    pinyin: "mengla",
    poverty: true,
    geoZh: "勐腊县在西双版纳的最南端，雨林密布，终年温暖湿润。",
    products: [
      { key: "pu-erh", nameZh: "易武古树普洱生茶", nameEn: "Yiwu Ancient-Tree Raw Pu-erh" },
      "passion-fruit",
      "wildflower-honey",
    ],
    names: ["玉香", "岩温", "依罕"],
  },
  {
    code: "532528",
    name: "元阳县",
    short: "元阳",
    pinyin: "yuanyang",
    poverty: true,
    geoZh: "元阳的哈尼梯田依山而建，森林、村寨、梯田和水系连成一体。",
    products: ["red-rice", "wildflower-honey"],
    names: ["阿波", "阿秀", "小梅"],
  },
  {
    code: "530828",
    name: "澜沧拉祜族自治县",
    short: "澜沧",
    pinyin: "lancang",
    poverty: true,
    geoZh: "澜沧县在澜沧江西岸的群山里，拉祜族、布朗族等民族世代在这里生活。",
    products: [
      { key: "pu-erh", nameZh: "景迈山古树普洱生茶", nameEn: "Jingmai Ancient-Tree Raw Pu-erh" },
      "black-tea",
      "wildflower-honey",
    ],
    names: ["娜朵", "扎努", "娜保"],
  },
  {
    code: "532626",
    name: "丘北县",
    short: "丘北",
    pinyin: "qiubei",
    poverty: true,
    geoZh: "丘北县在滇东南的喀斯特山区，红土地上日照充足。",
    products: ["dried-chili", "chili-sauce"],
  },
  // 陕西
  {
    code: "610630",
    name: "宜川县",
    short: "宜川",
    pinyin: "yichuan",
    poverty: true,
    geoZh: "宜川县地处陕北黄土高原，海拔一千米上下，日照长、昼夜温差大。",
    products: ["apple", "acacia-honey"],
  },
  {
    code: "610621",
    name: "延长县",
    short: "延长",
    pinyin: "yanchang",
    poverty: true,
    geoZh: "延长县在延河下游，黄土沟壑纵横，光照充足。",
    products: ["apple", "millet"],
  },
  {
    code: "611026",
    name: "柞水县",
    short: "柞水",
    pinyin: "zhashui",
    poverty: true,
    geoZh: "柞水县在秦岭南麓，山清水秀，林地占了全县的大部分。",
    products: ["black-fungus", "shiitake", "wildflower-honey"],
  },
  {
    code: "611021",
    name: "洛南县",
    short: "洛南",
    pinyin: "luonan",
    poverty: true,
    geoZh: "洛南县在秦岭东段的洛河源头，山地多、气候凉爽。",
    products: ["walnut", "walnut-kernel"],
  },
  {
    code: "610828",
    name: "佳县",
    short: "佳县",
    pinyin: "jiaxian",
    poverty: true,
    geoZh: "佳县在陕北，县城就建在黄河边的山崖上，土层深厚、日照充足。",
    products: ["red-dates", "millet"],
  },
  {
    code: "610924",
    name: "紫阳县",
    short: "紫阳",
    pinyin: "ziyang",
    poverty: true,
    geoZh: "紫阳县在汉江上游的大巴山北麓，土壤富含硒。",
    products: [
      { key: "green-tea", nameZh: "富硒绿茶", nameEn: "Selenium-Rich Green Tea" },
      "black-tea",
    ],
  },
  // 甘肃
  {
    code: "620826",
    name: "静宁县",
    short: "静宁",
    pinyin: "jingning",
    poverty: true,
    geoZh: "静宁县在陇东黄土高原上，海拔高、光照足、昼夜温差大。",
    products: ["apple", "walnut"],
  },
  {
    code: "621202",
    name: "武都区",
    short: "武都",
    pinyin: "wudu",
    poverty: true,
    geoZh: "武都区在陇南的白龙江河谷里，气候温润，山高谷深。",
    products: ["sichuan-pepper", "olive-oil"],
  },
  // 四川
  {
    code: "511921",
    name: "通江县",
    short: "通江",
    pinyin: "tongjiang",
    poverty: true,
    geoZh: "通江县在大巴山南麓，森林茂密、雨水充沛。",
    products: ["white-fungus", "shiitake"],
  },
  {
    code: "510822",
    name: "青川县",
    short: "青川",
    pinyin: "qingchuan",
    poverty: true,
    geoZh: "青川县地处川甘陕三省交界的山区，森林覆盖率高。",
    products: ["black-fungus", "shiitake", "wildflower-honey"],
  },
  {
    code: "510824",
    name: "苍溪县",
    short: "苍溪",
    pinyin: "cangxi",
    poverty: true,
    geoZh: "苍溪县在嘉陵江中游的丘陵山区，气候温和、雨量充沛。",
    products: ["kiwi", "walnut"],
  },
  // 湖南
  {
    code: "433125",
    name: "保靖县",
    short: "保靖",
    pinyin: "baojing",
    poverty: true,
    geoZh: "保靖县在湘西的武陵山区，山高雾多，溪河纵横。",
    products: [
      { key: "green-tea", nameZh: "黄金茶", nameEn: "Huangjin Green Tea" },
      "tujia-brocade",
    ],
  },
  {
    code: "430923",
    name: "安化县",
    short: "安化",
    pinyin: "anhua",
    poverty: true,
    geoZh: "安化县在湘中的雪峰山北段，资江穿城而过，云雾多、湿度大。",
    products: ["dark-tea", "black-tea"],
  },
  {
    code: "430225",
    name: "炎陵县",
    short: "炎陵",
    pinyin: "yanling",
    poverty: true,
    geoZh: "炎陵县在罗霄山脉中段，山高林密，早晚温差大。",
    products: ["yellow-peach", "bamboo-shoots"],
  },
  // 江西
  {
    code: "360734",
    name: "寻乌县",
    short: "寻乌",
    pinyin: "xunwu",
    poverty: true,
    geoZh: "寻乌县在赣粤闽三省交界的丘陵山区，红壤疏松、雨热同季。",
    products: ["navel-orange", "passion-fruit"],
  },
  {
    code: "360827",
    name: "遂川县",
    short: "遂川",
    pinyin: "suichuan",
    poverty: true,
    geoZh: "遂川县在井冈山南麓，山高林密，常有云雾。",
    products: [
      { key: "green-tea", nameZh: "狗牯脑茶", nameEn: "Gouguna Green Tea" },
      "camellia-oil",
    ],
  },
  // 河北
  {
    code: "130624",
    name: "阜平县",
    short: "阜平",
    pinyin: "fuping",
    poverty: true,
    geoZh: "阜平县在太行山深处，山多地少，气候冷凉。",
    products: ["red-dates", "shiitake"],
  },
  // 广西
  {
    code: "450225",
    name: "融水苗族自治县",
    short: "融水",
    pinyin: "rongshui",
    poverty: true,
    geoZh: "融水县在桂北的大苗山里，山高林密，溪水清澈。",
    products: ["glutinous-rice", "bamboo-basket", "bamboo-shoots"],
  },
  {
    code: "450226",
    name: "三江侗族自治县",
    short: "三江",
    pinyin: "sanjiang",
    poverty: true,
    geoZh: "三江县是侗族聚居的地方，村村寨寨都有鼓楼和风雨桥。",
    products: [
      { key: "green-tea", nameZh: "早春茶", nameEn: "Early Spring Green Tea" },
      "bamboo-basket",
    ],
  },
  {
    code: "451227",
    name: "巴马瑶族自治县",
    short: "巴马",
    pinyin: "bama",
    poverty: true,
    geoZh: "巴马县是桂西北的山区县，石山连绵，盘阳河从山间流过。",
    products: ["hemp-seed-oil", "wildflower-honey"],
  },
  // 湖北
  {
    code: "420325",
    name: "房县",
    short: "房县",
    pinyin: "fangxian",
    poverty: true,
    geoZh: "房县在鄂西北的大山里，林地多，气候温和湿润。",
    products: ["black-fungus", "shiitake"],
  },
  {
    code: "420527",
    name: "秭归县",
    short: "秭归",
    pinyin: "zigui",
    poverty: true,
    geoZh: "秭归县在长江西陵峡两岸，江边谷地冬暖夏凉。",
    products: ["navel-orange", "green-tea"],
  },
  {
    code: "422801",
    name: "恩施市",
    short: "恩施",
    pinyin: "enshi",
    poverty: true,
    geoZh: "恩施在武陵山区腹地，土壤富硒，山间常年云雾缭绕。",
    products: [
      { key: "green-tea", nameZh: "玉露", nameEn: "Yulu Steamed Green Tea" },
      "chili-sauce",
    ],
  },
  // 河南
  {
    code: "411224",
    name: "卢氏县",
    short: "卢氏",
    pinyin: "lushi",
    poverty: true,
    geoZh: "卢氏县在豫西伏牛山区，山多林密，是河南森林最多的县之一。",
    products: ["acacia-honey", "walnut", "shiitake"],
  },
  {
    code: "411523",
    name: "新县",
    short: "新县",
    pinyin: "xinxian",
    poverty: true,
    geoZh: "新县在大别山腹地，山清水秀，雨量充沛。",
    products: [{ key: "green-tea", nameZh: "信阳毛尖", nameEn: "Xinyang Maojian" }, "camellia-oil"],
  },
  // 安徽
  {
    code: "341524",
    name: "金寨县",
    short: "金寨",
    pinyin: "jinzhai",
    poverty: true,
    geoZh: "金寨县在大别山北麓，山高水长，森林茂密。",
    products: [
      { key: "green-tea", nameZh: "六安瓜片", nameEn: "Lu'an Guapian" },
      "wildflower-honey",
    ],
  },
  {
    code: "340828",
    name: "岳西县",
    short: "岳西",
    pinyin: "yuexi",
    poverty: true,
    geoZh: "岳西县是大别山里的高山县，平均海拔六百米以上。",
    products: [{ key: "green-tea", nameZh: "翠兰", nameEn: "Yuexi Cuilan" }, "morel"],
  },
  // 重庆
  {
    code: "500229",
    name: "城口县",
    short: "城口",
    pinyin: "chengkou",
    poverty: true,
    geoZh: "城口县在重庆最北边的大巴山深处，森林覆盖率高。",
    products: ["wildflower-honey", "comb-honey", "walnut"],
  },
  {
    code: "500237",
    name: "巫山县",
    short: "巫山",
    pinyin: "wushan",
    poverty: true,
    geoZh: "巫山县在长江三峡边上，江边坡地光照充足。",
    products: ["plum", "navel-orange"],
  },
  {
    code: "500240",
    name: "石柱土家族自治县",
    short: "石柱",
    pinyin: "shizhu",
    poverty: true,
    geoZh: "石柱县是土家族聚居的山区，山地多、气候温和。",
    products: ["dried-chili", "chili-sauce", "tujia-brocade"],
  },
  // 黑龙江 / 吉林
  {
    code: "230524",
    name: "饶河县",
    short: "饶河",
    pinyin: "raohe",
    poverty: true,
    geoZh: "饶河县在乌苏里江边，完达山的原始林区里椴树成片。",
    products: ["linden-honey", "comb-honey"],
  },
  {
    code: "222424",
    name: "汪清县",
    short: "汪清",
    pinyin: "wangqing",
    poverty: true,
    geoZh: "汪清县在长白山余脉，林地广、夏季凉爽。",
    products: ["black-fungus", "linden-honey"],
  },
  // 山西
  {
    code: "140926",
    name: "静乐县",
    short: "静乐",
    pinyin: "jingle",
    poverty: true,
    geoZh: "静乐县在吕梁山区的汾河上游，旱地多、昼夜温差大。",
    products: ["quinoa", "millet"],
  },
  {
    code: "140722",
    name: "左权县",
    short: "左权",
    pinyin: "zuoquan",
    poverty: true,
    geoZh: "左权县在太行山西麓，山地多、光照足。",
    products: ["walnut", "millet"],
  },
  // 海南
  {
    code: "469025",
    name: "白沙黎族自治县",
    short: "白沙",
    pinyin: "baisha",
    poverty: true,
    geoZh: "白沙县在海南中部的山区，雨林环绕，气候温暖湿润。",
    products: [{ key: "green-tea", nameZh: "白沙绿茶", nameEn: "Baisha Green Tea" }, "li-brocade"],
  },
  {
    code: "469001",
    name: "五指山市",
    short: "五指山",
    pinyin: "wuzhishan",
    poverty: true,
    geoZh: "五指山市在海南岛最高的山脚下，雨林环绕、空气湿润。",
    products: [
      { key: "black-tea", nameZh: "五指山红茶", nameEn: "Wuzhishan Black Tea" },
      "li-brocade",
    ],
  },
  // 新疆 / 宁夏
  {
    code: "653221",
    name: "和田县",
    short: "和田",
    pinyin: "hetian",
    poverty: true,
    geoZh: "和田县在昆仑山北麓的绿洲上，日照长、降水少、昼夜温差大。",
    products: ["walnut", "red-dates"],
    names: ["古丽", "艾力", "阿依", "努尔"],
  },
  {
    code: "640422",
    name: "西吉县",
    short: "西吉",
    pinyin: "xiji",
    poverty: true,
    geoZh: "西吉县在六盘山西麓，气候冷凉，山地多、耕地干旱。",
    products: ["potato-noodles", "buckwheat"],
  },
  // Not among the 832 (neighbours of listed counties): products show without the 832 label.
  {
    code: "610629",
    name: "洛川县",
    short: "洛川",
    pinyin: "luochuan",
    poverty: false,
    geoZh: "洛川县在渭北黄土高原上，塬面平坦开阔，和宜川县相邻。",
    products: ["apple"],
  },
  {
    code: "522601",
    name: "凯里市",
    short: "凯里",
    pinyin: "kaili",
    poverty: false,
    geoZh: "凯里是黔东南的州府所在地，苗族侗族的手艺和饮食在这里汇聚。",
    products: ["sour-soup", "batik", "miao-embroidery"],
  },
  {
    code: "532801",
    name: "景洪市",
    short: "景洪",
    pinyin: "jinghong",
    poverty: false,
    geoZh: "景洪市在澜沧江畔，是西双版纳的州府，气候终年温暖。",
    products: [
      "passion-fruit",
      { key: "pu-erh", nameZh: "南糯山普洱生茶", nameEn: "Nannuo Mountain Raw Pu-erh" },
    ],
  },
  {
    code: "341525",
    name: "霍山县",
    short: "霍山",
    pinyin: "huoshan",
    poverty: false,
    geoZh: "霍山县在大别山腹地，和金寨、岳西相邻，山高林密。",
    products: [{ key: "green-tea", nameZh: "黄芽", nameEn: "Huoshan Yellow Bud" }, "shiitake"],
  },
  // Pending applicants (not public yet).
  {
    code: "522630",
    name: "台江县",
    short: "台江",
    pinyin: "taijiang",
    poverty: true,
    geoZh: "台江县是黔东南的苗族聚居县，清水江从县北流过。",
    products: ["miao-embroidery", "silver-bracelet"],
  },
  {
    code: "433130",
    name: "龙山县",
    short: "龙山",
    pinyin: "longshan",
    poverty: true,
    geoZh: "龙山县在湘鄂渝交界的武陵山区，酉水从县境流过。",
    products: ["lily-bulbs", "tujia-brocade"],
  },
];

/**
 * Counties of the 40 verified demo sellers, all on the 832 list, in 40 counties of 18 provinces.
 * Profiles not named here (湄潭, 丘北, 延长, …) are still used by the test factories.
 */
export const VERIFIED_POVERTY_COUNTIES: readonly string[] = [
  "522634",
  "522633",
  "522636",
  "522732",
  "520526",
  "532823",
  "532528",
  "530828",
  "610630",
  "611026",
  "611021",
  "610828",
  "620826",
  "621202",
  "511921",
  "510822",
  "510824",
  "433125",
  "430923",
  "430225",
  "360734",
  "360827",
  "130624",
  "450225",
  "450226",
  "451227",
  "420325",
  "422801",
  "411224",
  "341524",
  "340828",
  "500229",
  "500237",
  "500240",
  "230524",
  "222424",
  "140926",
  "140722",
  "469025",
  "653221",
];
/** Sellers from counties that are not on the 832 list. */
export const VERIFIED_OTHER_COUNTIES: readonly string[] = ["610629", "522601", "532801", "341525"];
/** Applicants awaiting verification. */
export const PENDING_COUNTIES: readonly string[] = ["522630", "433130"];

/** Given names and familiar forms only — owner display names carry no personal data. */
export const OWNER_NAMES: readonly string[] = [
  "阿花",
  "小李",
  "小燕",
  "春梅",
  "金凤",
  "小龙",
  "阿强",
  "志刚",
  "海燕",
  "晓丽",
  "建华",
  "秀英",
  "阿妹",
  "小芳",
  "红霞",
  "国庆",
  "小军",
  "丽娟",
  "明亮",
  "阿福",
  "小雪",
  "春燕",
  "文杰",
  "小梅",
  "阿亮",
  "桂芳",
  "晓东",
  "佳佳",
  "小敏",
  "玉兰",
  "大伟",
  "小静",
  "阿勇",
  "婷婷",
  "小峰",
  "秋菊",
  "小芹",
  "阿光",
  "海波",
  "晓燕",
  "小慧",
  "阿才",
  "丽萍",
  "小鹏",
  "金莲",
  "小红",
  "永强",
  "小兰",
  "阿军",
  "彩霞",
  "小凤",
  "志明",
];

/** Where young people went to work before coming home (for stories). */
export const WORK_CITIES: readonly string[] = [
  "广州",
  "深圳",
  "东莞",
  "杭州",
  "上海",
  "成都",
  "厦门",
  "宁波",
  "苏州",
  "昆明",
  "西安",
  "长沙",
];

/** Shop-name qualifiers. */
export const SHOP_QUALIFIERS: readonly string[] = [
  "云上",
  "山里",
  "青苗",
  "老寨",
  "溪边",
  "向阳",
  "半山",
  "山那边",
  "乡味",
  "村口",
];

/**
 * Story templates. Placeholders: {county} {short} {city} {years} {craft} {households}
 * {product} {year}.
 */
export const STORY_TEMPLATES: readonly string[] = [
  "我在{city}打工{years}年，{year}年回到{county}老家。家里世代{craft}，可好东西一直卖不出大山。现在我和村里{households}户乡亲一起把{product}卖到城里，每一单的收入都有一部分回到他们手里。",
  "大学毕业后我回了{county}。看着爷爷奶奶{craft}一辈子，东西好却卖不上价，我就学着拍照、开网店。现在店里的{product}都来自同村的{households}户人家。",
  "以前村里的年轻人都去{city}打工，我也去了{years}年。后来县里有了电商培训，我就回来了。{short}的{product}是真的好，我想让更多人知道。",
  "我是土生土长的{short}人，从小跟着妈妈{craft}。{year}年我注册了这家小店，带着{households}户乡亲一起干。你们买的每一份{product}，我们都认真挑、仔细包。",
  "我在{city}做过快递、送过外卖，知道城里人想要什么。回到{county}后，我把乡亲们的{product}按标准分级包装，希望你们吃得放心。",
];

/** Shop sentences closing a product description. */
export const SHOP_SENTENCES: readonly string[] = [
  "我们和村里的农户签了收购协议，卖出的每一单都有一部分收入回到他们手里。",
  "每一份都由合作社的乡亲们手工挑选，下单后从{short}产地直接发货。",
  "店里的货都来自我们自己村和邻村，量不大，卖完就等下一季。",
  "从地里到您手里只经过我们一家，价格实在，品质我们自己把关。",
];

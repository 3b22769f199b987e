import { OPTION, oneOfAKind, text, variant, type CraftLine } from "../craft-line"

const SILK_CARE = text(
  "Hand wash cold with a mild soap, dry in the shade and iron on the reverse.",
  "បោកដោយដៃក្នុងទឹកត្រជាក់ជាមួយសាប៊ូស្រាល ហាលក្នុងម្លប់ ហើយអ៊ុតពីខាងក្រោយ។"
)

const COTTON_CARE = text(
  "Machine wash cold on a gentle cycle; wash dark colours separately the first time.",
  "អាចបោកក្នុងម៉ាស៊ីនដោយទឹកត្រជាក់ ហើយបោកពណ៌ចាស់ដាច់ដោយឡែកនៅលើកដំបូង។"
)

export const HOL_SILK: CraftLine = {
  craft: "hol-silk",
  count: 14,
  summary: text(
    "Weft-ikat silk: the threads are tied and dyed in the pattern before a single pick is woven.",
    "សូត្រហូល៖ អំបោះត្រូវចង និងជ្រលក់ពណ៌តាមក្បាច់ មុនពេលចាប់ផ្ដើមត្បាញ។"
  ),
  items: [
    {
      key: "hol-silk-scarf",
      name: text("hol silk scarf", "កន្សែងសូត្រហូល"),
      about: text(
        "A long, light scarf of about 180 × 45 cm, woven from Cambodian silk and finished with short hand-twisted fringes.",
        "កន្សែងវែង និងស្រាល ទំហំប្រហែល ១៨០ × ៤៥ ស.ម ត្បាញពីសូត្រខ្មែរ មានរំយោលរមួលដោយដៃ។"
      ),
      option: OPTION.colour,
      variants: [variant("Lac red", "ក្រហមល័ក្ខ", 4800), variant("Indigo", "ខៀវត្រាំ", 4800)],
      materials: ["silk", "lac", "indigo"],
      weightGrams: 90,
      shape: "cloth",
    },
    {
      key: "hol-sampot",
      name: text("hol sampot length", "សំពត់ហូល"),
      about: text(
        "A skirt length of hol, the cloth Khmer women wear to weddings and pagoda festivals; about 90 cm wide, to be tailored or simply wrapped.",
        "សំពត់ហូលសម្រាប់ស្លៀកទៅពិធីមង្គលការ និងបុណ្យនៅវត្ត ទទឹងប្រហែល ៩០ ស.ម អាចកាត់ដេរ ឬស្លៀកព័ទ្ធបាន។"
      ),
      option: OPTION.length,
      variants: [variant("2 m", "២ ម៉ែត្រ", 14500), variant("3 m", "៣ ម៉ែត្រ", 21000)],
      materials: ["silk", "lac", "prohut", "indigo"],
      weightGrams: 320,
      shape: "cloth",
    },
    {
      key: "hol-silk-shawl",
      name: text("hol silk shawl", "ស្បៃសូត្រហូល"),
      about: text(
        "A generous 200 × 70 cm shawl, warm enough for air-conditioned evenings and light enough to pack.",
        "ស្បៃធំ ទំហំ ២០០ × ៧០ ស.ម កក់ក្ដៅល្មមសម្រាប់ពេលល្ងាចត្រជាក់ ហើយស្រាលងាយយកតាមខ្លួន។"
      ),
      option: OPTION.colour,
      variants: [
        variant("Ebony black", "ខ្មៅមក្លឿ", 7800),
        variant("Prohut yellow", "លឿងប្រហូត", 7800),
      ],
      materials: ["silk", "makloeur", "prohut"],
      weightGrams: 180,
      shape: "cloth",
    },
    {
      key: "hol-table-runner",
      name: text("hol silk table runner", "ក្រណាត់ក្រាលតុសូត្រហូល"),
      about: text(
        "A table runner backed with cotton so it lies flat, with the ikat motif running its full length.",
        "ក្រណាត់ក្រាលតុ មានស្រទាប់កប្បាសខាងក្រោយ ដើម្បីឲ្យរាបស្មើ ហើយក្បាច់ហូលរត់ពេញប្រវែង។"
      ),
      option: OPTION.length,
      variants: [variant("150 cm", "១៥០ ស.ម", 5600), variant("200 cm", "២០០ ស.ម", 6800)],
      materials: ["silk", "cotton", "lac"],
      weightGrams: 260,
      shape: "cloth",
    },
    {
      key: "hol-cushion-cover",
      name: text("hol silk cushion cover", "ស្រោមខ្នើយសូត្រហូល"),
      about: text(
        "A cushion cover with a hidden zip: hol silk on the front, plain phamuong silk on the back.",
        "ស្រោមខ្នើយមានរ៉ូតលាក់ ខាងមុខជាសូត្រហូល ខាងក្រោយជាសូត្រផាមួងពណ៌សុទ្ធ។"
      ),
      option: OPTION.size,
      variants: [
        variant("40 × 40 cm", "៤០ × ៤០ ស.ម", 3200),
        variant("50 × 50 cm", "៥០ × ៥០ ស.ម", 3800),
      ],
      materials: ["silk", "lac", "indigo"],
      weightGrams: 140,
      shape: "cloth",
    },
    {
      key: "pidan-hanging",
      name: text("pidan ceremonial hanging", "ពិដាន"),
      about: text(
        "A pidan is the pictorial hol hung above altars and in pagodas; this one measures about 160 × 85 cm and comes with a wooden hanging rod.",
        "ពិដាន គឺជាក្រណាត់ហូលមានរូបភាព សម្រាប់ព្យួរពីលើអាសនៈ និងក្នុងវត្ត។ ផ្ទាំងនេះមានទំហំប្រហែល ១៦០ × ៨៥ ស.ម ភ្ជាប់ជាមួយដំបងឈើសម្រាប់ព្យួរ។"
      ),
      option: OPTION.piece,
      variants: [oneOfAKind(38000)],
      materials: ["silk", "lac", "indigo", "prohut"],
      weightGrams: 650,
      shape: "cloth",
      stock: "one-of-a-kind",
      designKeys: ["bird-and-vine", "temple-step", "lotus-bud"],
    },
  ],
  designs: [
    {
      key: "naga-scale",
      prefix: "Naga-scale",
      km: "ក្បាច់ស្រកានាគ",
      about: text(
        "Its repeating lozenges are read as the scales of the naga, the serpent who guards water and rice in Khmer belief.",
        "ក្បាច់ពេជ្រដដែលៗ តំណាងឲ្យស្រកានាគ ដែលការពារទឹក និងស្រូវតាមជំនឿខ្មែរ។"
      ),
    },
    {
      key: "jasmine-flower",
      prefix: "Jasmine-flower",
      km: "ក្បាច់ផ្កាម្លិះ",
      about: text(
        "Small eight-petalled flowers are scattered over the ground, each one reserved from the dye by hand-tied knots.",
        "ផ្កាតូចៗប្រាំបីត្របកត្រូវបានរាយពេញផ្ទៃ ដោយការចងអំបោះដោយដៃ កុំឲ្យជាប់ពណ៌។"
      ),
    },
    {
      key: "temple-step",
      prefix: "Temple-step",
      km: "ក្បាច់ថ្នាក់ប្រាសាទ",
      about: text(
        "Stepped diamonds rise in tiers, like the towers of an Angkorian temple seen from the causeway.",
        "ក្បាច់ពេជ្រជាថ្នាក់ៗ ឡើងខ្ពស់ដូចកំពូលប្រាសាទសម័យអង្គរ។"
      ),
      premiumUsd: 400,
    },
    {
      key: "bird-and-vine",
      prefix: "Bird-and-vine",
      km: "ក្បាច់បក្សី និងវល្លិ",
      about: text(
        "Pairs of birds face each other between climbing vines, a motif often chosen for wedding cloths.",
        "បក្សីមួយគូៗ បែរមុខដាក់គ្នានៅចន្លោះវល្លិ ជាក្បាច់ដែលគេនិយមសម្រាប់ក្រណាត់មង្គលការ។"
      ),
      premiumUsd: 600,
    },
    {
      key: "lotus-bud",
      prefix: "Lotus-bud",
      km: "ក្បាច់ផ្កាឈូកក្ដោប",
      about: text(
        "Rows of lotus buds, the flower offered at every pagoda, alternate with fine dotted bands.",
        "ជួរផ្កាឈូកក្ដោប ដែលគេយកទៅប្រគេនព្រះនៅវត្ត ឆ្លាស់គ្នាជាមួយខ្សែចំណុចតូចៗ។"
      ),
    },
    {
      key: "raindrop",
      prefix: "Raindrop",
      km: "ក្បាច់ដំណក់ភ្លៀង",
      about: text(
        "Tiny diamonds fall in diagonal lines like the first rain of the wet season.",
        "ពេជ្រតូចៗធ្លាក់ជាជួរទ្រេត ដូចភ្លៀងដំបូងនៃរដូវវស្សា។"
      ),
    },
  ],
  origins: [
    {
      province: "takeo",
      people: "khmer",
      about: text(
        "Woven in Prey Kabbas district, Takeo, where looms stand in the shade beneath the stilt houses.",
        "ត្បាញនៅស្រុកព្រៃកប្បាស ខេត្តតាកែវ ដែលកីត្បាញតាំងនៅក្នុងម្លប់ក្រោមផ្ទះខ្ពស់ៗ។"
      ),
    },
    {
      province: "kandal",
      people: "khmer",
      about: text(
        "Woven on Koh Dach, the Mekong island north of Phnom Penh that is known for its silk.",
        "ត្បាញនៅកោះដាច់ ជាកោះលើទន្លេមេគង្គ ខាងជើងភ្នំពេញ ដែលល្បីខាងសូត្រ។"
      ),
    },
    {
      province: "kampong-cham",
      people: "khmer",
      about: text(
        "Woven in Kampong Cham province, where mulberry was once grown along the Mekong to feed silkworms.",
        "ត្បាញនៅខេត្តកំពង់ចាម ដែលពីមុនគេដាំដើមមនតាមមាត់ទន្លេមេគង្គ ដើម្បីចិញ្ចឹមដង្កូវនាង។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Woven in a family workshop outside Siem Reap that trains young weavers from the nearby villages.",
        "ត្បាញនៅរោងត្បាញគ្រួសារមួយនៅជាយក្រុងសៀមរាប ដែលបង្ហាត់យុវជនមកពីភូមិជិតខាង។"
      ),
    },
  ],
  technique: [
    text(
      "Before weaving, the weft threads are stretched on a frame, tied in the pattern with strips of banana fibre or plastic and dyed, once for every colour.",
      "មុនពេលត្បាញ អ្នកត្បាញចងអំបោះតាមក្បាច់ រួចជ្រលក់ពណ៌ ហើយធ្វើដដែលៗសម្រាប់ពណ៌នីមួយៗ។"
    ),
    text(
      "Because each colour means another round of tying and dyeing, a single cloth can take several weeks from the first knot to the last pass of the shuttle.",
      "ក្រណាត់មួយផ្ទាំងអាចចំណាយពេលច្រើនសប្ដាហ៍ ចាប់ពីការចងដំបូងរហូតដល់ការត្បាញចប់។"
    ),
    text(
      "The slight blur at the edge of every motif is the signature of true ikat: the dye creeps a little way under each tie.",
      "ពណ៌ព្រាលតិចៗនៅគែមក្បាច់ គឺជាសញ្ញានៃហូលពិតប្រាកដ។"
    ),
  ],
  care: SILK_CARE,
}

export const PHAMUONG_SILK: CraftLine = {
  craft: "phamuong-silk",
  count: 10,
  summary: text(
    "Smooth, solid or two-tone silk woven plain or in twill, the cloth of the sampot chang kben.",
    "សូត្រផាមួង៖ សូត្ររលោង ពណ៌សុទ្ធ ឬពីរពណ៌ ជាក្រណាត់សម្រាប់សំពត់ចងក្បិន។"
  ),
  items: [
    {
      key: "phamuong-scarf",
      name: text("phamuong silk scarf", "កន្សែងសូត្រផាមួង"),
      about: text(
        "A scarf that drapes softly and ties easily, with a narrow rolled hem sewn by hand.",
        "កន្សែងទន់ ងាយចង ជាយដេរដោយដៃ។"
      ),
      option: OPTION.size,
      variants: [
        variant("Narrow 30 × 180 cm", "តូច ៣០ × ១៨០ ស.ម", 3400),
        variant("Wide 50 × 180 cm", "ធំ ៥០ × ១៨០ ស.ម", 4200),
      ],
      materials: ["silk"],
      weightGrams: 70,
      shape: "cloth",
    },
    {
      key: "sampot-chang-kben",
      name: text("sampot chang kben length", "សំពត់ចងក្បិន"),
      about: text(
        "Chang kben is the wrapped and tucked trouser-skirt of classical dance and Khmer weddings; this length is enough to wrap one in the traditional way.",
        "សំពត់ចងក្បិន ជាសំលៀកបំពាក់ក្នុងរបាំបុរាណ និងពិធីមង្គលការខ្មែរ។ ប្រវែងនេះគ្រប់គ្រាន់សម្រាប់ស្លៀកតាមរបៀបប្រពៃណី។"
      ),
      option: OPTION.length,
      variants: [variant("3 m", "៣ ម៉ែត្រ", 9800), variant("3.5 m", "៣,៥ ម៉ែត្រ", 11200)],
      materials: ["silk"],
      weightGrams: 380,
      shape: "cloth",
    },
    {
      key: "phamuong-yardage",
      name: text("phamuong silk by the metre", "សូត្រផាមួងគិតជាម៉ែត្រ"),
      about: text(
        "Yardage for tailoring, about 90 cm wide, with a soft drape that suits shirts, dresses and lined jackets.",
        "ក្រណាត់សម្រាប់កាត់ដេរ ទទឹងប្រហែល ៩០ ស.ម ទន់ស័ក្តិសមសម្រាប់អាវ សំលៀកបំពាក់ និងអាវក្រៅ។"
      ),
      option: OPTION.length,
      variants: [
        variant("1 m", "១ ម៉ែត្រ", 2400),
        variant("2 m", "២ ម៉ែត្រ", 4600),
        variant("5 m", "៥ ម៉ែត្រ", 11000),
      ],
      materials: ["silk"],
      weightGrams: 110,
      shape: "cloth",
    },
    {
      key: "phamuong-tie",
      name: text("phamuong silk tie", "ក្រវ៉ាត់សូត្រផាមួង"),
      about: text(
        "A hand-finished tie cut on the bias from a single length of phamuong and lined with cotton.",
        "ក្រវ៉ាត់ដេរដោយដៃ កាត់ពីសូត្រផាមួងតែមួយផ្ទាំង មានស្រទាប់កប្បាស។"
      ),
      option: text("Width", "ទទឹង"),
      variants: [
        variant("Classic 8 cm", "ធម្មតា ៨ ស.ម", 2800),
        variant("Slim 6 cm", "តូច ៦ ស.ម", 2800),
      ],
      materials: ["silk", "cotton"],
      weightGrams: 60,
      shape: "cloth",
    },
    {
      key: "phamuong-pouch",
      name: text("phamuong silk pouch", "កាបូបតូចសូត្រផាមួង"),
      about: text(
        "A drawstring pouch for jewellery or a passport, with a cotton lining and a braided silk cord.",
        "កាបូបតូចមានខ្សែរូត សម្រាប់ដាក់គ្រឿងអលង្ការ ឬលិខិតឆ្លងដែន មានស្រទាប់កប្បាស និងខ្សែសូត្រក្រង។"
      ),
      option: OPTION.set,
      variants: [variant("Single", "១ ដុំ", 1200), variant("Set of 3", "ឈុត ៣ ដុំ", 3200)],
      materials: ["silk", "cotton"],
      weightGrams: 40,
      shape: "cloth",
    },
  ],
  designs: [
    {
      key: "peacock-shot",
      prefix: "Peacock-shot",
      km: "ពណ៌ក្ងោក",
      about: text(
        "A blue warp crossed with a green weft gives the shimmer of a peacock's neck as the cloth moves.",
        "អំបោះបញ្ឈរពណ៌ខៀវ ត្បាញឆ្លងជាមួយអំបោះពណ៌បៃតង ធ្វើឲ្យក្រណាត់ភ្លឺចែងចាំងដូចករក្ងោក។"
      ),
      materials: ["indigo"],
    },
    {
      key: "lac-crimson",
      prefix: "Lac-crimson",
      km: "ពណ៌ក្រហមល័ក្ខ",
      about: text(
        "Dyed a deep crimson with lac, the resin left on branches by a tiny insect and gathered in the northern forests.",
        "ជ្រលក់ពណ៌ក្រហមចាស់ដោយល័ក្ខ ដែលជាជ័រពីសត្វល្អិតតូចៗនៅលើមែកឈើក្នុងព្រៃភាគខាងជើង។"
      ),
      materials: ["lac"],
    },
    {
      key: "golden-silk",
      prefix: "Golden-silk",
      km: "ពណ៌សូត្រលឿង",
      about: text(
        "Left undyed to show the natural gold of Cambodian silkworm breeds, a colour that imported white silk cannot match.",
        "មិនជ្រលក់ពណ៌ ដើម្បីបង្ហាញពណ៌លឿងធម្មជាតិនៃសូត្រខ្មែរ។"
      ),
    },
    {
      key: "ebony-black",
      prefix: "Ebony-black",
      km: "ពណ៌ខ្មៅមក្លឿ",
      about: text(
        "Dyed black with the fruit of the makloeur ebony tree, dipped and sun-dried many times until the colour is deep and even.",
        "ជ្រលក់ពណ៌ខ្មៅដោយផ្លែមក្លឿ ជ្រលក់ និងហាលថ្ងៃច្រើនដង រហូតពណ៌ខ្មៅស្រស់ស្មើ។"
      ),
      materials: ["makloeur"],
    },
    {
      key: "kbach-border",
      prefix: "Kbach-border",
      km: "គែមក្បាច់",
      about: text(
        "A plain ground is finished with a border of supplementary-weft kbach, the flame-like ornament of Khmer art.",
        "ផ្ទៃពណ៌សុទ្ធ មានគែមក្បាច់ខ្មែររាងដូចអណ្ដាតភ្លើង ត្បាញបន្ថែម។"
      ),
      premiumUsd: 500,
    },
  ],
  origins: [
    {
      province: "takeo",
      people: "khmer",
      about: text(
        "Woven in Takeo province, whose weaving villages supply much of the silk sold in Phnom Penh's markets.",
        "ត្បាញនៅខេត្តតាកែវ ដែលភូមិត្បាញផ្គត់ផ្គង់សូត្រភាគច្រើនដែលលក់នៅផ្សារក្នុងភ្នំពេញ។"
      ),
    },
    {
      province: "kandal",
      people: "khmer",
      about: text(
        "Woven on Koh Dach, in a house where three generations share two looms.",
        "ត្បាញនៅកោះដាច់ ក្នុងផ្ទះមួយដែលបីជំនាន់ប្រើកីត្បាញពីររួមគ្នា។"
      ),
    },
    {
      province: "kampong-cham",
      people: "cham",
      about: text(
        "Woven by Cham women in Kampong Cham province, who learned the loom from their mothers.",
        "ត្បាញដោយស្ត្រីជនជាតិចាម នៅខេត្តកំពង់ចាម ដែលរៀនត្បាញពីម្ដាយរបស់ពួកគេ។"
      ),
    },
    {
      province: "banteay-meanchey",
      people: "khmer",
      about: text(
        "Woven in Phnom Srok district, Banteay Meanchey, where a weavers' group raises its own silkworms.",
        "ត្បាញនៅស្រុកភ្នំស្រុក ខេត្តបន្ទាយមានជ័យ ដែលក្រុមអ្នកត្បាញចិញ្ចឹមដង្កូវនាងដោយខ្លួនឯង។"
      ),
    },
  ],
  technique: [
    text(
      "Phamuong is woven plain or in twill from reeled silk, so the cloth is smooth and takes dye evenly.",
      "ផាមួងត្បាញពីសូត្រដែលស្រាវរួច ធ្វើឲ្យក្រណាត់រលោង និងជាប់ពណ៌ស្មើ។"
    ),
    text(
      "The silk is degummed in ash water before dyeing, which softens it and brings out its lustre.",
      "សូត្រត្រូវស្ងោរក្នុងទឹកផេះមុនជ្រលក់ពណ៌ ធ្វើឲ្យទន់ និងភ្លឺរលោង។"
    ),
    text(
      "A skilled weaver completes about a metre a day on a traditional wooden loom.",
      "អ្នកត្បាញជំនាញ អាចត្បាញបានប្រហែលមួយម៉ែត្រក្នុងមួយថ្ងៃ លើកីឈើប្រពៃណី។"
    ),
  ],
  care: SILK_CARE,
}

export const COTTON_KRAMA: CraftLine = {
  craft: "cotton-krama",
  count: 14,
  summary: text(
    "The checked cotton cloth every Cambodian owns, woven on treadle looms in the villages.",
    "ក្រមាកប្បាស៖ ក្រណាត់ក្រឡាដែលប្រជាជនខ្មែរគ្រប់គ្នាមាន ត្បាញលើកីនៅតាមភូមិ។"
  ),
  items: [
    {
      key: "krama",
      name: text("cotton krama", "ក្រមាកប្បាស"),
      about: text(
        "The checked cloth every Cambodian owns: a scarf, a sun hat, a towel or a baby sling, depending on the hour.",
        "ក្រមា ជាក្រណាត់ក្រឡាដែលប្រជាជនខ្មែរគ្រប់គ្នាមាន ប្រើជាកន្សែង មួក កន្សែងជូតខ្លួន ឬចងបីកូន។"
      ),
      option: OPTION.size,
      variants: [
        variant("Standard 50 × 160 cm", "ធម្មតា ៥០ × ១៦០ ស.ម", 900),
        variant("Long 60 × 180 cm", "វែង ៦០ × ១៨០ ស.ម", 1200),
      ],
      materials: ["cotton"],
      weightGrams: 120,
      shape: "cloth",
    },
    {
      key: "krama-tote",
      name: text("krama tote bag", "កាបូបក្រមា"),
      about: text(
        "A sturdy tote sewn from two layers of krama, with long handles that sit comfortably on the shoulder.",
        "កាបូបរឹងមាំ ដេរពីក្រមាពីរស្រទាប់ មានដៃកាន់វែងងាយស្ពាយ។"
      ),
      option: OPTION.size,
      variants: [variant("Medium", "មធ្យម", 1600), variant("Large", "ធំ", 2100)],
      materials: ["cotton"],
      weightGrams: 220,
      shape: "cloth",
    },
    {
      key: "krama-hand-towels",
      name: text("krama hand towels", "កន្សែងជូតដៃក្រមា"),
      about: text(
        "Thin, quick-drying hand towels woven the krama way, softer with every wash.",
        "កន្សែងជូតដៃស្ដើង ស្ងួតលឿន ត្បាញតាមរបៀបក្រមា កាន់តែទន់ក្រោយពេលបោក។"
      ),
      option: OPTION.set,
      variants: [variant("Set of 2", "ឈុត ២ ដុំ", 1100), variant("Set of 4", "ឈុត ៤ ដុំ", 2000)],
      materials: ["cotton"],
      weightGrams: 160,
      shape: "cloth",
    },
    {
      key: "krama-napkins",
      name: text("krama table napkins", "កន្សែងតុក្រមា"),
      about: text(
        "Napkins for hotel and home tables, 40 × 40 cm, hemmed by hand.",
        "កន្សែងតុសម្រាប់សណ្ឋាគារ និងផ្ទះ ទំហំ ៤០ × ៤០ ស.ម ជាយដេរដោយដៃ។"
      ),
      option: OPTION.set,
      variants: [variant("Set of 4", "ឈុត ៤ ដុំ", 1800), variant("Set of 6", "ឈុត ៦ ដុំ", 2600)],
      materials: ["cotton"],
      weightGrams: 200,
      shape: "cloth",
    },
    {
      key: "krama-throw",
      name: text("krama throw", "ភួយក្រមា"),
      about: text(
        "A light 130 × 180 cm throw of wide krama panels joined by hand, for sofas and cool mornings.",
        "ភួយស្រាល ទំហំ ១៣០ × ១៨០ ស.ម ដេរភ្ជាប់ពីក្រមាធំៗដោយដៃ សម្រាប់សាឡុង និងពេលព្រឹកត្រជាក់។"
      ),
      option: OPTION.size,
      variants: [variant("130 × 180 cm", "១៣០ × ១៨០ ស.ម", 3400)],
      materials: ["cotton"],
      weightGrams: 650,
      shape: "cloth",
    },
  ],
  designs: [
    {
      key: "red-and-white",
      prefix: "Red-and-white",
      km: "ក្រឡាក្រហមស",
      about: text(
        "Red and white checks, the colours most families in the countryside reach for first.",
        "ក្រឡាក្រហម និងស ជាពណ៌ដែលគ្រួសារនៅជនបទនិយមជាងគេ។"
      ),
    },
    {
      key: "blue-and-white",
      prefix: "Blue-and-white",
      km: "ក្រឡាខៀវស",
      about: text(
        "Blue and white checks, dyed with indigo in the old way and softened by repeated washing.",
        "ក្រឡាខៀវ និងស ជ្រលក់ពណ៌ត្រាំតាមរបៀបចាស់ ហើយទន់ដោយការបោកច្រើនដង។"
      ),
      materials: ["indigo"],
    },
    {
      key: "rice-green",
      prefix: "Rice-green",
      km: "ក្រឡាបៃតង",
      about: text(
        "Fresh green and yellow checks that recall young rice fields in July.",
        "ក្រឡាបៃតង និងលឿង ដូចស្រែស្រូវខ្ចីនៅខែកក្កដា។"
      ),
    },
    {
      key: "black-and-gold",
      prefix: "Black-and-gold",
      km: "ក្រឡាខ្មៅលឿង",
      about: text(
        "Black checks crossed by golden-yellow lines, a pattern favoured by older men in the villages.",
        "ក្រឡាខ្មៅ មានខ្សែលឿងឆ្លងកាត់ ជាក្បាច់ដែលបុរសចាស់ៗនៅភូមិចូលចិត្ត។"
      ),
    },
    {
      key: "new-year-stripe",
      prefix: "New-Year-stripe",
      km: "ឆ្នូតបុណ្យចូលឆ្នាំ",
      about: text(
        "Bright multicoloured stripes woven for Khmer New Year, when krama are given as gifts.",
        "ឆ្នូតចម្រុះពណ៌ភ្លឺ ត្បាញសម្រាប់បុណ្យចូលឆ្នាំខ្មែរ ពេលគេជូនក្រមាជាកាដូ។"
      ),
    },
  ],
  origins: [
    {
      province: "takeo",
      people: "khmer",
      about: text(
        "Woven in Bati district, Takeo, on the treadle looms found under many houses in the district.",
        "ត្បាញនៅស្រុកបាទី ខេត្តតាកែវ លើកីដែលមាននៅក្រោមផ្ទះជាច្រើនក្នុងស្រុក។"
      ),
    },
    {
      province: "kampong-cham",
      people: "khmer",
      about: text(
        "Woven in Kampong Cham province by a women's group that buys its cotton yarn together to keep costs down.",
        "ត្បាញនៅខេត្តកំពង់ចាម ដោយក្រុមស្ត្រីដែលទិញអំបោះកប្បាសរួមគ្នា ដើម្បីកាត់បន្ថយថ្លៃដើម។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Woven in Siem Reap province by a weaving group that supplies hotels around the temples.",
        "ត្បាញនៅខេត្តសៀមរាប ដោយក្រុមត្បាញដែលផ្គត់ផ្គង់សណ្ឋាគារជុំវិញប្រាសាទ។"
      ),
    },
    {
      province: "battambang",
      people: "khmer",
      about: text(
        "Woven in Battambang province, in a village where the looms fall silent only during the rice harvest.",
        "ត្បាញនៅខេត្តបាត់ដំបង ក្នុងភូមិមួយដែលកីត្បាញឈប់តែពេលច្រូតស្រូវប៉ុណ្ណោះ។"
      ),
    },
    {
      province: "kandal",
      people: "khmer",
      about: text(
        "Woven in Kandal province, close enough to Phnom Penh for the group to deliver to the markets by moto.",
        "ត្បាញនៅខេត្តកណ្ដាល ជិតភ្នំពេញ ដែលក្រុមអាចដឹកទៅផ្សារដោយម៉ូតូ។"
      ),
    },
  ],
  technique: [
    text(
      "The checks come from dyed warp and weft crossing each other; nothing is printed.",
      "ក្រឡាកើតឡើងពីអំបោះបញ្ឈរ និងអំបោះទទឹងដែលជ្រលក់ពណ៌រួច ត្បាញឆ្លងគ្នា មិនមែនបោះពុម្ពទេ។"
    ),
    text(
      "Each piece is cut from the loom with loose warp left at both ends, which is then knotted into fringe by hand.",
      "ក្រណាត់នីមួយៗត្រូវកាត់ចេញពីកី ទុកអំបោះនៅចុងទាំងសងខាង ហើយចងជារំយោលដោយដៃ។"
    ),
    text(
      "Cotton krama shrinks a little at the first wash, which tightens the weave and makes it last for years.",
      "ក្រមាកប្បាសរួញបន្តិចនៅពេលបោកលើកដំបូង ធ្វើឲ្យក្រណាត់ណែន និងប្រើបានយូរឆ្នាំ។"
    ),
  ],
  care: COTTON_CARE,
}

export const BACKSTRAP_WEAVING: CraftLine = {
  craft: "backstrap-weaving",
  count: 14,
  summary: text(
    "Cloth woven on the frameless backstrap loom by Bunong, Kreung, Tampuan and other highland women.",
    "ក្រណាត់ត្បាញលើកីចងចង្កេះ ដោយស្ត្រីជនជាតិព្នង គ្រឹង ទំពួន និងជនជាតិដើមភាគតិចដទៃទៀត។"
  ),
  items: [
    {
      key: "backstrap-blanket",
      name: text("backstrap-woven blanket", "ភួយត្បាញដៃ"),
      about: text(
        "Three narrow panels from the backstrap loom, sewn edge to edge into a warm, heavy blanket.",
        "ក្រណាត់តូចៗបីផ្ទាំង ពីកីចងចង្កេះ ដេរភ្ជាប់គ្នាជាភួយក្រាស់ និងកក់ក្ដៅ។"
      ),
      option: OPTION.size,
      variants: [
        variant("Single 120 × 180 cm", "មួយនាក់ ១២០ × ១៨០ ស.ម", 7800),
        variant("Double 180 × 200 cm", "ពីរនាក់ ១៨០ × ២០០ ស.ម", 11800),
      ],
      materials: ["cotton", "indigo"],
      weightGrams: 1400,
      shape: "cloth",
    },
    {
      key: "wrap-skirt",
      name: text("wrap skirt", "សំពត់ព័ទ្ធ"),
      about: text(
        "A tube skirt in the style worn in the highland villages, woven in two panels joined with a decorative stitch.",
        "សំពត់ដូចដែលស្ត្រីនៅភូមិខ្ពង់រាបស្លៀក ត្បាញពីរផ្ទាំង ហើយដេរភ្ជាប់ដោយថ្នេរលម្អ។"
      ),
      option: OPTION.size,
      variants: [variant("Standard", "ធម្មតា", 4200), variant("Long", "វែង", 4800)],
      materials: ["cotton", "indigo"],
      weightGrams: 450,
      shape: "cloth",
    },
    {
      key: "woven-shoulder-bag",
      name: text("woven shoulder bag", "កាបូបស្ពាយត្បាញដៃ"),
      about: text(
        "A shoulder bag whose strap is woven in one piece on the same loom, lined with plain cotton.",
        "កាបូបស្ពាយ ដែលខ្សែស្ពាយត្បាញជាមួយតែមួយផ្ទាំង លើកីដដែល មានស្រទាប់កប្បាស។"
      ),
      option: OPTION.size,
      variants: [variant("Small", "តូច", 2200), variant("Large", "ធំ", 2800)],
      materials: ["cotton"],
      weightGrams: 260,
      shape: "cloth",
    },
    {
      key: "backstrap-table-runner",
      name: text("backstrap-woven table runner", "ក្រណាត់ក្រាលតុត្បាញដៃ"),
      about: text(
        "A runner the natural width of the backstrap loom, about 35 cm, finished with braided ends.",
        "ក្រណាត់ក្រាលតុ ទទឹងតាមកីចងចង្កេះ ប្រហែល ៣៥ ស.ម ចុងក្រងជាខ្សែ។"
      ),
      option: OPTION.length,
      variants: [variant("150 cm", "១៥០ ស.ម", 3600), variant("200 cm", "២០០ ស.ម", 4400)],
      materials: ["cotton", "indigo"],
      weightGrams: 240,
      shape: "cloth",
    },
    {
      key: "backstrap-scarf",
      name: text("backstrap-woven scarf", "កន្សែងត្បាញដៃ"),
      about: text(
        "A narrow scarf with long twisted fringes, soft from the hand-spun cotton.",
        "កន្សែងតូចមានរំយោលវែង ទន់ដោយសារកប្បាសរវៃដោយដៃ។"
      ),
      option: OPTION.size,
      variants: [variant("Standard", "ធម្មតា", 2600)],
      materials: ["cotton"],
      weightGrams: 120,
      shape: "cloth",
    },
  ],
  designs: [
    {
      key: "bead-band",
      prefix: "Bead-band",
      km: "ក្បាច់អង្កាំ",
      about: text(
        "White glass beads are threaded onto the weft as it is woven, forming bands that catch the light.",
        "អង្កាំកែវពណ៌ស ត្រូវដោតលើអំបោះក្នុងពេលត្បាញ បង្កើតជាខ្សែភ្លឺចែងចាំង។"
      ),
      premiumUsd: 600,
    },
    {
      key: "red-stripe",
      prefix: "Red-stripe",
      km: "ឆ្នូតក្រហម",
      about: text(
        "Bold red stripes on an indigo-black ground, the colours of highland ceremonial dress.",
        "ឆ្នូតក្រហមលើផ្ទៃខ្មៅខៀវ ជាពណ៌នៃសំលៀកបំពាក់ពិធីរបស់ជនជាតិខ្ពង់រាប។"
      ),
    },
    {
      key: "river-zigzag",
      prefix: "River-zigzag",
      km: "ក្បាច់រលកទឹក",
      about: text(
        "A zigzag band said to follow the rivers that run down through the hills.",
        "ក្បាច់រលកទឹក ដែលគេថាតំណាងឲ្យទន្លេហូរកាត់ភ្នំ។"
      ),
    },
    {
      key: "forest-diamond",
      prefix: "Forest-diamond",
      km: "ក្បាច់ពេជ្រព្រៃ",
      about: text(
        "Small diamonds in yellow and white, worked in supplementary weft with a pick-up stick.",
        "ពេជ្រតូចៗពណ៌លឿង និងស ត្បាញបន្ថែមដោយប្រើឈើរើសអំបោះ។"
      ),
      premiumUsd: 400,
    },
    {
      key: "undyed-cotton",
      prefix: "Undyed-cotton",
      km: "កប្បាសធម្មជាតិ",
      about: text(
        "Hand-spun cotton left in its natural cream, with only a thin indigo line at each edge.",
        "កប្បាសរវៃដោយដៃ ទុកពណ៌ធម្មជាតិ មានតែខ្សែខៀវតូចៗនៅគែម។"
      ),
    },
  ],
  origins: [
    {
      province: "ratanakiri",
      people: "kreung",
      about: text(
        "Woven by Kreung women in a village near Banlung, Ratanakiri, between the rice and cashew harvests.",
        "ត្បាញដោយស្ត្រីជនជាតិគ្រឹង នៅភូមិមួយជិតក្រុងបានលុង ខេត្តរតនគិរី នៅចន្លោះរដូវច្រូតស្រូវ និងស្វាយចន្ទី។"
      ),
    },
    {
      province: "ratanakiri",
      people: "tampuan",
      about: text(
        "Woven by Tampuan women from the villages around Yeak Laom lake, Ratanakiri.",
        "ត្បាញដោយស្ត្រីជនជាតិទំពួន មកពីភូមិជុំវិញបឹងយក្សឡោម ខេត្តរតនគិរី។"
      ),
    },
    {
      province: "mondulkiri",
      people: "bunong",
      about: text(
        "Woven by Bunong women in Mondulkiri, who set up the loom on the veranda and strap it around the waist.",
        "ត្បាញដោយស្ត្រីជនជាតិព្នង នៅខេត្តមណ្ឌលគិរី ដែលដាក់កីនៅរានហាល ហើយចងជុំវិញចង្កេះ។"
      ),
    },
    {
      province: "ratanakiri",
      people: "jarai",
      about: text(
        "Woven by Jarai weavers in Andong Meas district, Ratanakiri, close to the Vietnamese border.",
        "ត្បាញដោយអ្នកត្បាញជនជាតិចារ៉ាយ នៅស្រុកអណ្ដូងមាស ខេត្តរតនគិរី ជិតព្រំដែនវៀតណាម។"
      ),
    },
    {
      province: "ratanakiri",
      people: "brao",
      about: text(
        "Woven by Brao women in Ta Veng district, Ratanakiri, on the banks of the Sesan river.",
        "ត្បាញដោយស្ត្រីជនជាតិប្រៅ នៅស្រុកតាវែង ខេត្តរតនគិរី លើមាត់ទន្លេសេសាន។"
      ),
    },
  ],
  technique: [
    text(
      "The backstrap loom has no frame: one end is tied to a post, the other to a strap around the weaver's waist, and she leans back to tension the warp.",
      "កីចងចង្កេះគ្មានស៊ុម៖ ចុងម្ខាងចងនឹងសសរ ចុងម្ខាងទៀតចងនឹងខ្សែជុំវិញចង្កេះអ្នកត្បាញ ហើយនាងផ្អៀងខ្លួនទៅក្រោយ ដើម្បីទាញអំបោះឲ្យតឹង។"
    ),
    text(
      "Patterns are picked out thread by thread with a thin bamboo stick, from memory rather than from a drawing.",
      "ក្បាច់ត្រូវរើសម្ដងមួយសរសៃដោយឈើឫស្សីស្ដើង តាមការចងចាំ មិនមែនតាមគំនូរទេ។"
    ),
    text(
      "Cotton is still grown in some upland fields, spun by hand and dyed with indigo and forest barks.",
      "កប្បាសនៅតែដាំនៅចម្ការខ្លះលើខ្ពង់រាប រវៃដោយដៃ ហើយជ្រលក់ពណ៌ដោយត្រាំ និងសំបកឈើព្រៃ។"
    ),
  ],
  care: COTTON_CARE,
}

import { OPTION, oneOfAKind, text, variant, type CraftLine } from "../craft-line"

export const SILVERWORK: CraftLine = {
  craft: "silverwork",
  count: 12,
  summary: text(
    "Boxes, bowls and jewellery raised and chased by hand, a craft centred on the silversmiths of Koh Chen.",
    "ប្រអប់ ផ្ដិល និងគ្រឿងអលង្ការ វាយ និងឆ្លាក់ដោយដៃ ជាសិប្បកម្មរបស់ជាងប្រាក់នៅភូមិកោះចិន។"
  ),
  items: [
    {
      key: "betel-box",
      name: text("repoussé betel box", "ប្រអប់ស្លា"),
      about: text(
        "A lidded box of the kind once used to carry areca nut and betel leaf, now a keepsake box for rings and earrings.",
        "ប្រអប់មានគម្រប ដែលពីមុនគេប្រើដាក់ស្លា និងម្លូ ឥឡូវប្រើជាប្រអប់ដាក់ចិញ្ចៀន និងក្រវិល។"
      ),
      option: OPTION.size,
      variants: [
        variant("Small 6 cm", "តូច ៦ ស.ម", 6800),
        variant("Medium 9 cm", "មធ្យម ៩ ស.ម", 11000),
      ],
      materials: ["silver"],
      weightGrams: 160,
      shape: "box",
    },
    {
      key: "animal-box",
      name: text("animal-shaped box", "ប្រអប់រាងសត្វ"),
      about: text(
        "A small box in the shape of an animal from Khmer folk tales, its lid lifting off along the back.",
        "ប្រអប់តូចរាងសត្វក្នុងរឿងនិទានខ្មែរ គម្របបើកតាមខ្នង។"
      ),
      option: text("Animal", "សត្វ"),
      variants: [
        variant("Turtle", "អណ្ដើក", 8500),
        variant("Rabbit", "ទន្សាយ", 8500),
        variant("Elephant", "ដំរី", 9500),
      ],
      materials: ["silver"],
      weightGrams: 140,
      shape: "animal-box",
      designKeys: ["beaded-rim", "hammered", "lotus-petal"],
    },
    {
      key: "offering-bowl",
      name: text("silver offering bowl", "ផ្ដិលប្រាក់"),
      about: text(
        "A footed bowl of the kind used to pour water at blessings, raised from a single disc of silver.",
        "ផ្ដិលមានជើង ប្រើសម្រាប់ស្រោចទឹកក្នុងពិធីសូត្រមន្ត វាយចេញពីបន្ទះប្រាក់តែមួយ។"
      ),
      option: OPTION.size,
      variants: [variant("12 cm", "១២ ស.ម", 14000), variant("16 cm", "១៦ ស.ម", 21000)],
      materials: ["silver"],
      weightGrams: 380,
      shape: "bowl",
    },
    {
      key: "bangle",
      name: text("silver bangle", "កងដៃប្រាក់"),
      about: text(
        "A solid bangle, chased by hand on the outside and polished smooth inside so it sits comfortably.",
        "កងដៃប្រាក់ ឆ្លាក់ក្បាច់ដោយដៃខាងក្រៅ ហើយខាត់រលោងខាងក្នុង ពាក់ស្រួល។"
      ),
      option: OPTION.size,
      variants: [
        variant("Small 6 cm", "តូច ៦ ស.ម", 4500),
        variant("Medium 6.5 cm", "មធ្យម ៦,៥ ស.ម", 4500),
        variant("Large 7 cm", "ធំ ៧ ស.ម", 4800),
      ],
      materials: ["silver"],
      weightGrams: 45,
      shape: "ring",
    },
    {
      key: "earrings",
      name: text("silver earrings", "ក្រវិលប្រាក់"),
      about: text(
        "Light earrings cut from sheet silver and worked with the same punches used on the larger boxes.",
        "ក្រវិលស្រាល កាត់ពីបន្ទះប្រាក់ ហើយឆ្លាក់ដោយដែកចោះដូចប្រអប់ធំៗ។"
      ),
      option: text("Style", "រចនាបថ"),
      variants: [variant("Drop", "ព្យួរ", 3200), variant("Stud", "ដោត", 2600)],
      materials: ["silver"],
      weightGrams: 12,
      shape: "earring",
      designKeys: ["lotus-petal", "beaded-rim", "hammered", "kbach-flame"],
    },
  ],
  designs: [
    {
      key: "lotus-petal",
      prefix: "Lotus-petal",
      km: "ក្បាច់ត្របកឈូក",
      about: text(
        "Raised lotus petals open around the piece, pushed out from the back with blunt punches.",
        "ត្របកផ្កាឈូកលេចចេញជុំវិញ ដោយវាយពីខាងក្រោយនឹងដែកចោះមុខទាល។"
      ),
    },
    {
      key: "kbach-flame",
      prefix: "Kbach-flame",
      km: "ក្បាច់អណ្ដាតភ្លើង",
      about: text(
        "Flame-like kbach scrolls, the ornament of temple lintels, are chased in fine relief.",
        "ក្បាច់រាងអណ្ដាតភ្លើង ដូចក្បាច់លើផ្ដែរប្រាសាទ ត្រូវឆ្លាក់ជាចម្លាក់រាក់ៗ។"
      ),
      premiumUsd: 800,
    },
    {
      key: "beaded-rim",
      prefix: "Beaded-rim",
      km: "គែមអង្កាំ",
      about: text(
        "A row of tiny raised beads runs around every edge, each one struck separately.",
        "ជួរអង្កាំតូចៗលេចឡើងជុំវិញគែម ដែលវាយម្ដងមួយៗ។"
      ),
    },
    {
      key: "hammered",
      prefix: "Hammered",
      km: "វាយដោយញញួរ",
      about: text(
        "It is left plain so the soft facets of the hammer catch the light.",
        "ទុកផ្ទៃធម្មតា ដើម្បីឲ្យស្នាមញញួរឆ្លុះពន្លឺ។"
      ),
    },
    {
      key: "apsara",
      prefix: "Apsara",
      km: "ក្បាច់អប្សរា",
      about: text(
        "A dancing apsara, taken from the bas-reliefs of Angkor Wat, is chased on the front.",
        "រូបអប្សរាកំពុងរាំ យកលំនាំពីចម្លាក់ប្រាសាទអង្គរវត្ត ត្រូវឆ្លាក់លើផ្ទៃខាងមុខ។"
      ),
      premiumUsd: 1500,
    },
  ],
  origins: [
    {
      province: "kandal",
      people: "khmer",
      about: text(
        "Made in Koh Chen, a village of silversmiths in Ponhea Leu district, Kandal.",
        "ធ្វើនៅភូមិកោះចិន ជាភូមិជាងប្រាក់ ក្នុងស្រុកពញាឮ ខេត្តកណ្ដាល។"
      ),
    },
    {
      province: "kandal",
      people: "khmer",
      about: text(
        "Made by a father-and-daughter workshop in Kandal province that still melts and rolls its own silver.",
        "ធ្វើដោយរោងជាងឪពុក និងកូនស្រីមួយ នៅខេត្តកណ្ដាល ដែលនៅតែរំលាយ និងរីដប្រាក់ដោយខ្លួនឯង។"
      ),
    },
    {
      province: "phnom-penh",
      people: "khmer",
      about: text(
        "Made in a Phnom Penh workshop near the Russian Market, by smiths trained by masters from Koh Chen.",
        "ធ្វើនៅរោងជាងមួយក្នុងភ្នំពេញ ជិតផ្សារទួលទំពូង ដោយជាងដែលរៀនពីគ្រូជាងកោះចិន។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Made in Siem Reap by a silversmith who trained at a heritage crafts school.",
        "ធ្វើនៅសៀមរាប ដោយជាងប្រាក់ដែលបានរៀននៅសាលាសិប្បកម្មបេតិកភណ្ឌ។"
      ),
    },
  ],
  technique: [
    text(
      "The silver is annealed over a flame between rounds of hammering, so it stays soft enough to work.",
      "ប្រាក់ត្រូវដុតលើភ្លើងនៅចន្លោះការវាយនីមួយៗ ដើម្បីឲ្យទន់ល្មមធ្វើការបាន។"
    ),
    text(
      "Hollow forms begin as a flat disc, hammered over a wooden stake in slow circles until the shape rises.",
      "គ្រឿងប្រហោងចាប់ផ្ដើមពីបន្ទះប្រាក់រាបស្មើ ហើយវាយលើឈើទ្រជារង្វង់យឺតៗ រហូតក្លាយជារាង។"
    ),
    text(
      "Every piece is weighed and stamped with the workshop's mark before it leaves.",
      "គ្រឿងនីមួយៗត្រូវថ្លឹង និងបោះត្រាសញ្ញារោងជាង មុនចេញលក់។"
    ),
  ],
  care: text(
    "Polish gently with a soft cloth and keep it in a closed box to slow tarnishing.",
    "ខាត់ថ្នមៗដោយក្រណាត់ទន់ ហើយទុកក្នុងប្រអប់បិទជិត ដើម្បីកុំឲ្យឆាប់ខ្មៅ។"
  ),
}

export const STONE_CARVING: CraftLine = {
  craft: "stone-carving",
  count: 8,
  summary: text(
    "Sandstone carved with the chisels and motifs of the Angkorian temple builders.",
    "ចម្លាក់ថ្មភក់ ឆ្លាក់ដោយដែក និងក្បាច់របស់អ្នកសាងសង់ប្រាសាទសម័យអង្គរ។"
  ),
  items: [
    {
      key: "relief-panel",
      name: text("relief panel", "ផ្ទាំងចម្លាក់ថ្ម"),
      about: text(
        "A wall panel carved in low relief, with a hanging fixture set into the back.",
        "ផ្ទាំងចម្លាក់ផុសរាក់ សម្រាប់ព្យួរជញ្ជាំង មានឧបករណ៍ព្យួរនៅខាងក្រោយ។"
      ),
      option: OPTION.size,
      variants: [
        variant("30 × 40 cm", "៣០ × ៤០ ស.ម", 18000),
        variant("45 × 60 cm", "៤៥ × ៦០ ស.ម", 32000),
      ],
      materials: ["sandstone"],
      weightGrams: 9000,
      shape: "panel",
    },
    {
      key: "lotus-candle-holder",
      name: text("lotus candle holder", "ជើងទៀនរាងផ្កាឈូក"),
      about: text(
        "A candle holder in the form of an opening lotus, heavy enough to stand steady outdoors.",
        "ជើងទៀនរាងផ្កាឈូកកំពុងរីក ធ្ងន់ល្មមឈរនឹងនៅខាងក្រៅ។"
      ),
      option: OPTION.size,
      variants: [variant("10 cm", "១០ ស.ម", 3800), variant("15 cm", "១៥ ស.ម", 5400)],
      materials: ["sandstone"],
      weightGrams: 1800,
      shape: "lotus",
      designKeys: ["pre-angkorian", "banteay-srei"],
    },
    {
      key: "guardian-lion",
      name: text("guardian lion", "រូបសិង្ហ"),
      about: text(
        "A guardian lion modelled on those that flank the stairways of Angkorian temples; sold singly, so order two for a pair.",
        "រូបសិង្ហអ្នកយាម យកលំនាំពីសិង្ហដែលឈរសងខាងជណ្ដើរប្រាសាទសម័យអង្គរ។ លក់ម្ដងមួយ បើចង់បានមួយគូ សូមកុម្ម៉ង់ពីរ។"
      ),
      option: OPTION.size,
      variants: [variant("30 cm", "៣០ ស.ម", 15000), variant("50 cm", "៥០ ស.ម", 29000)],
      materials: ["sandstone"],
      weightGrams: 14000,
      shape: "lion",
      designKeys: ["bayon-style", "pre-angkorian"],
    },
    {
      key: "naga-bookends",
      name: text("naga bookends", "ទ្រសៀវភៅរាងនាគ"),
      about: text(
        "A pair of bookends, each carved with the fanned heads of a seven-headed naga.",
        "ទ្រសៀវភៅមួយគូ ឆ្លាក់ជាក្បាលនាគប្រាំពីរ។"
      ),
      option: OPTION.set,
      variants: [variant("Pair", "មួយគូ", 8800)],
      materials: ["sandstone"],
      weightGrams: 4200,
      shape: "naga",
      designKeys: ["bayon-style", "banteay-srei"],
    },
    {
      key: "lintel-study",
      name: text("lintel study", "ចម្លាក់ផ្ដែរ"),
      about: text(
        "A carver's study of an Angkorian lintel at reduced scale, about three weeks' work, signed on the back.",
        "ស្នាដៃសិក្សាពីផ្ដែរប្រាសាទសម័យអង្គរ ក្នុងទំហំតូចជាងដើម ចំណាយពេលប្រហែលបីសប្ដាហ៍ និងមានហត្ថលេខានៅខាងក្រោយ។"
      ),
      option: OPTION.piece,
      variants: [oneOfAKind(46000)],
      materials: ["sandstone"],
      weightGrams: 16000,
      shape: "panel",
      stock: "one-of-a-kind",
    },
  ],
  designs: [
    {
      key: "apsara",
      prefix: "Apsara",
      km: "អប្សរា",
      about: text(
        "Its central figure is an apsara, the celestial dancer found by the hundreds on the walls of Angkor Wat.",
        "រូបកណ្ដាលជាអប្សរា ជាទេពអប្សរដែលមានរាប់រយនៅលើជញ្ជាំងប្រាសាទអង្គរវត្ត។"
      ),
    },
    {
      key: "bayon-style",
      prefix: "Bayon-style",
      km: "បែបបាយ័ន",
      about: text(
        "Its calm, half-smiling faces follow the style of the Bayon, the temple at the heart of Angkor Thom.",
        "មុខញញឹមស្ងប់ស្ងាត់ ធ្វើតាមរចនាបថប្រាសាទបាយ័ន នៅកណ្ដាលអង្គរធំ។"
      ),
    },
    {
      key: "banteay-srei",
      prefix: "Banteay Srei",
      km: "បែបបន្ទាយស្រី",
      about: text(
        "Deep, lace-like foliage in the manner of Banteay Srei, the small pink-sandstone temple famous for its fine carving.",
        "ក្បាច់ស្លឹកឈើជ្រៅ និងល្អិតដូចលំអ ធ្វើតាមប្រាសាទបន្ទាយស្រី ដែលល្បីខាងចម្លាក់ល្អិតល្អន់លើថ្មភក់ពណ៌ផ្កាឈូក។"
      ),
      premiumUsd: 2000,
    },
    {
      key: "pre-angkorian",
      prefix: "Pre-Angkorian",
      km: "បែបមុនអង្គរ",
      about: text(
        "Simple, rounded forms drawn from the pre-Angkorian temples of Sambor Prei Kuk in Kampong Thom.",
        "រាងមូលសាមញ្ញ យកលំនាំពីប្រាសាទសម័យមុនអង្គរ នៅសំបូរព្រៃគុក ខេត្តកំពង់ធំ។"
      ),
    },
  ],
  origins: [
    {
      province: "kampong-thom",
      people: "khmer",
      about: text(
        "Carved in Kakaoh commune, Santuk district, Kampong Thom, where stone workshops line National Road 6.",
        "ឆ្លាក់នៅឃុំកកោះ ស្រុកសន្ទុក ខេត្តកំពង់ធំ ដែលរោងឆ្លាក់ថ្មតម្រៀបគ្នាតាមបណ្ដោយផ្លូវជាតិលេខ៦។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Carved in Siem Reap by a carver trained in the restoration workshops of the Angkor temples.",
        "ឆ្លាក់នៅសៀមរាប ដោយជាងដែលបានរៀននៅរោងជួសជុលប្រាសាទអង្គរ។"
      ),
    },
  ],
  technique: [
    text(
      "It is carved from grey-green sandstone, the stone the Angkorian builders used.",
      "ឆ្លាក់ពីថ្មភក់ពណ៌ប្រផេះបៃតង ដូចថ្មដែលគេប្រើសាងសង់ប្រាសាទសម័យអង្គរ។"
    ),
    text(
      "The carver roughs out the form with a point chisel and finishes the detail with small flat chisels.",
      "ជាងឆ្លាក់ធ្វើរាងទូទៅដោយដែកស្រួច ហើយឆ្លាក់ក្បាច់លម្អិតដោយដែកតូចៗ។"
    ),
  ],
  care: text(
    "Indoors, dust with a soft brush; outdoors it will weather and gather moss like temple stone.",
    "នៅក្នុងផ្ទះ ជូតធូលីដោយច្រាសទន់ នៅខាងក្រៅ វានឹងប្រែពណ៌ និងដុះស្លែដូចថ្មប្រាសាទ។"
  ),
}

export const WOOD_CARVING: CraftLine = {
  craft: "wood-carving",
  count: 10,
  summary: text(
    "Panels, bowls and figures carved by hand from reclaimed and replanted wood.",
    "ផ្ទាំង ចាន និងរូបចម្លាក់ ឆ្លាក់ដោយដៃពីឈើប្រើឡើងវិញ និងឈើដាំ។"
  ),
  items: [
    {
      key: "carved-wall-panel",
      name: text("carved wall panel", "ផ្ទាំងឈើឆ្លាក់"),
      about: text(
        "A panel carved in relief from a single board, finished with beeswax and ready to hang.",
        "ផ្ទាំងឆ្លាក់ផុសពីបន្ទះឈើតែមួយ លាបក្រមួនឃ្មុំ រួចរាល់សម្រាប់ព្យួរ។"
      ),
      option: OPTION.size,
      variants: [
        variant("30 × 40 cm", "៣០ × ៤០ ស.ម", 9500),
        variant("40 × 60 cm", "៤០ × ៦០ ស.ម", 15000),
      ],
      materials: ["wood"],
      weightGrams: 2600,
      shape: "panel",
    },
    {
      key: "carved-bowl",
      name: text("carved serving bowl", "ចានឈើឆ្លាក់"),
      about: text(
        "A serving bowl turned and carved from a single block and finished with food-safe rice-bran oil.",
        "ចានឈើធ្វើពីដុំឈើតែមួយ លាបប្រេងកន្ទក់អង្ករ មានសុវត្ថិភាពសម្រាប់ម្ហូប។"
      ),
      option: OPTION.size,
      variants: [variant("20 cm", "២០ ស.ម", 3200), variant("30 cm", "៣០ ស.ម", 4800)],
      materials: ["wood"],
      weightGrams: 700,
      shape: "bowl",
      designKeys: ["kbach-scroll", "lotus", "clean-lined"],
    },
    {
      key: "carved-figure",
      name: text("hand-carved figure", "រូបចម្លាក់ឈើ"),
      about: text(
        "A standing figure carved by hand, its base left slightly rough to show the chisel work.",
        "រូបចម្លាក់ឈរ ឆ្លាក់ដោយដៃ បាតទុករដុបបន្តិច ដើម្បីបង្ហាញស្នាមដែកឆ្លាក់។"
      ),
      option: text("Height", "កម្ពស់"),
      variants: [variant("20 cm", "២០ ស.ម", 5800), variant("35 cm", "៣៥ ស.ម", 11000)],
      materials: ["wood"],
      weightGrams: 1200,
      shape: "figure",
      designKeys: ["hanuman", "elephant", "clean-lined"],
    },
    {
      key: "mirror-frame",
      name: text("carved mirror frame", "ស៊ុមកញ្ចក់ឆ្លាក់"),
      about: text(
        "A mirror in a deep carved frame, the glass set in from the back so it is easily replaced.",
        "កញ្ចក់ក្នុងស៊ុមឆ្លាក់ជ្រៅ កញ្ចក់ដាក់ពីខាងក្រោយ ងាយប្ដូរ។"
      ),
      option: OPTION.size,
      variants: [
        variant("40 × 50 cm", "៤០ × ៥០ ស.ម", 8400),
        variant("60 × 80 cm", "៦០ × ៨០ ស.ម", 14000),
      ],
      materials: ["wood"],
      weightGrams: 3800,
      shape: "frame",
      designKeys: ["kbach-scroll", "lotus", "elephant"],
    },
    {
      key: "carved-spoons",
      name: text("carved spoons", "ស្លាបព្រាឈើ"),
      about: text(
        "Cooking and serving spoons cut from the offcuts of larger carvings, so nothing goes to waste.",
        "ស្លាបព្រាធ្វើម្ហូប និងដួសម្ហូប ធ្វើពីកំណាត់ឈើសល់ពីចម្លាក់ធំៗ ដើម្បីកុំឲ្យខ្ជះខ្ជាយ។"
      ),
      option: OPTION.set,
      variants: [variant("Set of 3", "ឈុត ៣ ដុំ", 1600), variant("Set of 6", "ឈុត ៦ ដុំ", 2900)],
      materials: ["wood"],
      weightGrams: 250,
      shape: "spoons",
      designKeys: ["clean-lined", "elephant", "lotus"],
    },
  ],
  designs: [
    {
      key: "kbach-scroll",
      prefix: "Kbach-scroll",
      km: "ក្បាច់ខ្មែរ",
      about: text(
        "Curling kbach foliage fills the surface, each leaf ending in a flame-like tip.",
        "ក្បាច់ខ្មែររាងស្លឹករួញ ពេញផ្ទៃ ស្លឹកនីមួយៗមានចុងដូចអណ្ដាតភ្លើង។"
      ),
      premiumUsd: 800,
    },
    {
      key: "elephant",
      prefix: "Elephant",
      km: "រូបដំរី",
      about: text(
        "An elephant, patient worker and royal mount in Khmer history, is the central motif.",
        "ដំរី ជាសត្វឧស្សាហ៍ និងជាជំនិះរបស់ព្រះមហាក្សត្រក្នុងប្រវត្តិសាស្ត្រខ្មែរ គឺជាក្បាច់កណ្ដាល។"
      ),
    },
    {
      key: "lotus",
      prefix: "Lotus",
      km: "ផ្កាឈូក",
      about: text(
        "Lotus leaves and flowers rise from a band of water, carved deep enough to cast real shadows.",
        "ស្លឹក និងផ្កាឈូកដុះចេញពីខ្សែទឹក ឆ្លាក់ជ្រៅល្មមឲ្យមានស្រមោលពិតប្រាកដ។"
      ),
    },
    {
      key: "hanuman",
      prefix: "Hanuman",
      km: "ហនុមាន",
      about: text(
        "Hanuman, the white monkey general of the Reamker, is shown in mid-leap.",
        "ហនុមាន មេទ័ពស្វាពណ៌សក្នុងរឿងរាមកេរ្តិ៍ ត្រូវឆ្លាក់ក្នុងឥរិយាបថកំពុងលោត។"
      ),
      premiumUsd: 1000,
    },
    {
      key: "clean-lined",
      prefix: "Clean-lined",
      km: "រាងសាមញ្ញ",
      about: text(
        "It is carved with almost no ornament, leaving the grain of the wood to do the work.",
        "ឆ្លាក់ស្ទើរតែគ្មានក្បាច់ ទុកឲ្យសាច់ឈើបង្ហាញសម្រស់ខ្លួនឯង។"
      ),
    },
  ],
  origins: [
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Carved in Siem Reap by young artisans who trained at a vocational workshop near the old market.",
        "ឆ្លាក់នៅសៀមរាប ដោយសិប្បករវ័យក្មេង ដែលបានរៀននៅរោងជាងបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ ជិតផ្សារចាស់។"
      ),
    },
    {
      province: "kampong-thom",
      people: "khmer",
      about: text(
        "Carved in Kampong Thom province by a family that has worked wood for three generations.",
        "ឆ្លាក់នៅខេត្តកំពង់ធំ ដោយគ្រួសារមួយដែលធ្វើការងារឈើបីជំនាន់មកហើយ។"
      ),
    },
    {
      province: "phnom-penh",
      people: "khmer",
      about: text(
        "Carved in a Phnom Penh workshop that employs carvers with disabilities.",
        "ឆ្លាក់នៅរោងជាងមួយក្នុងភ្នំពេញ ដែលផ្ដល់ការងារដល់ជាងឆ្លាក់ជនពិការ។"
      ),
    },
  ],
  technique: [
    text(
      "The wood is reclaimed or from replanted stock, never from protected forest.",
      "ឈើត្រូវយកមកប្រើឡើងវិញ ឬពីការដាំឡើងវិញ មិនមែនពីព្រៃការពារទេ។"
    ),
    text(
      "The design is drawn straight onto the wood in pencil, then cut with dozens of chisels of different profiles.",
      "ក្បាច់ត្រូវគូរដោយខ្មៅដៃលើឈើផ្ទាល់ ហើយឆ្លាក់ដោយដែកឆ្លាក់រាប់សិបប្រភេទ។"
    ),
    text(
      "It is finished with beeswax rubbed in by hand, which deepens the colour over time.",
      "បញ្ចប់ដោយក្រមួនឃ្មុំ ដែលជូតដោយដៃ ធ្វើឲ្យពណ៌កាន់តែស្រស់តាមពេលវេលា។"
    ),
  ],
  care: text(
    "Keep out of direct sun and rub in a little beeswax once a year.",
    "កុំដាក់ក្រោមពន្លឺថ្ងៃផ្ទាល់ ហើយលាបក្រមួនឃ្មុំបន្តិចម្ដងក្នុងមួយឆ្នាំ។"
  ),
}

export const LACQUER: CraftLine = {
  craft: "lacquer",
  count: 8,
  summary: text(
    "Bowls, boxes and paintings built up from many coats of natural lacquer, some with gold leaf.",
    "ចាន ប្រអប់ និងគំនូរ លាបម្រ័ក្សណ៍ធម្មជាតិច្រើនស្រទាប់ ខ្លះមានស្លឹកមាស។"
  ),
  items: [
    {
      key: "lacquer-bowl",
      name: text("lacquer bowl", "ចានម្រ័ក្សណ៍"),
      about: text(
        "A light bowl for dry things (fruit, keys, bread), built up in layers of lacquer on a turned wooden core.",
        "ចានស្រាលសម្រាប់ដាក់របស់ស្ងួត (ផ្លែឈើ កូនសោ នំប៉័ង) លាបម្រ័ក្សណ៍ច្រើនស្រទាប់លើស្នូលឈើ។"
      ),
      option: OPTION.size,
      variants: [variant("15 cm", "១៥ ស.ម", 2600), variant("22 cm", "២២ ស.ម", 3800)],
      materials: ["wood", "natural-lacquer"],
      weightGrams: 300,
      shape: "bowl",
    },
    {
      key: "lacquer-box",
      name: text("lacquer box", "ប្រអប់ម្រ័ក្សណ៍"),
      about: text(
        "A round box with a snug lid, for tea, jewellery or business cards.",
        "ប្រអប់មូលមានគម្របជិត សម្រាប់ដាក់តែ គ្រឿងអលង្ការ ឬកាតឈ្មោះ។"
      ),
      option: OPTION.size,
      variants: [
        variant("Small 10 cm", "តូច ១០ ស.ម", 2200),
        variant("Large 18 cm", "ធំ ១៨ ស.ម", 4200),
      ],
      materials: ["wood", "natural-lacquer"],
      weightGrams: 250,
      shape: "box",
    },
    {
      key: "lacquer-tray",
      name: text("lacquer tray", "ថាសម្រ័ក្សណ៍"),
      about: text(
        "A rectangular tray with raised edges, sealed so it wipes clean.",
        "ថាសរាងចតុកោណ មានគែមខ្ពស់ ងាយជូតសម្អាត។"
      ),
      option: OPTION.size,
      variants: [
        variant("30 × 20 cm", "៣០ × ២០ ស.ម", 3400),
        variant("45 × 30 cm", "៤៥ × ៣០ ស.ម", 5200),
      ],
      materials: ["wood", "natural-lacquer"],
      weightGrams: 600,
      shape: "tray",
    },
    {
      key: "lacquer-painting",
      name: text("lacquer painting", "គំនូរម្រ័ក្សណ៍"),
      about: text(
        "A panel painted in lacquer and gold leaf, sanded back between coats to reveal the layers beneath.",
        "គំនូរលើផ្ទាំងដោយម្រ័ក្សណ៍ និងស្លឹកមាស ខាត់រវាងស្រទាប់នីមួយៗ ដើម្បីបង្ហាញស្រទាប់ខាងក្រោម។"
      ),
      option: OPTION.piece,
      variants: [oneOfAKind(24000)],
      materials: ["wood", "natural-lacquer", "gold-leaf"],
      weightGrams: 1800,
      shape: "painting",
      stock: "one-of-a-kind",
    },
  ],
  designs: [
    {
      key: "black-and-gold",
      prefix: "Black-and-gold",
      km: "ខ្មៅ និងមាស",
      about: text(
        "Deep black lacquer carries a band of gold leaf laid by hand.",
        "ម្រ័ក្សណ៍ពណ៌ខ្មៅចាស់ ជាមួយខ្សែស្លឹកមាសដែលបិទដោយដៃ។"
      ),
      materials: ["gold-leaf"],
      premiumUsd: 600,
    },
    {
      key: "cinnabar-red",
      prefix: "Cinnabar-red",
      km: "ក្រហមស្រស់",
      about: text(
        "A warm red lacquer, polished to a soft glow rather than a mirror shine.",
        "ម្រ័ក្សណ៍ពណ៌ក្រហម ខាត់ឲ្យភ្លឺទន់ មិនភ្លឺដូចកញ្ចក់ទេ។"
      ),
    },
    {
      key: "eggshell-inlay",
      prefix: "Eggshell-inlay",
      km: "បិទសំបកពង",
      about: text(
        "Fragments of duck eggshell are set one by one into wet lacquer to make a crackled ivory pattern.",
        "កំទេចសំបកពងទាត្រូវបិទម្ដងមួយៗលើម្រ័ក្សណ៍សើម បង្កើតជាក្បាច់ប្រេះពណ៌ស។"
      ),
      premiumUsd: 800,
    },
    {
      key: "gold-lotus",
      prefix: "Gold-lotus",
      km: "ឈូកមាស",
      about: text(
        "Lotus flowers in gold leaf float on a dark ground, each outline painted freehand.",
        "ផ្កាឈូកស្លឹកមាសអណ្ដែតលើផ្ទៃងងឹត គូរដោយដៃទាំងស្រុង។"
      ),
      materials: ["gold-leaf"],
      premiumUsd: 600,
    },
  ],
  origins: [
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Made in a Siem Reap lacquer workshop that revived the craft after it nearly disappeared in the 1970s.",
        "ធ្វើនៅរោងម្រ័ក្សណ៍មួយក្នុងសៀមរាប ដែលបានធ្វើឲ្យសិប្បកម្មនេះរស់ឡើងវិញ ក្រោយពេលវាស្ទើរតែបាត់បង់ក្នុងទសវត្សរ៍ឆ្នាំ១៩៧០។"
      ),
    },
    {
      province: "phnom-penh",
      people: "khmer",
      about: text(
        "Made in Phnom Penh by a lacquer artist who works with apprentices from the provinces.",
        "ធ្វើនៅភ្នំពេញ ដោយវិចិត្រករម្រ័ក្សណ៍ ដែលធ្វើការជាមួយសិស្សមកពីតាមខេត្ត។"
      ),
    },
  ],
  technique: [
    text(
      "Each piece receives up to a dozen coats, and every coat cures for days in a humid room before it is sanded.",
      "គ្រឿងនីមួយៗត្រូវលាបរហូតដល់ដប់ពីរស្រទាប់ ហើយស្រទាប់នីមួយៗត្រូវទុកច្រើនថ្ងៃក្នុងបន្ទប់សើម មុនខាត់។"
    ),
    text(
      "The lacquer is a natural tree resin; once cured it is hard, waterproof and warm to the touch.",
      "ម្រ័ក្សណ៍ជាជ័រឈើធម្មជាតិ ពេលស្ងួតវារឹង ការពារទឹក និងកក់ក្ដៅពេលប៉ះ។"
    ),
  ],
  care: text(
    "Wipe with a damp cloth; not for the dishwasher, the microwave or hot food.",
    "ជូតដោយក្រណាត់សើម មិនត្រូវដាក់ក្នុងម៉ាស៊ីនលាងចាន មីក្រូវ៉េវ ឬដាក់ម្ហូបក្ដៅទេ។"
  ),
}

import { OPTION, text, variant, type CraftLine } from "../craft-line"

export const BASKETRY: CraftLine = {
  craft: "basketry",
  count: 14,
  summary: text(
    "Baskets, trays and bags of split rattan and bamboo, from the highlands and the rice plains.",
    "កន្ត្រក ចង្អេរ និងកាបូប ធ្វើពីផ្ដៅ និងឫស្សី មកពីតំបន់ខ្ពង់រាប និងវាលស្រែ។"
  ),
  items: [
    {
      key: "carrying-basket",
      name: text("rattan carrying basket", "កន្ត្រកស្ពាយផ្ដៅ"),
      about: text(
        "The back basket highland families use to carry rice, firewood and vegetables, with shoulder straps of twisted bark.",
        "កន្ត្រកស្ពាយដែលគ្រួសារនៅខ្ពង់រាបប្រើដឹកស្រូវ អុស និងបន្លែ មានខ្សែស្ពាយធ្វើពីសំបកឈើរមួល។"
      ),
      option: OPTION.size,
      variants: [
        variant("Medium 40 cm", "មធ្យម ៤០ ស.ម", 3600),
        variant("Large 55 cm", "ធំ ៥៥ ស.ម", 4800),
      ],
      materials: ["rattan", "bamboo"],
      weightGrams: 900,
      shape: "back-basket",
    },
    {
      key: "rice-basket",
      name: text("bamboo rice basket", "កញ្ជើដាក់បាយឫស្សី"),
      about: text(
        "A lidded basket that keeps steamed rice warm on the table, double-walled in fine bamboo strips.",
        "កញ្ជើមានគម្រប រក្សាបាយឲ្យក្ដៅលើតុ ត្បាញពីរជាន់ពីបន្ទះឫស្សីស្ដើងៗ។"
      ),
      option: OPTION.size,
      variants: [variant("Small", "តូច", 1200), variant("Medium", "មធ្យម", 1600)],
      materials: ["bamboo"],
      weightGrams: 300,
      shape: "lidded",
    },
    {
      key: "winnowing-tray",
      name: text("winnowing tray", "ចង្អេរ"),
      about: text(
        "A flat round tray of the kind used to toss rice free of its husks, now as often hung on a wall or used for serving.",
        "ចង្អេររាបស្មើ ដែលគេប្រើរែងអង្ករ ឥឡូវគេក៏ព្យួរលម្អជញ្ជាំង ឬប្រើជាថាសផងដែរ។"
      ),
      option: OPTION.size,
      variants: [variant("40 cm", "៤០ ស.ម", 1400), variant("60 cm", "៦០ ស.ម", 1900)],
      materials: ["bamboo", "rattan"],
      weightGrams: 450,
      shape: "tray",
    },
    {
      key: "storage-basket",
      name: text("lidded storage basket", "កន្ត្រកមានគម្រប"),
      about: text(
        "A square-bottomed basket with a fitted lid, for linen, toys or the amenities of a hotel room.",
        "កន្ត្រកបាតការ៉េ មានគម្របត្រូវល្មម សម្រាប់ដាក់ក្រណាត់ ប្រដាប់ក្មេងលេង ឬរបស់របរក្នុងបន្ទប់សណ្ឋាគារ។"
      ),
      option: OPTION.size,
      variants: [
        variant("Small", "តូច", 1800),
        variant("Medium", "មធ្យម", 2600),
        variant("Large", "ធំ", 3400),
      ],
      materials: ["rattan"],
      weightGrams: 700,
      shape: "box",
    },
    {
      key: "rattan-handbag",
      name: text("rattan handbag", "កាបូបផ្ដៅ"),
      about: text(
        "A rigid handbag of split rattan with a wooden button and a cotton lining.",
        "កាបូបរឹងធ្វើពីផ្ដៅពុះ មានប៊ូតុងឈើ និងស្រទាប់កប្បាស។"
      ),
      option: OPTION.size,
      variants: [
        variant("Round 20 cm", "មូល ២០ ស.ម", 2900),
        variant("Oval 28 cm", "ពងក្រពើ ២៨ ស.ម", 3400),
      ],
      materials: ["rattan", "cotton", "wood"],
      weightGrams: 380,
      shape: "bag",
    },
  ],
  designs: [
    {
      key: "twill-weave",
      prefix: "Twill-weave",
      km: "ត្បាញក្បាច់ទ្រេត",
      about: text(
        "The strips pass over two and under two, so the weave forms fine diagonal ridges.",
        "បន្ទះឆ្លងលើពីរ ក្រោមពីរ បង្កើតជាខ្សែទ្រេតតូចៗ។"
      ),
    },
    {
      key: "open-hexagon",
      prefix: "Open-hexagon",
      km: "ក្រឡាប្រាំមួយជ្រុង",
      about: text(
        "An open hexagonal weave, light and strong, the same structure as the fish traps set in the rice fields.",
        "ក្រឡាចំហប្រាំមួយជ្រុង ស្រាល និងរឹងមាំ ដូចលបដែលគេដាក់ត្រីក្នុងស្រែ។"
      ),
    },
    {
      key: "two-tone",
      prefix: "Two-tone",
      km: "ពីរពណ៌",
      about: text(
        "Natural and smoke-darkened strips alternate to make a checker of light and dark.",
        "បន្ទះពណ៌ធម្មជាតិ និងពណ៌ខ្មៅដោយផ្សែង ឆ្លាស់គ្នាជាក្រឡាភ្លឺ និងងងឹត។"
      ),
    },
    {
      key: "coiled",
      prefix: "Coiled",
      km: "រុំជារង្វង់",
      about: text(
        "Rattan is coiled in a spiral and stitched with thin cane, a slow technique that makes a very dense wall.",
        "ផ្ដៅត្រូវរុំជារង្វិល ហើយចងដោយផ្ដៅស្ដើង ជាបច្ចេកទេសយឺត តែធ្វើឲ្យជញ្ជាំងណែនខ្លាំង។"
      ),
      premiumUsd: 400,
    },
    {
      key: "unvarnished",
      prefix: "Unvarnished",
      km: "មិនលាបថ្នាំ",
      about: text(
        "Left unvarnished so the rattan keeps its soft sheen and mellows to honey brown with use.",
        "មិនលាបថ្នាំ ដើម្បីរក្សាពន្លឺទន់របស់ផ្ដៅ ហើយនឹងប្រែពណ៌ត្នោតដូចទឹកឃ្មុំពេលប្រើយូរ។"
      ),
    },
  ],
  origins: [
    {
      province: "ratanakiri",
      people: "tampuan",
      about: text(
        "Made by Tampuan basket makers in Ratanakiri, who cut their rattan in the forest during the dry season.",
        "ធ្វើដោយអ្នកត្បាញកន្ត្រកជនជាតិទំពួន នៅខេត្តរតនគិរី ដែលកាប់ផ្ដៅក្នុងព្រៃនៅរដូវប្រាំង។"
      ),
    },
    {
      province: "mondulkiri",
      people: "bunong",
      about: text(
        "Made by Bunong craftsmen in Mondulkiri, where men traditionally weave the baskets and women the cloth.",
        "ធ្វើដោយសិប្បករជនជាតិព្នង នៅខេត្តមណ្ឌលគិរី ដែលតាមប្រពៃណីបុរសត្បាញកន្ត្រក ហើយស្ត្រីត្បាញក្រណាត់។"
      ),
    },
    {
      province: "kampong-thom",
      people: "khmer",
      about: text(
        "Made in Kampong Thom province, in a village that supplies baskets to the markets along National Road 6.",
        "ធ្វើនៅខេត្តកំពង់ធំ ក្នុងភូមិមួយដែលផ្គត់ផ្គង់កន្ត្រកទៅផ្សារតាមបណ្ដោយផ្លូវជាតិលេខ៦។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Made in Siem Reap province by a group that replants rattan to keep its supply sustainable.",
        "ធ្វើនៅខេត្តសៀមរាប ដោយក្រុមមួយដែលដាំផ្ដៅឡើងវិញ ដើម្បីឲ្យមានវត្ថុធាតុដើមយូរអង្វែង។"
      ),
    },
    {
      province: "preah-vihear",
      people: "kuy",
      about: text(
        "Made by Kuy families in Preah Vihear province, who weave baskets in the evenings after the day's field work.",
        "ធ្វើដោយគ្រួសារជនជាតិកួយ នៅខេត្តព្រះវិហារ ដែលត្បាញកន្ត្រកពេលល្ងាចក្រោយការងារស្រែ។"
      ),
    },
  ],
  technique: [
    text(
      "Rattan canes are split, scraped and soaked so they bend without cracking.",
      "ដើមផ្ដៅត្រូវពុះ កោស និងត្រាំទឹក ដើម្បីឲ្យពត់បានដោយមិនបាក់។"
    ),
    text(
      "The base is woven first on the ground; the walls are then raised around it by hand.",
      "បាតត្រូវត្បាញមុននៅលើដី បន្ទាប់មកទើបត្បាញជញ្ជាំងឡើងជុំវិញដោយដៃ។"
    ),
    text(
      "Bamboo strips are smoked over the kitchen fire, which darkens them and keeps insects away.",
      "បន្ទះឫស្សីត្រូវអាំងលើផ្សែងចង្ក្រាន ធ្វើឲ្យពណ៌ចាស់ និងការពារសត្វល្អិត។"
    ),
  ],
  care: text(
    "Dust with a dry brush; if it gets wet, let it dry slowly in the shade.",
    "ជូតធូលីដោយច្រាសស្ងួត បើសើម ទុកឲ្យស្ងួតយឺតៗក្នុងម្លប់។"
  ),
}

export const POTTERY: CraftLine = {
  craft: "pottery",
  count: 12,
  summary: text(
    "Earthenware shaped by hand and fired in the open, from Kampong Chhnang, the 'port of pots'.",
    "គ្រឿងស្មូនដីឥដ្ឋ សូនដោយដៃ និងដុតនៅទីវាល មកពីខេត្តកំពង់ឆ្នាំង។"
  ),
  items: [
    {
      key: "water-jar",
      name: text("water jar", "ក្អម"),
      about: text(
        "A round-bellied jar that keeps drinking water cool by evaporation, as it has in Khmer kitchens for centuries.",
        "ក្អមពោះមូល រក្សាទឹកផឹកឲ្យត្រជាក់ តាមរយៈការហួត ដូចដែលប្រើក្នុងផ្ទះបាយខ្មែររាប់សតវត្សមកហើយ។"
      ),
      option: OPTION.size,
      variants: [
        variant("Small 25 cm", "តូច ២៥ ស.ម", 1800),
        variant("Large 40 cm", "ធំ ៤០ ស.ម", 3400),
      ],
      materials: ["clay"],
      weightGrams: 2400,
      shape: "jar",
    },
    {
      key: "cooking-pot",
      name: text("cooking pot", "ឆ្នាំងដី"),
      about: text(
        "An earthenware pot for slow-cooked soups and rice, at home on charcoal or gas.",
        "ឆ្នាំងដីសម្រាប់ស្ងោរសម្ល និងដាំបាយ អាចប្រើលើភ្លើងធ្យូង ឬហ្គាស។"
      ),
      option: OPTION.size,
      variants: [variant("1 litre", "១ លីត្រ", 1200), variant("3 litres", "៣ លីត្រ", 1900)],
      materials: ["clay"],
      weightGrams: 1500,
      shape: "pot",
      designKeys: ["smoke-fired", "incised-band", "natural-clay"],
    },
    {
      key: "bud-vase",
      name: text("bud vase", "ថូផ្កាតូច"),
      about: text(
        "A slender vase sized for a single lotus or a few sprigs of jasmine.",
        "ថូផ្កាស្រឡូន ល្មមសម្រាប់ដោតផ្កាឈូកមួយទង ឬផ្កាម្លិះពីរបីទង។"
      ),
      option: OPTION.set,
      variants: [variant("Single", "១ ដុំ", 900), variant("Set of 3", "ឈុត ៣ ដុំ", 2400)],
      materials: ["clay"],
      weightGrams: 400,
      shape: "vase",
    },
    {
      key: "tea-cups",
      name: text("tea cups", "ពែងតែ"),
      about: text(
        "Small handleless cups for jasmine or lemongrass tea that sit comfortably in the palm.",
        "ពែងតូចៗគ្មានដៃ សម្រាប់តែផ្កាម្លិះ ឬតែស្លឹកគ្រៃ ងាយកាន់ក្នុងបាតដៃ។"
      ),
      option: OPTION.set,
      variants: [variant("Set of 2", "ឈុត ២ ដុំ", 1400), variant("Set of 6", "ឈុត ៦ ដុំ", 3800)],
      materials: ["clay"],
      weightGrams: 600,
      shape: "cups",
    },
    {
      key: "serving-bowl",
      name: text("serving bowl", "ចានគោម"),
      about: text(
        "A wide, shallow bowl for fruit or salad, burnished inside and left matte outside.",
        "ចានគោមរាក់ធំ សម្រាប់ផ្លែឈើ ឬញាំ ខាត់រលោងខាងក្នុង ហើយទុកស្រអាប់ខាងក្រៅ។"
      ),
      option: OPTION.size,
      variants: [variant("18 cm", "១៨ ស.ម", 1500), variant("26 cm", "២៦ ស.ម", 2400)],
      materials: ["clay"],
      weightGrams: 900,
      shape: "bowl",
    },
  ],
  designs: [
    {
      key: "smoke-fired",
      prefix: "Smoke-fired",
      km: "ដុតផ្សែង",
      about: text(
        "It is fired in the open under straw and wood, which leaves soft clouds of black and orange on the surface.",
        "ដុតនៅទីវាលក្រោមចំបើង និងអុស បន្សល់ស្នាមខ្មៅ និងទឹកក្រូចទន់ៗលើផ្ទៃ។"
      ),
    },
    {
      key: "incised-band",
      prefix: "Incised-band",
      km: "ក្បាច់ឆ្លាក់ជាខ្សែ",
      about: text(
        "A band of waves and dots is drawn into the leather-hard clay with a bamboo point.",
        "ខ្សែក្បាច់រលក និងចំណុច ត្រូវគូរលើដីឥដ្ឋពាក់កណ្ដាលស្ងួត ដោយចុងឫស្សី។"
      ),
    },
    {
      key: "red-slip",
      prefix: "Red-slip",
      km: "លាបដីក្រហម",
      about: text(
        "It is coated with a red slip and burnished with a smooth river pebble until it glows.",
        "លាបដីក្រហម ហើយខាត់ដោយគ្រួសទន្លេរលោង រហូតភ្លឺ។"
      ),
    },
    {
      key: "ash-glazed",
      prefix: "Ash-glazed",
      km: "លាបថ្នាំផេះ",
      about: text(
        "It is finished with a pale green ash glaze inspired by the stoneware of the Angkor period.",
        "លាបថ្នាំផេះពណ៌បៃតងស្រាល ដែលបំផុសពីគ្រឿងស្មូនសម័យអង្គរ។"
      ),
      premiumUsd: 300,
    },
    {
      key: "natural-clay",
      prefix: "Natural-clay",
      km: "ដីឥដ្ឋធម្មជាតិ",
      about: text(
        "It is left in the warm colour of the clay itself, with the faint marks of the paddle still visible.",
        "ទុកពណ៌ធម្មជាតិរបស់ដីឥដ្ឋ ឃើញស្នាមវាយតិចៗនៅលើផ្ទៃ។"
      ),
    },
  ],
  origins: [
    {
      province: "kampong-chhnang",
      people: "khmer",
      about: text(
        "Made in Andong Russei, Kampong Chhnang, where women shape pots without a wheel, walking around each one as they beat it with a wooden paddle.",
        "ធ្វើនៅភូមិអណ្ដូងឫស្សី ខេត្តកំពង់ឆ្នាំង ដែលស្ត្រីសូនឆ្នាំងដោយមិនប្រើម៉ាស៊ីនបង្វិល ដោយដើរជុំវិញ ហើយវាយដោយក្ដារឈើ។"
      ),
    },
    {
      province: "kampong-chhnang",
      people: "khmer",
      about: text(
        "Made by a potters' group in Kampong Chhnang, the 'port of pots' on the Tonle Sap river.",
        "ធ្វើដោយក្រុមស្មូនមួយនៅខេត្តកំពង់ឆ្នាំង នៅលើមាត់ទន្លេសាប។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Made in a small studio in Siem Reap that studies the kilns excavated near the Angkor temples.",
        "ធ្វើនៅរោងជាងតូចមួយក្នុងក្រុងសៀមរាប ដែលសិក្សាពីឡដុតដែលគេជីកឃើញជិតប្រាសាទអង្គរ។"
      ),
    },
  ],
  technique: [
    text(
      "The clay is dug from the rice fields after the harvest, then trodden and mixed with fine sand so it does not crack in the fire.",
      "ដីឥដ្ឋត្រូវជីកពីវាលស្រែក្រោយពេលច្រូត បន្ទាប់មកជាន់ និងលាយជាមួយខ្សាច់ម៉ដ្ឋ ដើម្បីកុំឲ្យប្រេះពេលដុត។"
    ),
    text(
      "Each piece dries for several days in the shade before it is fired.",
      "គ្រឿងស្មូននីមួយៗត្រូវសម្ងួតក្នុងម្លប់ច្រើនថ្ងៃ មុនពេលដុត។"
    ),
    text(
      "Small differences in colour and shape come from the open firing and are part of its character.",
      "ភាពខុសគ្នាបន្តិចបន្តួចនៃពណ៌ និងរាង កើតពីការដុតនៅទីវាល ហើយជាលក្ខណៈពិសេសរបស់វា។"
    ),
  ],
  care: text(
    "Wash by hand; unglazed clay is porous, so let it dry completely before putting it away.",
    "លាងដោយដៃ។ ដីឥដ្ឋដែលមិនលាបថ្នាំស្រូបទឹក ដូច្នេះត្រូវទុកឲ្យស្ងួតទាំងស្រុងមុនទុកដាក់។"
  ),
}

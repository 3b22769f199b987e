import { OPTION, oneOfAKind, text, variant, type CraftLine } from "../craft-line"

const GRADE = text("Grade", "កម្រិត")

export const SBEK_THOM: CraftLine = {
  craft: "sbek-thom",
  count: 8,
  summary: text(
    "Figures of the Khmer shadow theatre, cut and punched from cowhide to be played before firelight.",
    "រូបស្បែកនៃល្ខោនស្រមោលខ្មែរ ឆ្លាក់ និងចោះពីស្បែកគោ សម្រាប់សម្ដែងនៅមុខពន្លឺភ្លើង។"
  ),
  items: [
    {
      key: "sbek-thom-panel",
      name: text("Sbek Thom performance panel", "ស្បែកធំ"),
      about: text(
        "A full-size performance panel about 1.2 m tall, perforated by hand from a single cowhide and mounted on two bamboo poles.",
        "ផ្ទាំងស្បែកធំទំហំសម្ដែងពិត កម្ពស់ប្រហែល ១,២ ម៉ែត្រ ចោះដោយដៃពីស្បែកគោតែមួយផ្ទាំង និងភ្ជាប់នឹងដងឫស្សីពីរ។"
      ),
      option: OPTION.piece,
      variants: [oneOfAKind(35000)],
      materials: ["cowhide", "bamboo"],
      weightGrams: 2200,
      shape: "puppet",
      stock: "one-of-a-kind",
    },
    {
      key: "sbek-wall-panel",
      name: text("Sbek Thom wall panel", "ផ្ទាំងស្បែកធំសម្រាប់ព្យួរ"),
      about: text(
        "A panel sized for a wall, carved with the same tools and patterns as the performance figures.",
        "ផ្ទាំងទំហំល្មមព្យួរជញ្ជាំង ឆ្លាក់ដោយឧបករណ៍ និងក្បាច់ដូចរូបសម្ដែង។"
      ),
      option: OPTION.size,
      variants: [variant("50 cm", "៥០ ស.ម", 8500), variant("70 cm", "៧០ ស.ម", 12500)],
      materials: ["cowhide", "bamboo"],
      weightGrams: 900,
      shape: "puppet",
    },
    {
      key: "sbek-touch-puppet",
      name: text("Sbek Touch puppet", "ស្បែកតូច"),
      about: text(
        "A small puppet of the Sbek Touch theatre, with a jointed arm worked by a thin stick.",
        "រូបស្បែកតូចនៃល្ខោនស្បែកតូច មានដៃអាចកម្រើកបាន ដោយដងឈើស្ដើង។"
      ),
      option: OPTION.size,
      variants: [variant("30 cm", "៣០ ស.ម", 3500), variant("45 cm", "៤៥ ស.ម", 5200)],
      materials: ["cowhide", "bamboo"],
      weightGrams: 300,
      shape: "small-puppet",
      designKeys: ["preah-ream", "hanuman", "krong-reap", "neang-seda"],
    },
    {
      key: "sbek-lampshade",
      name: text("Sbek lampshade", "គម្របចង្កៀងស្បែកឆ្លាក់"),
      about: text(
        "A lampshade cut with Sbek Thom patterns, so that light falls through the perforations as it does in a performance.",
        "គម្របចង្កៀងដែលឆ្លាក់ក្បាច់ស្បែកធំ ធ្វើឲ្យពន្លឺជ្រាបតាមរន្ធ ដូចក្នុងការសម្ដែង។"
      ),
      option: OPTION.size,
      variants: [
        variant("Table 25 cm", "ដាក់តុ ២៥ ស.ម", 4800),
        variant("Pendant 35 cm", "ព្យួរ ៣៥ ស.ម", 6800),
      ],
      materials: ["cowhide"],
      weightGrams: 500,
      shape: "lantern",
      designKeys: ["hanuman", "neang-seda", "battle-scene"],
    },
  ],
  designs: [
    {
      key: "preah-ream",
      prefix: "Preah Ream",
      km: "ព្រះរាម",
      about: text(
        "It depicts Preah Ream, the hero-prince of the Reamker, the Khmer Ramayana.",
        "បង្ហាញរូបព្រះរាម ជាព្រះអង្គម្ចាស់វីរបុរសក្នុងរឿងរាមកេរ្តិ៍។"
      ),
    },
    {
      key: "hanuman",
      prefix: "Hanuman",
      km: "ហនុមាន",
      about: text(
        "It depicts Hanuman, the white monkey general and a favourite of every audience.",
        "បង្ហាញរូបហនុមាន មេទ័ពស្វាស ដែលទស្សនិកជនគ្រប់គ្នាចូលចិត្ត។"
      ),
    },
    {
      key: "krong-reap",
      prefix: "Krong Reap",
      km: "ក្រុងរាព",
      about: text(
        "It depicts Krong Reap, the ten-headed demon king of Lanka, with his crown of stacked faces.",
        "បង្ហាញរូបក្រុងរាព ស្ដេចយក្សដប់មុខនៃក្រុងលង្កា ដែលមានមកុដជាមុខជាន់គ្នា។"
      ),
      premiumUsd: 1000,
    },
    {
      key: "neang-seda",
      prefix: "Neang Seda",
      km: "នាងសីតា",
      about: text(
        "It depicts Neang Seda, Preah Ream's wife, whose abduction sets the story in motion.",
        "បង្ហាញរូបនាងសីតា ជាមហេសីព្រះរាម ដែលការចាប់ពង្រត់នាងជាចំណុចចាប់ផ្ដើមនៃរឿង។"
      ),
    },
    {
      key: "battle-scene",
      prefix: "Battle-scene",
      km: "ឈុតសង្គ្រាម",
      about: text(
        "It shows a battle from the Reamker with several figures in one panel, the most demanding composition to cut.",
        "បង្ហាញឈុតសង្គ្រាមក្នុងរឿងរាមកេរ្តិ៍ មានតួអង្គច្រើនក្នុងផ្ទាំងតែមួយ ជាការឆ្លាក់ដែលពិបាកបំផុត។"
      ),
      premiumUsd: 2500,
    },
  ],
  origins: [
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Carved in Siem Reap by a troupe linked to Wat Bo pagoda, which has kept Sbek Thom performances alive.",
        "ឆ្លាក់នៅសៀមរាប ដោយក្រុមសិល្បៈដែលជាប់ទាក់ទងនឹងវត្តបូព៌ ដែលបានថែរក្សាការសម្ដែងស្បែកធំ។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Carved in a Siem Reap workshop where apprentices spend their first year only preparing hides.",
        "ឆ្លាក់នៅរោងជាងមួយក្នុងសៀមរាប ដែលសិស្សចំណាយឆ្នាំដំបូងត្រឹមតែរៀនរៀបចំស្បែក។"
      ),
    },
    {
      province: "phnom-penh",
      people: "khmer",
      about: text(
        "Carved in Phnom Penh by an artist taught by one of the few surviving Sbek Thom masters.",
        "ឆ្លាក់នៅភ្នំពេញ ដោយសិល្បករដែលរៀនពីគ្រូស្បែកធំម្នាក់ ក្នុងចំណោមគ្រូដែលនៅសេសសល់តិចតួច។"
      ),
    },
  ],
  technique: [
    text(
      "The cowhide is soaked, stretched, scraped thin and dried in the sun before the design is drawn on it.",
      "ស្បែកគោត្រូវត្រាំ ពង្រាត កោសឲ្យស្ដើង និងហាលថ្ងៃ មុនពេលគូរក្បាច់។"
    ),
    text(
      "Thousands of holes are punched with small chisels so that firelight can pass through the figure.",
      "រន្ធរាប់ពាន់ត្រូវចោះដោយដែកតូចៗ ដើម្បីឲ្យពន្លឺភ្លើងជ្រាបកាត់រូប។"
    ),
    text(
      "Sbek Thom, the Khmer shadow theatre, is inscribed by UNESCO as intangible cultural heritage.",
      "ល្ខោនស្បែកធំ ត្រូវបានយូណេស្កូចុះក្នុងបញ្ជីបេតិកភណ្ឌវប្បធម៌អរូបី។"
    ),
  ],
  care: text(
    "Keep away from damp and dust with a soft dry brush.",
    "ទុកឲ្យឆ្ងាយពីសំណើម ហើយជូតធូលីដោយច្រាសទន់ស្ងួត។"
  ),
}

export const MUSICAL_INSTRUMENTS: CraftLine = {
  craft: "musical-instruments",
  count: 8,
  summary: text(
    "Fiddles, lutes, flutes and drums of Khmer traditional music, made and tuned by hand.",
    "ទ្រ ចាប៉ី ខ្លុយ និងស្គរ នៃតន្ត្រីប្រពៃណីខ្មែរ ធ្វើ និងតម្រូវសំឡេងដោយដៃ។"
  ),
  items: [
    {
      key: "tro-sau",
      name: text("tro sau fiddle", "ទ្រសោ"),
      about: text(
        "The higher-voiced two-string fiddle of the mahori ensemble, its hardwood sound box covered with thin hide.",
        "ទ្រពីរខ្សែ សំឡេងខ្ពស់នៃវង់ភ្លេងមហោរី ប្រអប់សំឡេងធ្វើពីឈើរឹង ស្រោបដោយស្បែកស្ដើង។"
      ),
      option: GRADE,
      variants: [
        variant("Student", "សម្រាប់សិស្ស", 7500),
        variant("Concert", "សម្រាប់សម្ដែង", 16000),
      ],
      materials: ["wood", "cowhide"],
      weightGrams: 700,
      shape: "tro",
    },
    {
      key: "tro-u",
      name: text("tro u fiddle", "ទ្រអ៊ូ"),
      about: text(
        "The deep-voiced fiddle whose sound box is a large coconut shell, hollowed from the inside and covered with hide.",
        "ទ្រសំឡេងធ្ងន់ ប្រអប់សំឡេងធ្វើពីសំបកដូងធំ ឆ្លាក់ពីខាងក្នុង ហើយស្រោបដោយស្បែក។"
      ),
      option: GRADE,
      variants: [
        variant("Student", "សម្រាប់សិស្ស", 8500),
        variant("Concert", "សម្រាប់សម្ដែង", 18000),
      ],
      materials: ["coconut-shell", "wood", "cowhide"],
      weightGrams: 800,
      shape: "tro-u",
    },
    {
      key: "chapei-dang-veng",
      name: text("chapei dang veng", "ចាប៉ីដងវែង"),
      about: text(
        "The long-necked lute of Khmer storytellers, with two pairs of strings and high frets; UNESCO inscribed the chapei tradition in 2016.",
        "ចាប៉ីដងវែង ជាឧបករណ៍ភ្លេងរបស់អ្នកនិទានរឿងខ្មែរ មានខ្សែពីរគូ ហើយយូណេស្កូបានចុះក្នុងបញ្ជីនៅឆ្នាំ២០១៦។"
      ),
      option: GRADE,
      variants: [
        variant("Student", "សម្រាប់សិស្ស", 14000),
        variant("Concert", "សម្រាប់សម្ដែង", 29000),
      ],
      materials: ["wood"],
      weightGrams: 1800,
      shape: "chapei",
    },
    {
      key: "khloy-flute",
      name: text("khloy flute", "ខ្លុយ"),
      about: text(
        "A bamboo duct flute, tuned by ear, with a lacquered band at each node.",
        "ខ្លុយឫស្សី តម្រូវសំឡេងដោយត្រចៀក មានខ្សែម្រ័ក្សណ៍នៅថ្នាំងនីមួយៗ។"
      ),
      option: text("Key", "សំឡេង"),
      variants: [variant("C", "ដូ (C)", 1800), variant("G", "សុល (G)", 1800)],
      materials: ["bamboo", "natural-lacquer"],
      weightGrams: 120,
      shape: "flute",
      designKeys: ["unadorned", "lacquered"],
    },
    {
      key: "skor-dai",
      name: text("skor dai hand drum", "ស្គរដៃ"),
      about: text(
        "A goblet-shaped hand drum of the kind played at weddings, its head laced on with rattan.",
        "ស្គរដៃរាងពែង ដូចដែលគេវាយក្នុងពិធីមង្គលការ មុខស្គរចងដោយផ្ដៅ។"
      ),
      option: OPTION.size,
      variants: [variant("Small", "តូច", 4200), variant("Medium", "មធ្យម", 6400)],
      materials: ["wood", "cowhide", "rattan"],
      weightGrams: 1600,
      shape: "drum",
      designKeys: ["unadorned", "lacquered", "shell-inlaid"],
    },
  ],
  designs: [
    {
      key: "naga-head",
      prefix: "Naga-head",
      km: "ក្បាលនាគ",
      about: text(
        "The top of the neck is carved as a naga, the guardian serpent.",
        "ចុងដងត្រូវឆ្លាក់ជារូបក្បាលនាគ ជាសត្វពស់អ្នកការពារ។"
      ),
      premiumUsd: 1500,
    },
    {
      key: "shell-inlaid",
      prefix: "Shell-inlaid",
      km: "បង្កប់សំបកខ្យង",
      about: text(
        "Small pieces of river shell are inlaid along the body in a simple line of diamonds.",
        "បំណែកសំបកខ្យងទន្លេ ត្រូវបង្កប់តាមដងជាជួរពេជ្រសាមញ្ញ។"
      ),
      premiumUsd: 1200,
    },
    {
      key: "unadorned",
      prefix: "Unadorned",
      km: "សាមញ្ញ",
      about: text(
        "It is plain and light, with nothing added that might dull the tone.",
        "សាមញ្ញ និងស្រាល គ្មានអ្វីបន្ថែមដែលធ្វើឲ្យសំឡេងរិល។"
      ),
    },
    {
      key: "lacquered",
      prefix: "Lacquered",
      km: "លាបម្រ័ក្សណ៍",
      about: text(
        "It is finished in dark red lacquer, which protects the wood through the humid season.",
        "លាបម្រ័ក្សណ៍ពណ៌ក្រហមចាស់ ការពារឈើក្នុងរដូវសើម។"
      ),
      materials: ["natural-lacquer"],
      premiumUsd: 500,
    },
  ],
  origins: [
    {
      province: "phnom-penh",
      people: "khmer",
      about: text(
        "Made in Phnom Penh by an instrument maker who supplies students of the Royal University of Fine Arts.",
        "ធ្វើនៅភ្នំពេញ ដោយជាងធ្វើឧបករណ៍ភ្លេង ដែលផ្គត់ផ្គង់ដល់និស្សិតសាកលវិទ្យាល័យភូមិន្ទវិចិត្រសិល្បៈ។"
      ),
    },
    {
      province: "kampot",
      people: "khmer",
      about: text(
        "Made in Kampot province, home of many chapei singers, by a maker who also plays.",
        "ធ្វើនៅខេត្តកំពត ដែលជាស្រុកកំណើតអ្នកលេងចាប៉ីជាច្រើន ដោយជាងដែលចេះលេងផងដែរ។"
      ),
    },
    {
      province: "siem-reap",
      people: "khmer",
      about: text(
        "Made in Siem Reap by a workshop that teaches traditional music to children in the afternoons.",
        "ធ្វើនៅសៀមរាប ដោយរោងជាងមួយដែលបង្រៀនតន្ត្រីប្រពៃណីដល់កុមារនៅពេលរសៀល។"
      ),
    },
  ],
  technique: [
    text(
      "Each instrument is tuned and played in before it leaves the workshop.",
      "ឧបករណ៍នីមួយៗត្រូវតម្រូវសំឡេង និងសាកលេង មុនចេញពីរោងជាង។"
    ),
    text(
      "Wood and bamboo are air-dried for at least a year so the instrument holds its tuning through the seasons.",
      "ឈើ និងឫស្សីត្រូវសម្ងួតក្នុងខ្យល់យ៉ាងតិចមួយឆ្នាំ ដើម្បីឲ្យឧបករណ៍រក្សាសំឡេងបានគ្រប់រដូវ។"
    ),
  ],
  care: text(
    "Keep it out of direct sun and damp; loosen the strings of a fiddle or lute a little when it will rest for a while.",
    "កុំដាក់ក្រោមពន្លឺថ្ងៃផ្ទាល់ ឬកន្លែងសើម ហើយបន្ធូរខ្សែទ្រ ឬចាប៉ីបន្តិច ពេលមិនលេងយូរ។"
  ),
}

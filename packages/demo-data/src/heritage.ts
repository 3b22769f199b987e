import type { CraftCode } from "@sipakam/shared"
import { text, type BilingualText } from "./craft-line"

/** What a craft's heritage profiles share: how it is made, why it matters, how long it takes. */
export type CraftHeritage = {
  technique: BilingualText
  significance: BilingualText
  /** Hours of work for the simplest and the most elaborate of the craft's products. */
  hours: { min: number; max: number }
}

export const CRAFT_HERITAGE: Record<CraftCode, CraftHeritage> = {
  "hol-silk": {
    technique: text(
      "Hol is weft ikat: before weaving, bundles of weft threads are stretched on a frame and tied with banana fibre or plastic strips wherever the dye must not reach, then dyed, untied and tied again for each colour, often five times or more. The patterned threads are wound onto bobbins in order and woven in an uneven twill on a treadle loom, so the motif appears as the cloth grows.",
      "ហូលជាការចងអំបោះចាក់៖ មុនពេលត្បាញ គេលាតអំបោះចាក់លើស៊ុម ហើយចងដោយសរសៃចេក ឬខ្សែប្លាស្ទិក នៅកន្លែងដែលមិនចង់ឲ្យពណ៌ជ្រាប រួចជ្រលក់ ស្រាយ និងចងម្ដងទៀតសម្រាប់ពណ៌នីមួយៗ ជួនកាលប្រាំដង ឬច្រើនជាងនេះ។ អំបោះដែលមានក្បាច់ត្រូវរុំលើបំពង់តាមលំដាប់ ហើយត្បាញជាក្បាច់សេះលើកីជាន់ជើង ដូច្នេះក្បាច់លេចឡើងបន្តិចម្ដងៗ តាមក្រណាត់ដែលកើនឡើង។"
    ),
    significance: text(
      "Hol is the ceremonial cloth of Khmer women: worn to weddings and pagoda festivals and offered to monks, it is woven in motifs (naga scales, flowers, diamonds) that weavers learn from their mothers. The pidan, a pictorial hol hung above altars, tells the stories of the Buddha's lives.",
      "ហូលជាក្រណាត់ពិធីរបស់ស្ត្រីខ្មែរ៖ ស្លៀកទៅពិធីមង្គលការ និងបុណ្យនៅវត្ត ហើយប្រគេនព្រះសង្ឃ។ វាត្រូវត្បាញជាក្បាច់ (ស្រកានាគ ផ្កា ពេជ្រ) ដែលអ្នកត្បាញរៀនពីម្ដាយ។ ពិដាន ជាហូលមានរូបភាពព្យួរពីលើអាសនៈ និទានរឿងជាតករបស់ព្រះពុទ្ធ។"
    ),
    hours: { min: 30, max: 160 },
  },
  "phamuong-silk": {
    technique: text(
      "Phamuong is woven from silk dyed in the skein before weaving, in plain weave or a three-heddle twill; two-tone phamuong pairs a warp of one colour with a weft of another, so the cloth shimmers as it moves. The weavers reel the yarn from the cocoons, degum it in ash water and dye it before warping the loom.",
      "ផាមួងត្បាញពីសូត្រដែលជ្រលក់ពណ៌ជាខ្នាញ់មុនពេលត្បាញ ជាក្បាច់ធម្មតា ឬក្បាច់សេះបីគួច។ ផាមួងពីរពណ៌ប្រើអំបោះបញ្ឈរមួយពណ៌ និងអំបោះចាក់មួយពណ៌ទៀត ដូច្នេះក្រណាត់ភ្លឺចែងចាំងពេលរំកិល។ អ្នកត្បាញសាវសូត្រពីសំបុកនាង ស្ងោរក្នុងទឹកផេះ និងជ្រលក់ពណ៌ មុនពេលដាក់កី។"
    ),
    significance: text(
      "Phamuong is the cloth of the sampot chang kben, the wrapped trousers of court dress and weddings; its colours once followed the day of the week, a custom still kept at royal ceremonies.",
      "ផាមួងជាក្រណាត់សម្រាប់សំពត់ចងក្បិន ដែលជាសម្លៀកបំពាក់រាជវាំង និងពិធីមង្គលការ។ ពណ៌របស់វាធ្លាប់ប្ដូរតាមថ្ងៃនៃសប្ដាហ៍ ជាទំនៀមដែលនៅតែរក្សាក្នុងព្រះរាជពិធី។"
    ),
    hours: { min: 12, max: 70 },
  },
  "cotton-krama": {
    technique: text(
      "Krama is woven on a treadle loom from cotton yarn: the warp carries the stripes and the checks appear as the weaver changes weft colours at set counts. The ends are left as fringes and knotted by hand.",
      "ក្រមាត្បាញលើកីជាន់ជើងពីអំបោះកប្បាស៖ អំបោះបញ្ឈរបង្កើតជាឆ្នូត ហើយក្រឡាលេចឡើងនៅពេលអ្នកត្បាញប្ដូរពណ៌អំបោះចាក់តាមចំនួនកំណត់។ ចុងទាំងសងខាងទុកជារំយោល ហើយចងដោយដៃ។"
    ),
    significance: text(
      "The checked krama is Cambodia's everyday cloth, worn as a scarf, sunshade, sarong, baby sling or towel, and a sign of Khmer identity; a new krama is a common gift to guests and to monks.",
      "ក្រមាជាក្រណាត់ប្រចាំថ្ងៃរបស់ប្រជាជនកម្ពុជា ប្រើជាកន្សែងបង់ក ជ្រកកម្ដៅ សំពត់ អង្រឹងកូនង៉ែត ឬកន្សែងជូត និងជាសញ្ញានៃអត្តសញ្ញាណខ្មែរ។ ក្រមាថ្មីជាអំណោយធម្មតាជូនភ្ញៀវ និងប្រគេនព្រះសង្ឃ។"
    ),
    hours: { min: 3, max: 14 },
  },
  "backstrap-weaving": {
    technique: text(
      "The backstrap loom has no frame: the warp runs from a post of the house to a strap around the weaver's waist, and she tensions it by leaning back. Patterns are picked out by hand with a bamboo stick, thread by thread and from memory; the cotton is often grown, spun and dyed at home with indigo and forest barks.",
      "កីចងចង្កេះគ្មានស៊ុមទេ៖ អំបោះបញ្ឈរលាតពីសសរផ្ទះទៅខ្សែក្រវាត់ជុំវិញចង្កេះអ្នកត្បាញ ហើយនាងទាញឲ្យតឹងដោយផ្អៀងខ្លួនទៅក្រោយ។ ក្បាច់ត្រូវរើសដោយដៃដោយប្រើឈើឬស្សី មួយសរសៃម្ដងៗ តាមការចងចាំ។ កប្បាសជាញឹកញាប់ដាំ រវៃ និងជ្រលក់ពណ៌នៅផ្ទះ ដោយត្រាំ និងសំបកឈើព្រៃ។"
    ),
    significance: text(
      "For the Bunong, Kreung, Tampuan, Jarai and Brao, woven cloth is wealth and memory: skirts, loincloths and blankets are exchanged at weddings, kept for the ceremonies for the spirits and buried with the dead, and each people's motifs say who wove them.",
      "សម្រាប់ជនជាតិព្នង គ្រឹង ទំពួន ចារ៉ាយ និងព្រៅ ក្រណាត់ត្បាញជាទ្រព្យ និងការចងចាំ៖ សំពត់ ក្បិន និងភួយ ត្រូវប្ដូរគ្នាក្នុងពិធីរៀបការ រក្សាទុកសម្រាប់ពិធីសែនព្រេន និងកប់ជាមួយអ្នកស្លាប់ ហើយក្បាច់របស់ជនជាតិនីមួយៗបង្ហាញថាអ្នកណាជាអ្នកត្បាញ។"
    ),
    hours: { min: 20, max: 120 },
  },
  basketry: {
    technique: text(
      "Rattan and bamboo are cut, split into strips with a knife, scraped smooth and soaked so they bend without cracking. The basket is built up from the base in twill or hexagonal weaves and its rim lashed with fine rattan; some pieces are smoked over the hearth to darken and harden them.",
      "ផ្ដៅ និងឫស្សីត្រូវកាប់ ពុះជាបន្ទះដោយកាំបិត កោសឲ្យរលោង និងត្រាំទឹក ដើម្បីឲ្យពត់បានដោយមិនបាក់។ កន្ត្រកត្រូវត្បាញពីបាតឡើងលើ ជាក្បាច់សេះ ឬក្បាច់ប្រាំមួយជ្រុង ហើយមាត់ត្រូវចងដោយផ្ដៅល្អិត។ ខ្លះត្រូវរោយលើផ្សែងចង្ក្រាន ដើម្បីឲ្យខ្មៅ និងរឹង។"
    ),
    significance: text(
      "Baskets carry the harvest, the rice and the water of village life. In the highlands the carrying basket worn on the back goes on every trip to the fields and the forest; in Kuy and Khmer villages, weaving fills the evenings and the season after the harvest.",
      "កន្ត្រកដឹកផលដំណាំ អង្ករ និងទឹកក្នុងជីវិតភូមិ។ នៅតំបន់ខ្ពង់រាប កញ្ជើស្ពាយនៅខ្នងទៅជាមួយគ្រប់ដំណើរទៅចម្ការ និងព្រៃ។ នៅភូមិកួយ និងខ្មែរ ការត្បាញពេញពេលល្ងាច និងរដូវក្រោយច្រូតកាត់។"
    ),
    hours: { min: 4, max: 30 },
  },
  pottery: {
    technique: text(
      "The clay is dug from the rice fields after the harvest, trodden, mixed with fine sand and shaped without a wheel: the potter walks around the pot, beating its walls thin with a wooden paddle against a stone anvil held inside. The pots dry in the shade for days and are fired in the open under straw and wood.",
      "ដីឥដ្ឋត្រូវជីកពីវាលស្រែក្រោយច្រូតកាត់ ជាន់ លាយខ្សាច់ម៉ដ្ឋ ហើយសូនដោយមិនប្រើក្រឡុក៖ ជាងស្មូនដើរជុំវិញឆ្នាំង វាយជញ្ជាំងឲ្យស្ដើងដោយឈើវាយ ទល់នឹងដុំថ្មដែលកាន់នៅខាងក្នុង។ ឆ្នាំងត្រូវហាលក្នុងម្លប់ច្រើនថ្ងៃ ហើយដុតនៅទីវាលក្រោមចំបើង និងអុស។"
    ),
    significance: text(
      "Kampong Chhnang means 'port of pots': its earthenware has carried water, rice and fish sauce along the Tonle Sap for centuries, and the paddle-and-anvil method is older than Angkor.",
      "កំពង់ឆ្នាំងមានន័យថា «កំពង់នៃឆ្នាំង»៖ គ្រឿងស្មូនរបស់ខេត្តនេះដឹកទឹក អង្ករ និងទឹកត្រី តាមទន្លេសាបអស់ជាច្រើនសតវត្សមកហើយ ហើយវិធីវាយដោយឈើទល់នឹងថ្ម ចាស់ជាងសម័យអង្គរ។"
    ),
    hours: { min: 3, max: 24 },
  },
  silverwork: {
    technique: text(
      "The silver is melted, rolled into sheet and raised over iron stakes with hammers, annealed over a flame between rounds so it stays soft. The pattern is chased from the front and pushed out from behind while the piece rests on a bed of resin.",
      "ប្រាក់ត្រូវរំលាយ រំកិលជាបន្ទះ ហើយវាយលើដែកទល់ដោយញញួរ ដុតលើភ្លើងនៅចន្លោះការវាយនីមួយៗ ដើម្បីឲ្យនៅទន់។ ក្បាច់ត្រូវឆ្លាក់ពីខាងមុខ និងរុញចេញពីខាងក្រោយ ខណៈគ្រឿងនោះដាក់លើជ័រ។"
    ),
    significance: text(
      "Silver boxes shaped as fruits and animals once held betel and areca for guests and offerings; they remain wedding gifts and temple offerings, and the silversmiths of Koh Chen have handed the craft from parent to child for generations.",
      "ប្រអប់ប្រាក់រាងជាផ្លែឈើ និងសត្វ ធ្លាប់ដាក់ម្លូ និងស្លា សម្រាប់ទទួលភ្ញៀវ និងសែនព្រេន។ វានៅតែជាអំណោយរៀបការ និងគ្រឿងបូជានៅវត្ត ហើយជាងប្រាក់នៅកោះចិនបានបន្តសិប្បកម្មនេះពីឪពុកម្ដាយទៅកូនអស់ជាច្រើនជំនាន់។"
    ),
    hours: { min: 6, max: 60 },
  },
  "stone-carving": {
    technique: text(
      "Sandstone blocks are roughed out with a point chisel, refined with flat chisels and rasps and finished with water and abrasive stones. The carver follows proportions fixed by tradition, drawn onto the block in charcoal.",
      "ដុំថ្មភក់ត្រូវដាប់ជាទម្រង់ដោយដែកស្រួច កែលម្អដោយដែកសំប៉ែត និងឯក ហើយខាត់ដោយទឹក និងថ្មសំលៀង។ ជាងចម្លាក់ធ្វើតាមសមាមាត្រដែលប្រពៃណីកំណត់ ដោយគូរលើថ្មដោយធ្យូង។"
    ),
    significance: text(
      "Stone carving is the art of the Angkorian temples. Today's carvers restore the monuments and keep their images, apsaras, Buddhas, nagas and lintels, alive for homes and pagodas.",
      "ការឆ្លាក់ថ្មជាសិល្បៈនៃប្រាសាទសម័យអង្គរ។ ជាងចម្លាក់សព្វថ្ងៃជួសជុលប្រាសាទ និងរក្សារូបចម្លាក់ ដូចជាអប្សរា ព្រះពុទ្ធរូប នាគ និងផ្ដែរ ឲ្យរស់រវើកសម្រាប់ផ្ទះ និងវត្តអារាម។"
    ),
    hours: { min: 15, max: 200 },
  },
  "wood-carving": {
    technique: text(
      "The design is drawn on seasoned wood and cut in relief with gouges and chisels tapped by a wooden mallet, from the deep ground to the finest detail; the piece is then sanded and finished with natural oil or beeswax.",
      "ក្បាច់ត្រូវគូរលើឈើដែលសម្ងួតរួច ហើយឆ្លាក់ជាចម្លាក់លៀន ដោយដែកឆ្លាក់ដែលវាយដោយញញួរឈើ ពីផ្ទៃជ្រៅរហូតដល់លម្អិតល្អិតបំផុត។ បន្ទាប់មកខាត់ និងលាបប្រេងធម្មជាតិ ឬក្រមួនឃ្មុំ។"
    ),
    significance: text(
      "Carved wood adorns the doors, gables and altars of pagodas and the houses of Khmer villages; its kbach ornaments, flame, lotus and vine, share one grammar with stone and silver.",
      "ឈើឆ្លាក់តុបតែងទ្វារ ហោជាង និងអាសនៈនៃវត្តអារាម ព្រមទាំងផ្ទះនៅភូមិខ្មែរ។ ក្បាច់ដូចជា ភ្ញី ផ្កាឈូក និងវល្លិ មានវេយ្យាករណ៍តែមួយជាមួយចម្លាក់ថ្ម និងប្រាក់។"
    ),
    hours: { min: 8, max: 90 },
  },
  lacquer: {
    technique: text(
      "Natural lacquer, the sap of the lacquer tree, is filtered and laid in thin coats over a core of wood or bamboo. Each coat cures for days in a humid room and is sanded before the next, up to a dozen times; some pieces are finished with gold leaf or crushed eggshell.",
      "ម្រ័ក្សណ៍ធម្មជាតិ ជាជ័ររបស់ដើមម្រ័ក្សណ៍ ត្រូវចម្រោះ ហើយលាបជាស្រទាប់ស្ដើងៗលើស្នូលឈើ ឬឫស្សី។ ស្រទាប់នីមួយៗត្រូវទុកឲ្យស្ងួតច្រើនថ្ងៃក្នុងបន្ទប់សើម ហើយខាត់មុនលាបស្រទាប់បន្ទាប់ រហូតដល់ដប់ពីរដង។ ខ្លះត្រូវបិទស្លឹកមាស ឬសំបកពងមាន់កិន។"
    ),
    significance: text(
      "Lacquer and gold covered the Buddha images, altars and manuscript boxes of Khmer temples. Nearly lost in the 1970s, the craft was revived by a few workshops that trained a new generation.",
      "ម្រ័ក្សណ៍ និងមាសធ្លាប់ស្រោបព្រះពុទ្ធរូប អាសនៈ និងប្រអប់គម្ពីរនៃវត្តខ្មែរ។ សិប្បកម្មនេះស្ទើរតែបាត់បង់ក្នុងទសវត្សរ៍ ១៩៧០ ហើយត្រូវបានស្ដារឡើងវិញដោយរោងជាងមួយចំនួន ដែលបណ្ដុះបណ្ដាលជំនាន់ថ្មី។"
    ),
    hours: { min: 20, max: 150 },
  },
  "sbek-thom": {
    technique: text(
      "A cowhide is soaked, stretched on a frame, scraped thin and dried in the sun. The figure is drawn on it and cut out with chisels and punches, hundreds of holes letting the firelight through, then coloured and mounted on bamboo poles.",
      "ស្បែកគោត្រូវត្រាំ ពង្រាតលើស៊ុម កោសឲ្យស្ដើង និងហាលថ្ងៃ។ រូបត្រូវគូរលើស្បែក ហើយឆ្លាក់ និងចោះដោយដែកឆ្លាក់ និងដែកចោះ រាប់រយរន្ធដើម្បីឲ្យពន្លឺភ្លើងឆ្លងកាត់ រួចលាបពណ៌ និងភ្ជាប់នឹងដងឫស្សី។"
    ),
    significance: text(
      "Sbek Thom, the large shadow theatre, plays the Reamker, the Khmer Ramayana, with hide panels up to two metres tall that dancers hold before a fire. UNESCO inscribed it on the list of the Intangible Cultural Heritage of Humanity in 2008.",
      "ស្បែកធំ ជាល្ខោនស្រមោលធំ សម្ដែងរឿងរាមកេរ្តិ៍ ដោយប្រើផ្ទាំងស្បែកខ្ពស់រហូតដល់ពីរម៉ែត្រ ដែលអ្នករាំកាន់នៅមុខភ្លើង។ យូណេស្កូបានចុះក្នុងបញ្ជីបេតិកភណ្ឌវប្បធម៌អរូបីនៃមនុស្សជាតិ នៅឆ្នាំ ២០០៨។"
    ),
    hours: { min: 10, max: 120 },
  },
  "musical-instruments": {
    technique: text(
      "Bodies are carved from seasoned hardwood, coconut shell or bamboo; a tro's sound box is covered with skin, and the maker fits the bridge, pegs and strings, tunes the instrument by ear and plays it in before it leaves the workshop.",
      "តួឧបករណ៍ត្រូវឆ្លាក់ពីឈើរឹងដែលសម្ងួតរួច សំបកដូង ឬឫស្សី។ ប្រអប់សំឡេងទ្រត្រូវស្រោបដោយស្បែក ហើយជាងដាក់ខ្នើយ ឈើមួល និងខ្សែ តម្រូវសំឡេងដោយត្រចៀក និងសាកលេង មុនចេញពីរោងជាង។"
    ),
    significance: text(
      "Fiddles, lutes and flutes carry the music of weddings, of the ceremonies for the ancestors and of the chapei dang veng, the sung storytelling that UNESCO inscribed in 2016 as heritage in need of urgent safeguarding.",
      "ទ្រ ចាប៉ី និងខ្លុយ ជាសំឡេងនៃពិធីមង្គលការ ពិធីសែនដូនតា និងចាប៉ីដងវែង ដែលជាសិល្បៈច្រៀងនិទានរឿង ដែលយូណេស្កូបានចុះបញ្ជីនៅឆ្នាំ ២០១៦ ជាបេតិកភណ្ឌដែលត្រូវការការការពារជាបន្ទាន់។"
    ),
    hours: { min: 10, max: 80 },
  },
}

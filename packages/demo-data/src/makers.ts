import type { CraftCode, PeopleCode } from "@sipakam/shared"

type Gender = "female" | "male"

/**
 * An artisan of a demo group. Given name first, family name second (as the maker model has
 * them); `name_km` is written the Khmer way, family name first. Gender and people are
 * self-declared: a maker may leave gender out. Without consent the store shows the maker only
 * as "an artisan of <group>", so those makers have no public story.
 */
export type MakerSpec = {
  group: string
  first_name: string
  last_name: string
  name_km: string
  crafts: CraftCode[]
  people: PeopleCode
  gender: Gender | null
  consent: boolean
  /** The year the maker was named a Living Human Treasure. */
  lhtYear?: number
  story?: string
}

type Named = Pick<MakerSpec, "first_name" | "last_name" | "name_km" | "gender">

function person(
  first_name: string,
  last_name: string,
  name_km: string,
  gender: Gender | null
): Named {
  return { first_name, last_name, name_km, gender }
}

/** A maker who agreed to a public profile. */
function consenting(
  group: string,
  named: Named,
  crafts: CraftCode[],
  story: string,
  options: { people?: PeopleCode; lhtYear?: number } = {}
): MakerSpec {
  const people = options.people ?? "khmer"
  return { group, ...named, crafts, people, consent: true, story, lhtYear: options.lhtYear }
}

/** A maker who has not (or not yet) agreed to be named in the store. */
function anonymous(
  group: string,
  named: Named,
  crafts: CraftCode[],
  people: PeopleCode = "khmer"
): MakerSpec {
  return { group, ...named, crafts, people, consent: false }
}

/** The demo's artisans: two to four per group, about two in three women, as in the programme. */
export const MAKERS: MakerSpec[] = [
  consenting(
    "prey-kabbas-silk-weavers",
    person("Sreymom", "Chhum", "ឈុំ ស្រីមុំ", "female"),
    ["hol-silk", "phamuong-silk"],
    "Learned to tie hol from her grandmother at nine and still knows patterns woven before 1975. Named a Living Human Treasure, she teaches them to the group's young weavers every Sunday.",
    { lhtYear: 2022 }
  ),
  consenting(
    "prey-kabbas-silk-weavers",
    person("Sophea", "Keo", "កែវ សុភា", "female"),
    ["hol-silk"],
    "Weaves hol on the loom beneath her house while her children are at school; her naga-scale scarves are the group's best sellers."
  ),
  consenting(
    "prey-kabbas-silk-weavers",
    person("Chanthou", "Mao", "ម៉ៅ ចាន់ធូ", "female"),
    ["phamuong-silk"],
    "Dyes the group's phamuong yarn with lac and prohut and weaves two-tone cloth for wedding outfits."
  ),
  anonymous("prey-kabbas-silk-weavers", person("Kunthea", "Prak", "ប្រាក់ គន្ធា", "female"), ["hol-silk"]),

  consenting(
    "bati-krama-weavers",
    person("Sokunthea", "Nhem", "ញ៉ែម សុគន្ធា", "female"),
    ["cotton-krama"],
    "Came back from a garment factory in Phnom Penh to weave krama at home, and now keeps the group's accounts."
  ),
  anonymous("bati-krama-weavers", person("Vanna", "Ros", "រស់ វណ្ណា", "female"), ["cotton-krama"]),

  consenting(
    "koh-dach-silk-weavers",
    person("Malis", "Heng", "ហេង ម្លិះ", "female"),
    ["hol-silk", "phamuong-silk"],
    "Shares two looms with her daughter and granddaughter in a house on Koh Dach; the three of them can finish a sampot length in a week."
  ),
  consenting(
    "koh-dach-silk-weavers",
    person("Leakhena", "Touch", "ទូច លក្ខិណា", "female"),
    ["phamuong-silk", "cotton-krama"],
    "Weaves phamuong in the mornings and krama in the afternoons, and sells both to the visitors who cross on the ferry."
  ),
  consenting(
    "koh-dach-silk-weavers",
    person("Sambath", "Chan", "ចាន់ សម្បត្តិ", "male"),
    ["cotton-krama"],
    "The group's dyer: he mixes the indigo vat and warps the looms for the krama weavers."
  ),

  consenting(
    "koh-chen-silversmiths",
    person("Bunthoeun", "Meas", "មាស ប៊ុនធឿន", "male"),
    ["silverwork"],
    "Raised his first betel box at fourteen in his father's workshop. One of the first Living Human Treasures, he has taught repoussé to more than forty apprentices.",
    { lhtYear: 2012 }
  ),
  consenting(
    "koh-chen-silversmiths",
    person("Sreyleak", "Meas", "មាស ស្រីល័ក្ខ", "female"),
    ["silverwork"],
    "Works beside her father, melting and rolling the silver herself; she designs the workshop's jewellery."
  ),
  anonymous("koh-chen-silversmiths", person("Vuthy", "Ouk", "អ៊ុក វុទ្ធី", null), ["silverwork"]),

  consenting(
    "mekong-riverbank-weavers",
    person("Sothea", "Long", "ឡុង សុធា", "female"),
    ["hol-silk", "cotton-krama"],
    "Remembers the mulberry that once grew along the river; she weaves hol on her mother's loom."
  ),
  consenting(
    "mekong-riverbank-weavers",
    person("Rachana", "Som", "សំ រចនា", "female"),
    ["cotton-krama"],
    "Started the group's yarn cooperative, which buys cotton for twenty households at once."
  ),
  consenting(
    "mekong-riverbank-weavers",
    person("Aminah", "Sos", "សុះ អាមីណះ", "female"),
    ["phamuong-silk"],
    "A Cham weaver who learned the loom from her mother and weaves plain and twill phamuong in deep colours.",
    { people: "cham" }
  ),
  anonymous(
    "mekong-riverbank-weavers",
    person("Mariam", "Math", "ម៉ាត់ ម៉ារីយ៉ាម", "female"),
    ["phamuong-silk"],
    "cham"
  ),

  consenting(
    "phnom-srok-silk-weavers",
    person("Navy", "Yim", "យឹម ណាវី", "female"),
    ["phamuong-silk"],
    "Raises silkworms on the mulberry she planted behind her house and reels the silk herself."
  ),
  consenting(
    "phnom-srok-silk-weavers",
    person("Thida", "Pen", "ប៉ែន ធីតា", "female"),
    ["phamuong-silk"],
    "The youngest weaver of the group, she photographs its cloth and answers the buyers' messages."
  ),

  consenting(
    "ek-phnom-krama-weavers",
    person("Sopheap", "Sam", "សំ សុភាព", "female"),
    ["cotton-krama"],
    "Has woven krama in Prek Luong for thirty years; she stops only for the rice harvest."
  ),
  anonymous("ek-phnom-krama-weavers", person("Chenda", "Nov", "នូវ ចិន្ដា", "female"), ["cotton-krama"]),

  consenting(
    "puok-weavers",
    person("Channary", "Chhim", "ឈឹម ចន្ទនារី", "female"),
    ["hol-silk", "cotton-krama"],
    "Founded the workshop in her family's compound to give girls from Puok a trade close to home."
  ),
  consenting(
    "puok-weavers",
    person("Dany", "Sok", "សុខ ដានី", "female"),
    ["cotton-krama"],
    "Trained at the workshop after school and now weaves the krama the hotels order."
  ),

  consenting(
    "yeak-laom-highland-weavers",
    person("Bunthy", "Romam", "រ៉ម៉ាំ ប៊ុនធី", "female"),
    ["backstrap-weaving"],
    "A Kreung weaver who picks her patterns from memory, as her mother did, between the rice and cashew harvests.",
    { people: "kreung" }
  ),
  consenting(
    "yeak-laom-highland-weavers",
    person("Chhorn", "Klan", "ក្លាន ឆន", "female"),
    ["backstrap-weaving"],
    "Weaves Tampuan skirts and blankets on the veranda of her house near Yeak Laom lake.",
    { people: "tampuan" }
  ),
  anonymous(
    "yeak-laom-highland-weavers",
    person("Bun", "Chrek", "ជ្រែក ប៊ុន", "male"),
    ["basketry"],
    "tampuan"
  ),

  consenting(
    "sesan-river-weavers",
    person("Hlin", "Siu", "ស៊ីវ ហ្លីន", "female"),
    ["backstrap-weaving"],
    "A Jarai weaver from Andong Meas who dyes her cotton with indigo grown in her garden.",
    { people: "jarai" }
  ),
  consenting(
    "sesan-river-weavers",
    person("Khamla", "Phoeung", "ភឿង ខាំឡា", "female"),
    ["backstrap-weaving"],
    "A Brao weaver from Ta Veng who brings her cloth down the Sesan by boat to the group's meetings.",
    { people: "brao" }
  ),

  consenting(
    "pu-trom-bunong-weavers",
    person("Yoeun", "Chrieng", "ជ្រៀង យឿន", "female"),
    ["backstrap-weaving"],
    "Teaches the Bunong motifs to the village girls in the group's weekly lessons.",
    { people: "bunong" }
  ),
  consenting(
    "pu-trom-bunong-weavers",
    person("Sokhom", "Blang", "ប្លាង សុខុម", "female"),
    ["backstrap-weaving"],
    "Grows and spins her own cotton and weaves the blankets exchanged at Bunong weddings.",
    { people: "bunong" }
  ),
  consenting(
    "pu-trom-bunong-weavers",
    person("Tem", "Khlang", "ខ្លាំង តែម", "male"),
    ["basketry"],
    "Cuts rattan in the forest in the dry season and weaves the carrying baskets Bunong families take to their fields.",
    { people: "bunong" }
  ),
  anonymous("pu-trom-bunong-weavers", person("Dey", "Plok", "ភ្លុក ដី", null), ["basketry"], "bunong"),

  consenting(
    "kakaoh-stone-carvers",
    person("Sarin", "Chea", "ជា សារិន", "male"),
    ["stone-carving"],
    "Carved his first Buddha at twelve beside National Road 6. A Living Human Treasure, he keeps the proportions of the Angkorian canon and teaches them to his apprentices.",
    { lhtYear: 2016 }
  ),
  consenting(
    "kakaoh-stone-carvers",
    person("Piseth", "Keo", "កែវ ពិសិដ្ឋ", "male"),
    ["stone-carving"],
    "Apprenticed to Sarin Chea for eight years; he carves apsaras and lintels."
  ),
  consenting(
    "kakaoh-stone-carvers",
    person("Sokha", "Chea", "ជា សុខា", "female"),
    ["stone-carving"],
    "One of the few women carvers in Kakaoh: she finishes and polishes the workshop's pieces and carves small heads herself."
  ),
  consenting(
    "kakaoh-stone-carvers",
    person("Rithy", "Phan", "ផាន់ ឬទ្ធី", "male"),
    ["wood-carving"],
    "The third generation of a family of wood carvers; he works reclaimed wood from old village houses."
  ),

  consenting(
    "baray-basket-weavers",
    person("Sreypov", "Lim", "លឹម ស្រីពៅ", "female"),
    ["basketry"],
    "Weaves trays and baskets in the dry season and sells them at the market stalls along National Road 6."
  ),
  consenting(
    "baray-basket-weavers",
    person("Samnang", "Heng", "ហេង សំណាង", "male"),
    ["basketry"],
    "Splits and scrapes the rattan for the group and weaves the large storage baskets."
  ),

  consenting(
    "rovieng-kuy-basket-makers",
    person("Saroeun", "Nhean", "ញាណ សារឿន", "female"),
    ["basketry"],
    "A Kuy weaver who learned the baskets of her village from her grandfather.",
    { people: "kuy" }
  ),
  consenting(
    "rovieng-kuy-basket-makers",
    person("Thoeun", "Kham", "ខាំ ធឿន", "male"),
    ["basketry"],
    "Weaves in the evenings after the field work, in the Kuy patterns his neighbours recognise at a glance.",
    { people: "kuy" }
  ),

  consenting(
    "andong-russei-potters",
    person("Phalla", "Nhem", "ញ៉ែម ផល្លា", "female"),
    ["pottery"],
    "Has shaped pots with paddle and anvil for fifty years. Named a Living Human Treasure, she leads the group's open firings after the harvest.",
    { lhtYear: 2018 }
  ),
  consenting(
    "andong-russei-potters",
    person("Mealea", "Chan", "ចាន់ មាលា", "female"),
    ["pottery"],
    "Makes the group's water jars and cooking pots, and tries new glazes with the studio in Siem Reap."
  ),
  consenting(
    "andong-russei-potters",
    person("Raksmey", "Touch", "ទូច រស្មី", "female"),
    ["pottery"],
    "Learned from Phalla Nhem and now shapes the small pieces visitors take home."
  ),
  anonymous("andong-russei-potters", person("Sokhoeun", "Pich", "ពេជ្រ សុខឿន", "female"), ["pottery"]),

  consenting(
    "angkor-kiln-studio",
    person("Visal", "Sin", "ស៊ិន វិសាល", "male"),
    ["pottery"],
    "Studied the kilns excavated near the temples and recreates their brown and green glazes."
  ),
  consenting(
    "angkor-kiln-studio",
    person("Pisey", "Ung", "អ៊ឹង ពិសី", "female"),
    ["pottery"],
    "Throws and trims the studio's tableware and runs its pottery classes."
  ),

  consenting(
    "run-ta-ek-rattan-group",
    person("Srey Neang", "Mom", "មុំ ស្រីនាង", "female"),
    ["basketry"],
    "Looks after the group's rattan nursery and weaves the trays the hotels use for breakfast."
  ),
  consenting(
    "run-ta-ek-rattan-group",
    person("Kosal", "Duong", "ដួង កុសល", "male"),
    ["basketry"],
    "Weaves large baskets and lamp shades and teaches the village's young men to split rattan."
  ),

  consenting(
    "angkor-stone-and-wood-carvers",
    person("Chhay", "Lay", "ឡាយ ឆាយ", "male"),
    ["stone-carving"],
    "Worked for twelve years on the restoration of the Angkor temples before opening his own bench."
  ),
  consenting(
    "angkor-stone-and-wood-carvers",
    person("Sovann", "Hing", "ហ៊ីង សុវណ្ណ", "female"),
    ["wood-carving"],
    "Trained at the vocational school near the old market and carves the workshop's panels and bowls."
  ),
  anonymous(
    "angkor-stone-and-wood-carvers",
    person("Vichet", "Khiev", "ខៀវ វិចិត្រ", "male"),
    ["stone-carving", "wood-carving"]
  ),

  consenting(
    "wat-damnak-lacquer-and-silver",
    person("Bopha", "Sem", "សែម បុប្ផា", "female"),
    ["lacquer"],
    "Lays the twelve coats of lacquer and the gold leaf of the workshop's bowls and boxes."
  ),
  consenting(
    "wat-damnak-lacquer-and-silver",
    person("Narith", "Kong", "គង់ ណារិទ្ធ", "male"),
    ["silverwork"],
    "Trained as a silversmith at a heritage crafts school in Siem Reap and chases the workshop's silver."
  ),
  anonymous("wat-damnak-lacquer-and-silver", person("Kanha", "Seng", "សេង កញ្ញា", "female"), ["lacquer"]),

  consenting(
    "wat-bo-sbek-thom-workshop",
    person("Sothy", "Ly", "លី សុធី", "male"),
    ["sbek-thom"],
    "Has cut Sbek Thom figures and performed the Reamker with the Wat Bo troupe since the 1980s. One of the first Living Human Treasures.",
    { lhtYear: 2012 }
  ),
  consenting(
    "wat-bo-sbek-thom-workshop",
    person("Dara", "Ly", "លី ដារា", "male"),
    ["sbek-thom"],
    "Sothy Ly's son: he prepares the hides and cuts the large panels of the troupe."
  ),
  consenting(
    "wat-bo-sbek-thom-workshop",
    person("Srey Oun", "Mak", "ម៉ក់ ស្រីអូន", "female"),
    ["sbek-thom"],
    "The workshop's first woman apprentice, now in her fourth year; she punches the fine figures."
  ),
  consenting(
    "wat-bo-sbek-thom-workshop",
    person("Phirum", "Chan", "ចាន់ ភិរម្យ", "male"),
    ["musical-instruments"],
    "Makes and repairs the troupe's instruments and teaches the children's afternoon music classes."
  ),

  consenting(
    "tuol-tumpung-silversmiths",
    person("Sokhom", "Tep", "ទេព សុខុម", "female"),
    ["silverwork"],
    "Trained by a master from Koh Chen; she makes the workshop's rings and bracelets."
  ),
  consenting(
    "tuol-tumpung-silversmiths",
    person("Veasna", "Tep", "ទេព វាសនា", "male"),
    ["silverwork"],
    "Raises the bowls and boxes at the bench he shares with his sister near the Russian Market."
  ),

  consenting(
    "chbar-ampov-arts-workshop",
    person("Sreymao", "Nuon", "នួន ស្រីម៉ៅ", "female"),
    ["lacquer"],
    "A lacquer artist who takes two apprentices from the provinces every year."
  ),
  consenting(
    "chbar-ampov-arts-workshop",
    person("Ratha", "Chim", "ជីម រដ្ឋា", "male"),
    ["wood-carving"],
    "Lost a leg to a landmine as a boy and learned carving at the workshop; he now leads its wood bench."
  ),
  consenting(
    "chbar-ampov-arts-workshop",
    person("Bora", "Eng", "អេង បូរ៉ា", "male"),
    ["sbek-thom"],
    "Taught by one of the last Sbek Thom masters of Phnom Penh, he cuts figures for troupes and collectors."
  ),
  anonymous("chbar-ampov-arts-workshop", person("Sophy", "Ros", "រស់ សុភី", "female"), ["wood-carving"]),

  consenting(
    "phnom-penh-instrument-makers",
    person("Samath", "Yos", "យស់ សាម៉ាត", "male"),
    ["musical-instruments"],
    "Builds tro fiddles and flutes for the students of the Royal University of Fine Arts."
  ),
  consenting(
    "phnom-penh-instrument-makers",
    person("Kalyan", "Yos", "យស់ កល្យាណ", "female"),
    ["musical-instruments"],
    "Strings, tunes and plays in every instrument before it leaves her father's workshop."
  ),

  consenting(
    "kampot-chapei-makers",
    person("Sokhan", "Ream", "រាម សុខាន់", "male"),
    ["musical-instruments"],
    "A chapei player and maker, named a Living Human Treasure for keeping the chapei dang veng alive in Kampot.",
    { lhtYear: 2020 }
  ),
  consenting(
    "kampot-chapei-makers",
    person("Chantha", "Ream", "រាម ចន្ថា", "female"),
    ["musical-instruments"],
    "Sings chapei with her father and shapes the lutes' long necks."
  ),
]

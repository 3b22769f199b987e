/**
 * Dates as a Cambodian coordinator reads them: in Cambodia's time (the studio's months and
 * days are Cambodia's, whatever the phone's clock says), in the studio's language.
 */
export const STUDIO_TIME_ZONE = "Asia/Phnom_Penh"

/** Khmer's month names, for browsers whose Intl has no Khmer data (Debian's Chromium, some phones). */
const KHMER_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(language, { ...options, timeZone: STUDIO_TIME_ZONE })
    formatters.set(key, found)
  }
  return found
}

let khmerSupported: boolean | undefined

/** Whether this browser formats dates in Khmer itself (else it would silently use English). */
function intlSpeaksKhmer(): boolean {
  khmerSupported ??= Intl.DateTimeFormat.supportedLocalesOf(["km"]).length > 0
  return khmerSupported
}

/** The instant's date and time in Cambodia, as numbers. */
function cambodiaParts(instant: Date) {
  const parts = formatter("en-US", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? ""
  return {
    year: part("year"),
    month: KHMER_MONTHS[Number(part("month")) - 1] ?? "",
    day: part("day"),
    time: `${part("hour")}:${part("minute")}`,
  }
}

const inKhmerByHand = (language: string) => language === "km" && !intlSpeaksKhmer()

/** "7 Dec 2026" in the language's own words ("7 ធ្នូ 2026"). */
export function formatStudioDate(instant: string | Date, language: string): string {
  const date = new Date(instant)
  if (inKhmerByHand(language)) {
    const { day, month, year } = cambodiaParts(date)
    return `${day} ${month} ${year}`
  }
  return formatter(language, { dateStyle: "medium" }).format(date)
}

/** "7 Dec 2026, 14:05" ("7 ធ្នូ 2026 ម៉ោង 14:05"). */
export function formatStudioDateTime(instant: string | Date, language: string): string {
  const date = new Date(instant)
  if (inKhmerByHand(language)) {
    const { day, month, year, time } = cambodiaParts(date)
    return `${day} ${month} ${year} ម៉ោង ${time}`
  }
  return formatter(language, { dateStyle: "medium", timeStyle: "short" }).format(date)
}

/** "December 2026" ("ធ្នូ 2026"). */
export function formatStudioMonth(instant: string | Date, language: string): string {
  const date = new Date(instant)
  if (inKhmerByHand(language)) {
    const { month, year } = cambodiaParts(date)
    return `${month} ${year}`
  }
  return formatter(language, { month: "long", year: "numeric" }).format(date)
}

/**
 * Dates as a Cambodian coordinator reads them: in Cambodia's time (the studio's months and
 * days are Cambodia's, whatever the phone's clock says), in the studio's language.
 */
export const STUDIO_TIME_ZONE = "Asia/Phnom_Penh"

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

/** "7 Dec 2026" in the language's own words and digits. */
export function formatStudioDate(instant: string | Date, language: string): string {
  return formatter(language, { dateStyle: "medium" }).format(new Date(instant))
}

/** "7 Dec 2026, 14:05". */
export function formatStudioDateTime(instant: string | Date, language: string): string {
  return formatter(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(instant))
}

/** "December 2026". */
export function formatStudioMonth(instant: string | Date, language: string): string {
  return formatter(language, { month: "long", year: "numeric" }).format(new Date(instant))
}

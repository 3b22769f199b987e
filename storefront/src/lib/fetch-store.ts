import { medusaLocale } from "@/lib/i18n"
import { getSdk } from "@/lib/sdk"

/**
 * GET one of our own store routes (producers, makers, impact) in the shopper's language: the
 * routes take the locale from Medusa's `x-medusa-locale` header, their queries stay strict.
 */
export function fetchStore<T>(path: string, language: string | undefined, query?: Record<string, string>): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    query,
    headers: { "x-medusa-locale": medusaLocale(language) },
  })
}

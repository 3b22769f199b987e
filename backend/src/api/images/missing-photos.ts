import { LRUCache } from "lru-cache"

/**
 * Keys that `/images` answered 404 for (no such file, or not an image it can read), so that
 * asking again costs neither the File Module nor a decode. Bounded in entries (about 1 MB of
 * keys) and in time, so a file that appears later under a key is seen within minutes.
 */
const missing = new LRUCache<string, true>({ max: 10_000, ttl: 10 * 60 * 1000 })

export const isKnownMissingPhoto = (key: string) => missing.has(key)

export const rememberMissingPhoto = (key: string) => {
  missing.set(key, true)
}

/**
 * Called with every new upload's keys. Uploads get new keys (a timestamp and 64 random bits), so
 * none was asked for before unless guessed; forgetting them anyway means no upload is ever hidden.
 */
export const forgetMissingPhotos = (keys: string[]) => {
  for (const key of keys) {
    missing.delete(key)
  }
}

import { createStore, del, get, set } from "idb-keyval"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"

/**
 * The listing editor's drafts, kept on the phone as they are typed (photos as Blobs): a reload,
 * a closed browser or a lost connection loses nothing. Keys: "new", a product id, or
 * "entry:<outbox entry id>" for a listing the server refused, to fix and send again.
 */
const drafts = createStore("sipakam-studio-drafts", "drafts")

export const readDraft = (key: string) => get<ListingDraftType>(key, drafts)
export const writeDraft = (key: string, draft: ListingDraftType) => set(key, draft, drafts)
export const forgetDraft = (key: string) => del(key, drafts)

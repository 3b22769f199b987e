import app from "./ja/app.json"
import access from "./ja/access.json"
import today from "./ja/today.json"
import listings from "./ja/listings.json"
import orders from "./ja/orders.json"
import makers from "./ja/makers.json"
import earnings from "./ja/earnings.json"
import profile from "./ja/profile.json"
import offline from "./ja/offline.json"
import pwa from "./ja/pwa.json"

/** The studio's messages in this language, a file per area; the studio loads them as one chunk (features/studio/studio-i18n.ts). */
export default { app, access, today, listings, orders, makers, earnings, profile, offline, pwa }

import app from "./en/app.json"
import access from "./en/access.json"
import today from "./en/today.json"
import listings from "./en/listings.json"
import orders from "./en/orders.json"
import makers from "./en/makers.json"
import earnings from "./en/earnings.json"
import profile from "./en/profile.json"
import offline from "./en/offline.json"
import pwa from "./en/pwa.json"

/** The studio's messages in this language, a file per area; the studio loads them as one chunk (features/studio/studio-i18n.ts). */
export default { app, access, today, listings, orders, makers, earnings, profile, offline, pwa }
